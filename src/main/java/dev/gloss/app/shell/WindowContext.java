package dev.gloss.app.shell;

import dev.gloss.app.bookmarks.BookmarksViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;

import java.nio.file.Path;

/**
 * What the window's parts share: the reader's state, the theme, the executor for background work,
 * the data folder, how to quit, and the reader's bookmarks (which whoever made the context closes
 * when the window goes: {@link ReaderSession} does).
 */
public record WindowContext(ReaderState reader, ThemeModel theme, Background background, Path dataDir,
                            Runnable quit, BookmarksViewModel bookmarks) {

    /** A context whose bookmarks are opened here, from {@code dataDir}; close {@link #bookmarks()} when done. */
    public WindowContext(ReaderState reader, ThemeModel theme, Background background, Path dataDir, Runnable quit) {
        this(reader, theme, background, dataDir, quit, new BookmarksViewModel(reader, background, dataDir));
    }
}
