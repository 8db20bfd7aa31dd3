package dev.gloss.core.userlibrary;

import java.util.List;

/**
 * The outcome of a batch: one result for each file tried, in order. A cancelled batch lists the
 * files done before the cancel; {@code notStarted} counts the ones left.
 */
public record ImportReport(List<FileResult> results, boolean cancelled, int notStarted) {

    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(ImportStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean anyFailed() {
        return count(ImportStatus.FAILED) > 0;
    }

    /** Whether the library changed: an article was added or updated. */
    public boolean changedLibrary() {
        return count(ImportStatus.IMPORTED) + count(ImportStatus.UPDATED) > 0;
    }
}
