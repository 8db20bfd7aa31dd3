package dev.gloss.core.desktop;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desktop entry installed with the app image offers Gloss for the files it opens. */
class DesktopEntryTest {
    @Test
    void declaresTheTypesGlossOpensAndPassesTheFiles() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("assets/linux/gloss.desktop"));
        String mime = lines.stream().filter(l -> l.startsWith("MimeType=")).findFirst().orElseThrow();
        Set<String> types = Set.copyOf(Arrays.asList(mime.substring("MimeType=".length()).split(";")));
        for (String type : List.of("text/markdown", "text/html", "application/x-mimearchive", "text/plain", "x-scheme-handler/gloss")) {
            assertTrue(types.contains(type), type + " in " + mime);
        }
        assertTrue(mime.endsWith(";"), "a list in a desktop entry ends with a semicolon");
        assertTrue(lines.contains("Exec=gloss %U"), "the file manager's files (file:// addresses) and gloss:// links reach `gloss`");
    }
}
