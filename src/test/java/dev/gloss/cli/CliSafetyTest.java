package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line tells the truth when saving fails, refuses odd files, and prints nothing that drives the terminal. */
class CliSafetyTest {
    private static final String SECTION = "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin";

    @TempDir
    Path dir;
    @TempDir
    Path files;

    private record Result(int code, String out, String err) {
    }

    private Result gloss(String... args) {
        return glossIn(dir, args);
    }

    private static Result glossIn(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args)).toArray(String[]::new);
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    private Path fifo(String name) throws Exception {
        Path fifo = files.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        return fifo;
    }

    @Test
    void aBookmarkThatCannotBeSavedIsAnErrorAndNoIdIsPrinted() throws Exception {
        // The lock cannot be taken (its name is a folder): as a read-only folder would, the save fails.
        Files.createDirectories(dir.resolve("bookmarks.json.lock"));
        Result r = gloss("bookmarks", "add", SECTION, "--note", "n");
        assertEquals(1, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("could not be saved"), r.err());
        assertTrue(r.err().matches("(?s).*saved to \\S+: \\w.*"), "the reason is given: " + r.err());
    }

    @Test
    void anImportThatCannotBeSavedSaysWhyOnStandardError() throws Exception {
        // The library's lock cannot be taken (its name is a folder): as a read-only folder would, the save fails.
        Files.createDirectories(dir.resolve("library/.lock"));
        Path md = Files.writeString(files.resolve("notes.md"), "# Notes\n\nSome text.\n");
        Result r = gloss("import", md.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("failed"), r.out());
        assertTrue(r.err().contains("gloss: " + md + ": Gloss could not lock its library folder"), r.err());
        assertTrue(r.err().contains("Is a directory"), "the reason is given: " + r.err());
    }

    @Test
    void aDataFolderThatCannotBeReadIsAnErrorNotAnEmptyLibrary() throws Exception {
        Path notAFolder = Files.writeString(files.resolve("data"), "a file, not a folder");
        Result list = glossIn(notAFolder, "bookmarks", "list");
        assertEquals(1, list.code(), list.toString());
        assertEquals("", list.out());
        assertTrue(list.err().contains("cannot be read"), list.err());
        Result articles = glossIn(notAFolder, "articles");
        assertEquals(1, articles.code(), articles.toString());
        assertEquals("", articles.out());
        assertTrue(articles.err().contains("cannot be read"), articles.err());
        assertEquals("a file, not a folder", Files.readString(notAFolder), "nothing is written");
    }

    @Test
    void controlCharactersAndDirectionOverridesInANoteNeverReachTheTerminal() throws Exception {
        String note = "evil \u001B]0;pwned\u0007 title \u202Eesrever\u202C \u009B2J end";
        assertEquals(0, gloss("bookmarks", "add", SECTION, "--note", note).code());
        Result text = gloss("bookmarks", "list");
        assertEquals(0, text.code(), text.err());
        for (char c : new char[] {'\u001B', '\u0007', '\u202E', '\u202C', '\u009B'}) {
            assertFalse(text.out().indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " in " + text.out());
        }
        assertTrue(text.out().contains("pwned"), "the text itself is shown: " + text.out());

        Result json = gloss("bookmarks", "list", "--json");
        for (char c : new char[] {'\u001B', '\u0007', '\u202E', '\u202C', '\u009B'}) {
            assertFalse(json.out().indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " in " + json.out());
        }
        JsonNode read = new ObjectMapper().readTree(json.out());
        assertEquals(note, read.get(0).get("note").asText(), "JSON escapes them, and gives them back");
    }

    @Test
    void anExportToAPipeADeviceOrAFolderIsRefusedAndLeavesNothing() throws Exception {
        assertEquals(0, gloss("bookmarks", "add", SECTION).code());
        Path folder = Files.createDirectories(files.resolve("out"));
        Result toFolder = gloss("bookmarks", "export", "--format", "json", "--out", folder + "/");
        assertEquals(1, toFolder.code(), toFolder.toString());
        assertTrue(toFolder.err().contains("folder"), toFolder.err());
        assertFalse(Files.exists(files.resolve("out.bak")));

        Result toDevice = gloss("bookmarks", "export", "--format", "json", "--out", "/dev/full");
        assertEquals(1, toDevice.code(), toDevice.toString());
        assertTrue(toDevice.err().contains("not a regular file"), toDevice.err());

        Path fifo = fifo("pipe");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Result toPipe = gloss("bookmarks", "export", "--format", "md", "--out", fifo.toString());
            assertEquals(1, toPipe.code(), toPipe.toString());
        });
    }

    @Test
    void anExportToANameEndingInASeparatorIsRefusedEvenWhenNoSuchFolderExists() throws Exception {
        assertEquals(0, gloss("bookmarks", "add", SECTION).code());
        Path missing = files.resolve("nope");
        Result toMissing = gloss("bookmarks", "export", "--format", "md", "--out", missing + "/");
        assertEquals(1, toMissing.code(), toMissing.toString());
        assertTrue(toMissing.err().contains("folder"), toMissing.err());
        assertFalse(Files.exists(missing), "no file is written under the folder's name");
        try (Stream<Path> left = Files.list(files)) {
            assertEquals(0, left.count(), "nothing is written beside it either");
        }

        Path file = files.resolve("marks.md");
        Result toFile = gloss("bookmarks", "export", "--format", "md", "--out", file.toString());
        assertEquals(0, toFile.code(), toFile.toString());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void importingAPipeIsRefusedAtOnceWithAReason() throws Exception {
        Path fifo = fifo("notes.txt");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Result r = gloss("import", fifo.toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().contains("special file"), r.out());
        });
    }

    @Test
    void linksInsideAnImportedFolderAndTheDataFolderItselfAreNotImported() throws Exception {
        Path folder = Files.createDirectories(files.resolve("notes"));
        Files.writeString(folder.resolve("real.md"), "# Real\n\nReal text.\n");
        Path outside = Files.writeString(files.resolve("secret.txt"), "Secret\n\nNot to be imported from a link.\n");
        Files.createSymbolicLink(folder.resolve("linked.txt"), outside);
        Result r = gloss("import", "--json", folder.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode results = new ObjectMapper().readTree(r.out());
        assertEquals(1, results.size(), r.out());
        assertTrue(results.get(0).get("file").asText().endsWith("real.md"));

        // A link named directly is imported.
        assertEquals(0, gloss("import", folder.resolve("linked.txt").toString()).code());

        Result own = gloss("import", dir.toString());
        assertEquals(1, own.code(), own.toString());
        assertTrue(own.out().contains("data folder"), own.out());
        Result inside = gloss("import", dir.resolve("library").toString());
        assertEquals(1, inside.code(), inside.toString());
    }
}
