package dev.gloss;

import dev.gloss.core.storage.DataDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window's own arguments are read without the command line's parser; everything else goes to it. */
class MainTest {

    @Test
    void noArgumentsOrOnlyADataFolderOpenTheWindow() {
        assertEquals(Optional.of(DataDir.resolve(Optional.empty())), Main.windowDataDir());
        assertEquals(Optional.of(Path.of("/tmp/gloss-data")), Main.windowDataDir("--data-dir", "/tmp/gloss-data"));
        assertEquals(Optional.of(Path.of("/tmp/gloss-data")), Main.windowDataDir("--data-dir=/tmp/gloss-data"));
        assertEquals(Optional.of(Path.of("relative").toAbsolutePath()), Main.windowDataDir("--data-dir", "relative"));
    }

    @Test
    void commandsOptionsAndOddValuesAreTheCommandLinesToReadAndExplain() {
        assertEquals(Optional.empty(), Main.windowDataDir("articles"));
        assertEquals(Optional.empty(), Main.windowDataDir("--version"));
        assertEquals(Optional.empty(), Main.windowDataDir("--data-dir"));
        assertEquals(Optional.empty(), Main.windowDataDir("--data-dir", "/tmp/d", "articles"));
        assertEquals(Optional.empty(), Main.windowDataDir("--data-dir", "--help"));
        assertEquals(Optional.empty(), Main.windowDataDir("--data-dir="));
        assertEquals(Optional.empty(), Main.windowDataDir("--data-dir", "bad\0path"));
    }
}
