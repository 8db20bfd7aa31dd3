package dev.gloss.core.bookmarks;

import dev.gloss.core.concurrent.ManualSchedule;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookmarkStoreTest {
    private static final Article BONES = Fixtures.article("bones", """
            Bones and Vitamin K2

            Vitamin K2 is a fat-soluble vitamin. It is found in fermented foods.

            Osteocalcin
            Vitamin K2 activates a protein called osteocalcin. Osteocalcin binds calcium to the bone matrix.
            Without it, calcium stays in the blood.

            Dosage
            Most studies used between 90 and 180 micrograms a day.
            """);
    private static final Article HEART = Fixtures.article("heart", """
            The Heart

            Arteries
            Calcium in the arteries makes them stiff. Vitamin K2 activates matrix Gla protein.

            Diet
            Natto and hard cheese are the richest sources.
            """);
    private static final Library LIBRARY = Fixtures.library(BONES, HEART);

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock(Instant.parse("2024-05-01T10:00:00Z"));

    private BookmarkStore open() throws Exception {
        return BookmarkStore.open(dir, clock);
    }

    private static Section section(String id) {
        return LIBRARY.section(id).orElseThrow();
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Bookmark whole;
        Bookmark passage;
        try (BookmarkStore store = open()) {
            whole = store.addSection(BONES, section("bones/dosage"), "ask the doctor\nabout the dose");
            clock.advance(Duration.ofMinutes(1));
            Section osteocalcin = section("bones/osteocalcin");
            TextRange range = BookmarkStore.findPassage(osteocalcin, "a protein called OSTEOCALCIN").orElseThrow();
            passage = store.addPassage(BONES, osteocalcin, range, "");
            store.updateNote(passage.id(), "the key mechanism");
        }
        try (BookmarkStore reopened = open()) {
            assertEquals(2, reopened.all().size());
            assertEquals(whole, reopened.get(whole.id()).orElseThrow());
            Bookmark p = reopened.get(passage.id()).orElseThrow();
            assertEquals("a protein called osteocalcin", p.quote());
            assertEquals("Vitamin K2 activates", p.contextBefore());
            assertTrue(p.contextAfter().startsWith(". Osteocalcin binds calcium"), p.contextAfter());
            assertEquals("the key mechanism", p.note());
            assertTrue(p.updated().isAfter(p.created()));
            assertEquals("Osteocalcin", p.sectionTitle());
            assertEquals("Bones and Vitamin K2", p.articleTitle());
            assertTrue(reopened.recoveryMessage().isEmpty());
        }
    }

    @Test
    void aChangeIsOnDiskWithinASecondWithoutFlush() throws Exception {
        ManualSchedule time = new ManualSchedule();
        Path file = dir.resolve(BookmarkStore.FILE_NAME);
        try (BookmarkStore store = BookmarkStore.open(file, clock, Duration.ofMillis(300), BookmarkStore.SAVE_DELAY,
                dev.gloss.core.storage.AtomicFiles::write, time)) {
            // A new bookmark is written at once, under the lock other writers honour.
            Bookmark b = store.addSection(BONES, section("bones/dosage"), "");
            assertTrue(Fixtures.idsInFile(file).contains(b.id()), "a new bookmark is on disk at once");
            // An edited note waits for the edits to pause.
            store.updateNote(b.id(), "edited");
            time.advance(Duration.ofMillis(299));
            assertTrue(!Files.readString(file).contains("edited"), "not written before 300 ms of quiet");
            time.advance(Duration.ofMillis(1));
            assertTrue(Files.readString(file).contains("edited"), "on disk once quiet");
            // Changes that never pause are still saved within SAVE_DELAY of the first unsaved one.
            Bookmark c = store.addSection(BONES, section("bones/osteocalcin"), "");
            for (int ms = 0; ms < BookmarkStore.SAVE_DELAY.toMillis(); ms += 100) {
                store.updateNote(c.id(), "note " + ms);
                time.advance(Duration.ofMillis(100));
            }
            assertTrue(Files.readString(file).contains("note 900"), "saved within a second of changes that never pause");
        }
    }

    @Test
    void removeReturnsTheBookmarkAndRestoreUndoesIt() throws Exception {
        try (BookmarkStore store = open()) {
            Bookmark b = store.addSection(BONES, section("bones/dosage"), "note");
            store.flush();
            Bookmark removed = store.remove(b.id()).orElseThrow();
            store.flush();
            assertTrue(store.all().isEmpty());
            assertTrue(store.remove(b.id()).isEmpty(), "removing twice finds nothing");
            store.restore(removed);
        }
        try (BookmarkStore reopened = open()) {
            assertEquals(1, reopened.all().size());
            assertEquals("note", reopened.all().get(0).note());
        }
    }

    @Test
    void bookmarkingASectionTwiceKeepsOne() throws Exception {
        try (BookmarkStore store = open()) {
            Bookmark first = store.addSection(BONES, section("bones/dosage"), "");
            Bookmark second = store.addSection(BONES, section("bones/dosage"), "");
            assertEquals(first, second);
            assertEquals(first, store.sectionBookmark("bones/dosage").orElseThrow());
            assertTrue(store.sectionBookmark("bones/osteocalcin").isEmpty());
        }
    }

    @Test
    void listsGroupedByArticleNewestFirstOrInReadingOrderAndFiltered() throws Exception {
        try (BookmarkStore store = open()) {
            store.addSection(HEART, section("heart/diet"), "natto breakfast");
            clock.advance(Duration.ofMinutes(1));
            store.addSection(BONES, section("bones/dosage"), "");
            clock.advance(Duration.ofMinutes(1));
            store.addSection(BONES, section("bones/osteocalcin"), "");
            clock.advance(Duration.ofMinutes(1));
            store.addSection(HEART, section("heart/arteries"), "stiff arteries");

            List<BookmarkGroup> reading = store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "");
            assertEquals(List.of("bones", "heart"), reading.stream().map(BookmarkGroup::articleId).toList());
            assertEquals(List.of("bones/osteocalcin", "bones/dosage"), sectionIds(reading.get(0)));
            assertEquals(List.of("heart/arteries", "heart/diet"), sectionIds(reading.get(1)));

            List<BookmarkGroup> newest = store.groups(LIBRARY, BookmarkOrder.NEWEST_FIRST, "");
            assertEquals(List.of("heart", "bones"), newest.stream().map(BookmarkGroup::articleId).toList());
            assertEquals(List.of("heart/arteries", "heart/diet"), sectionIds(newest.get(0)));
            assertEquals(List.of("bones/osteocalcin", "bones/dosage"), sectionIds(newest.get(1)));

            List<BookmarkGroup> filtered = store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "NATTO  Breakfast");
            assertEquals(1, filtered.size());
            assertEquals(List.of("heart/diet"), sectionIds(filtered.get(0)));
            assertEquals(List.of("bones/osteocalcin"),
                    sectionIds(store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "osteocalcin").get(0)));
        }
    }

    @Test
    void exportsMarkdownGroupedByArticleWithQuotesAndNotes() throws Exception {
        try (BookmarkStore store = open()) {
            Section osteocalcin = section("bones/osteocalcin");
            store.addPassage(BONES, osteocalcin, BookmarkStore.findPassage(osteocalcin, "binds calcium").orElseThrow(),
                    "remember\nthis", HighlightColour.GREEN);
            store.addSection(HEART, section("heart/diet"), "");
            String md = store.exportMarkdown(LIBRARY, ZoneOffset.UTC);
            assertEquals("""
                    # Bookmarks

                    ## Bones and Vitamin K2

                    ### Osteocalcin

                    > binds calcium

                    remember
                    this

                    *Bookmarked 1 May 2024 · green*

                    ## The Heart

                    ### Diet

                    *Bookmarked 1 May 2024 · yellow*
                    """, md);
        }
    }

    @Test
    void importMergesWithoutDuplicates() throws Exception {
        byte[] export;
        Bookmark shared;
        try (BookmarkStore store = open()) {
            shared = store.addSection(BONES, section("bones/dosage"), "old note");
            store.addSection(HEART, section("heart/diet"), "");
            export = store.exportJson();
        }
        Path other = dir.resolve("other");
        try (BookmarkStore elsewhere = BookmarkStore.open(other, clock)) {
            // Already there by id, with an older note: the newer copy replaces it.
            clock.advance(Duration.ofMinutes(5));
            elsewhere.importJson(export);
            elsewhere.updateNote(shared.id(), "newer note");
            // The same section bookmarked on its own, with another id: a duplicate.
            elsewhere.remove(elsewhere.sectionBookmark("heart/diet").orElseThrow().id());
            elsewhere.addSection(HEART, section("heart/diet"), "");
            elsewhere.addSection(HEART, section("heart/arteries"), "");
            byte[] theirs = elsewhere.exportJson();

            try (BookmarkStore store = open()) {
                ImportResult result = store.importJson(theirs);
                assertEquals(new ImportResult(1, 1, 1), result);
                assertEquals(3, store.all().size());
                assertEquals("newer note", store.get(shared.id()).orElseThrow().note());
                assertEquals(new ImportResult(0, 0, 3), store.importJson(theirs), "a second import changes nothing");
            }
        }
    }

    @Test
    void importReadsTheListThatTheCommandLinePrints() throws Exception {
        String listed = """
                [{"id": "a1", "articleId": "bones", "sectionId": "bones/dosage", "sectionTitle": "Dosage",
                  "quote": "", "note": "from the list", "created": "2024-04-01T08:00:00Z", "state": "attached"}]
                """;
        try (BookmarkStore store = open()) {
            assertEquals(new ImportResult(1, 0, 0), store.importJson(listed.getBytes(StandardCharsets.UTF_8)));
            assertEquals("from the list", store.get("a1").orElseThrow().note());
            assertEquals(Instant.parse("2024-04-01T08:00:00Z"), store.get("a1").orElseThrow().created());
        }
    }

    @Test
    void importOfSomethingElseFailsWithAShortReason() throws Exception {
        try (BookmarkStore store = open()) {
            BookmarkFormatException e = org.junit.jupiter.api.Assertions.assertThrows(BookmarkFormatException.class,
                    () -> store.importJson("{\"articles\": []}".getBytes(StandardCharsets.UTF_8)));
            assertEquals("it holds no list of bookmarks", e.getMessage());
            assertFalse(Files.exists(dir.resolve(BookmarkStore.FILE_NAME)), "nothing to save");
        }
    }

    private static List<String> sectionIds(BookmarkGroup group) {
        return group.bookmarks().stream().map(r -> r.sectionId().orElseThrow()).toList();
    }
}
