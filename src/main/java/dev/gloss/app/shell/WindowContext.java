package dev.gloss.app.shell;

import dev.gloss.app.tasks.Background;

import java.nio.file.Path;

/**
 * What the window's parts share: the reader's state, the theme, the executor for background work,
 * the data folder, and how to quit.
 */
public record WindowContext(ReaderViewModel reader, ThemeModel theme, Background background, Path dataDir,
                            Runnable quit) {
}
