package dev.gloss.core.userlibrary;

import java.nio.file.Path;

/**
 * Told before each file of a batch is read, from the importing thread: the window hops to its own
 * thread to show it.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, current) -> { };

    /** {@code done} files of {@code total} are finished, and {@code current} comes next. */
    void beforeFile(int done, int total, Path current);
}
