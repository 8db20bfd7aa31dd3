package dev.gloss.core.bookmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.storage.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken files, files of a newer version and crashes in the middle of a save. */
class BookmarkRecoveryTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(BookmarkStore.FILE_NAME);
    }

    private List<Path> keptAside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("bookmarks.json.broken-")).toList();
        }
    }

    private Bookmark saveOne(String key) throws Exception {
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            return store.addSection(Fixtures.SCRATCH, Fixtures.section(key), "");
        }
    }

    @Test
    void aCorruptFileIsKeptAsideUntouchedAndTheStoreStartsEmpty() throws Exception {
        byte[] corrupt = "{\"version\": 1, \"bookmarks\": [{\"id\": \"x\", \"created\": ".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), corrupt);
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            assertTrue(store.all().isEmpty());
            String message = store.recoveryMessage().orElseThrow();
            assertTrue(message.startsWith("Your bookmarks file could not be read because it is not valid JSON"), message);
            assertTrue(message.contains("bookmarks.json.broken-") && message.endsWith("Gloss started with no bookmarks."),
                    message);
            assertFalse(message.strip().substring(0, message.length() - 1).contains(". "), "one sentence: " + message);
            store.addSection(Fixtures.SCRATCH, Fixtures.section("new"), "");
        }
        List<Path> aside = keptAside();
        assertEquals(1, aside.size());
        assertArrayEquals(corrupt, Files.readAllBytes(aside.get(0)), "the broken file is kept as it was");
        assertEquals(1, Fixtures.idsInFile(file()).size(), "a fresh file holds the new bookmark");
    }

    @Test
    void aCorruptFileWithAGoodBackupIsReplacedByTheBackup() throws Exception {
        Bookmark first = saveOne("first");
        Bookmark second = saveOne("second");
        // The backup is the file as it was before the last save: only the first bookmark.
        Files.writeString(file(), "not json at all");
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            assertEquals(List.of(first.id()), store.all().stream().map(Bookmark::id).toList());
            assertTrue(store.recoveryMessage().orElseThrow().endsWith("restored from the backup taken at the save before."));
        }
        assertEquals(Set.of(first.id()), Fixtures.idsInFile(file()));
        assertFalse(Fixtures.idsInFile(file()).contains(second.id()));
        assertEquals(1, keptAside().size());
    }

    @Test
    void whenTheBackupIsBrokenTooTheStoreStartsEmpty() throws Exception {
        Files.writeString(file(), "[1, 2");
        Files.writeString(AtomicFiles.backupOf(file()), "{\"version\": \"x\"}");
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            assertTrue(store.all().isEmpty());
            assertTrue(store.recoveryMessage().orElseThrow().contains("as its backup could not be read either"));
        }
        assertEquals("{\"version\": \"x\"}", Files.readString(AtomicFiles.backupOf(file())), "the backup is not touched");
    }

    @Test
    void aFileBrokenWhileTheStoreIsOpenIsNotOverwrittenOnSave() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            store.setProblemListener(told::add);
            store.addSection(Fixtures.SCRATCH, Fixtures.section("a"), "");
            store.flush();
            Files.writeString(file(), "\u0000\u0000 garbage written by something else");
            store.addSection(Fixtures.SCRATCH, Fixtures.section("b"), "");
            store.flush();
        }
        assertEquals(1, told.size(), "the reader is told once: " + told);
        assertEquals("\u0000\u0000 garbage written by something else", Files.readString(keptAside().get(0)));
        assertEquals(2, Fixtures.idsInFile(file()).size(), "nothing of the open store was lost");
    }

    @Test
    void aFileOfANewerVersionIsReadAndNeverSavedOver() throws Exception {
        String newer = """
                {"version": 3,
                 "sync": {"account": "someone", "lastRun": "2030-01-01T00:00:00Z"},
                 "bookmarks": [{"id": "b1", "articleId": "scratch", "sectionId": "scratch/old", "sectionTitle": "Old",
                                "note": "first", "created": "2030-01-01T00:00:00Z", "updated": "2030-01-01T00:00:00Z",
                                "state": "attached", "color": "amber", "highlights": [{"from": 3, "to": 9}]}],
                 "deleted": []}
                """;
        Files.writeString(file(), newer);
        BookmarkStore store = BookmarkStore.open(dir);
        assertTrue(store.recoveryMessage().isEmpty(), "a newer file is not broken");
        assertEquals("first", store.get("b1").orElseThrow().note(), "what this version understands is read");
        store.updateNote("b1", "changed here");
        IOException refused = assertThrows(IOException.class, store::close);
        assertTrue(refused.getMessage().contains("newer version of Gloss (format 3)"), refused.getMessage());
        assertEquals(newer, Files.readString(file()), "the file is kept as it is");
    }

    @Test
    void aFileOfTheSameVersionKeepsWhatThisVersionDoesNotKnow() throws Exception {
        Files.writeString(file(), """
                {"version": 1,
                 "sync": {"account": "someone", "lastRun": "2030-01-01T00:00:00Z"},
                 "bookmarks": [{"id": "b1", "articleId": "scratch", "sectionId": "scratch/old", "sectionTitle": "Old",
                                "note": "first", "created": "2030-01-01T00:00:00Z", "updated": "2030-01-01T00:00:00Z",
                                "state": "attached", "color": "amber", "highlights": [{"from": 3, "to": 9}]}],
                 "deleted": []}
                """);
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            store.updateNote("b1", "changed here");
            store.addSection(Fixtures.SCRATCH, Fixtures.section("new"), "");
        }
        JsonNode root = new ObjectMapper().readTree(file().toFile());

        assertEquals("someone", root.at("/sync/account").asText());
        JsonNode b1 = bookmark(root, "b1");
        assertEquals("changed here", b1.get("note").asText());
        assertEquals("amber", b1.get("color").asText());
        assertEquals(9, b1.at("/highlights/0/to").asInt());
        JsonNode added = root.get("bookmarks").get(0).get("id").asText().equals("b1")
                ? root.get("bookmarks").get(1) : root.get("bookmarks").get(0);
        assertFalse(added.has("color"), "another bookmark's fields are not copied");
        assertTrue(added.get("created").asText().compareTo("2030") < 0,
                "a bookmark stamped by a clock running ahead does not move the time of new ones");
    }

    @Test
    void aCrashBetweenWritingTheTempFileAndTheMoveLeavesTheOldFileIntact() throws Exception {
        AtomicBoolean crash = new AtomicBoolean(false);
        BookmarkFile.Writer crashing = (target, bytes) -> {
            if (!crash.get()) {
                AtomicFiles.write(target, bytes);
                return;
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
                ch.force(true);
            }
            throw new IOException("simulated crash before the move");
        };
        try (BookmarkStore store = BookmarkStore.open(file(), Clock.systemUTC(), Duration.ofMillis(300),
                Duration.ofSeconds(1), crashing)) {
            Bookmark a = store.addSection(Fixtures.SCRATCH, Fixtures.section("a"), "");
            store.flush();
            byte[] good = Files.readAllBytes(file());

            crash.set(true);
            Bookmark b = store.addSection(Fixtures.SCRATCH, Fixtures.section("b"), "");
            assertThrows(IOException.class, store::flush);
            assertArrayEquals(good, Files.readAllBytes(file()), "the old file is untouched");
            assertTrue(store.saveProblem().orElseThrow().contains("simulated crash"));
            try (BookmarkStore afterCrash = BookmarkStore.open(dir)) {
                assertTrue(afterCrash.recoveryMessage().isEmpty());
                assertEquals(List.of(a.id()), afterCrash.all().stream().map(Bookmark::id).toList());
            }

            crash.set(false);
            store.flush();
            assertEquals(Set.of(a.id(), b.id()), Fixtures.idsInFile(file()), "the change is saved at the next try");
            assertTrue(store.saveProblem().isEmpty());
            assertEquals(0, tempFiles(), "the dead writer's temporary file is cleaned up");
        }
    }

    @Test
    void aTempFileLeftByAKilledWriterIsIgnoredOnLoad() throws Exception {
        Bookmark a = saveOne("a");
        Files.writeString(dir.resolve(".bookmarks.json.123456.tmp"), "{\"version\": 1, \"bookmarks\": [{\"id\"");
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            assertTrue(store.recoveryMessage().isEmpty());
            assertEquals(List.of(a.id()), store.all().stream().map(Bookmark::id).toList());
            store.addSection(Fixtures.SCRATCH, Fixtures.section("b"), "");
        }
        assertEquals(0, tempFiles());
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private static JsonNode bookmark(JsonNode root, String id) {
        for (JsonNode b : root.get("bookmarks")) {
            if (b.get("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no bookmark " + id);
    }
}
