package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adds and imports decide on bookmarks.json as it is, and a note is never dropped. */
class NoteMergeTest {
    @TempDir
    Path dir;

    @Test
    void aSecondNoteOnABookmarkedSectionIsJoinedToTheFirst() throws Exception {
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            store.addSection(Fixtures.SCRATCH, Fixtures.section("s"), "first thought");
            Bookmark b = store.addSection(Fixtures.SCRATCH, Fixtures.section("s"), "second thought");
            assertEquals("first thought\n\nsecond thought", b.note());
            assertEquals(b, store.addSection(Fixtures.SCRATCH, Fixtures.section("s"), "Second  thought"),
                    "a note already held is not repeated");
            assertEquals(1, store.all().size());
        }
    }

    @Test
    void importingABookmarkOfTheSameSectionWithAnotherNoteKeepsBothNotes() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        byte[] export;
        try (BookmarkStore other = BookmarkStore.open(elsewhere)) {
            other.addSection(Fixtures.SCRATCH, Fixtures.section("s"), "theirs");
            export = other.exportJson();
        }
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            store.addSection(Fixtures.SCRATCH, Fixtures.section("s"), "ours");
            ImportResult result = store.importJson(export);
            assertEquals(new ImportResult(0, 1, 0), result);
            assertEquals("ours\n\ntheirs", store.all().get(0).note());
            assertEquals(new ImportResult(0, 0, 1), store.importJson(export), "the same again is a duplicate");
        }
    }

    @Test
    void twoStoresImportingTheSameExportAddItOnce() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        byte[] export;
        try (BookmarkStore other = BookmarkStore.open(elsewhere)) {
            other.addSection(Fixtures.SCRATCH, Fixtures.section("a"), "one");
            other.addSection(Fixtures.SCRATCH, Fixtures.section("b"), "two");
            export = other.exportJson();
        }
        BookmarkStore first = BookmarkStore.open(dir);
        BookmarkStore second = BookmarkStore.open(dir);
        ImportResult a = first.importJson(export);
        ImportResult b = second.importJson(export);
        first.close();
        second.close();
        assertEquals(2, a.added());
        assertEquals(new ImportResult(0, 0, 2), b);
    }

    @Test
    void tenWritersAddingNotesToOneSectionAtOnceLoseNone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String note = "note number " + i;
                done.add(pool.submit(() -> {
                    // One store each, as ten processes would have.
                    try (BookmarkStore store = BookmarkStore.open(dir)) {
                        store.addSection(Fixtures.SCRATCH, Fixtures.section("same"), note);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            assertEquals(1, store.all().size(), store.all().toString());
            String note = store.all().get(0).note();
            for (int i = 0; i < 10; i++) {
                assertTrue(note.contains("note number " + i), note);
            }
        }
    }
}
