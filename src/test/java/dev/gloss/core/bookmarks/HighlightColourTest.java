package dev.gloss.core.bookmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Highlights in colours: kept in bookmarks.json, changed, filtered by, and a newer version's colour kept. */
class HighlightColourTest {
    private static final Article GIT = Fixtures.article("git-branches", """
            Branching in Git

            A branch in Git is a movable pointer to a commit. Creating one is cheap.

            Merging
            A merge joins two histories. A fast-forward merge only moves the pointer.
            A three-way merge makes a new commit with two parents.

            Rebasing
            Rebasing replays commits on top of another base. Never rebase commits others have pulled.
            """);
    private static final Library LIBRARY = Fixtures.library(GIT);

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock(Instant.parse("2025-03-01T09:00:00Z"));

    private static Section section(String id) {
        return LIBRARY.section(id).orElseThrow();
    }

    private static TextRange find(Section s, String quote) {
        return BookmarkStore.findPassage(s, quote).orElseThrow();
    }

    @Test
    void aPassageKeepsItsColourAcrossARestartAndTakesAnotherWhenHighlightedAgain() throws Exception {
        Section merging = section("git-branches/merging");
        String id;
        try (BookmarkStore store = BookmarkStore.open(dir, clock)) {
            id = store.addPassage(GIT, merging, find(merging, "fast-forward merge"), "", HighlightColour.BLUE).id();
            assertEquals(HighlightColour.DEFAULT, store.addSection(GIT, section("git-branches/rebasing"), "").colour(),
                    "a bookmark with no colour chosen gets the default");
        }
        JsonNode saved = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(BookmarkStore.FILE_NAME)));
        assertEquals("blue", saved.get("bookmarks").get(0).get("colour").asText());
        try (BookmarkStore store = BookmarkStore.open(dir, clock)) {
            assertEquals(HighlightColour.BLUE, store.get(id).orElseThrow().colour());
            clock.advance(Duration.ofMinutes(1));
            Bookmark again = store.addPassage(GIT, merging, find(merging, "fast-forward merge"), "", HighlightColour.PINK);
            assertEquals(id, again.id(), "the same passage is one bookmark");
            assertEquals(HighlightColour.PINK, again.colour());
            assertEquals(2, store.all().size());
            Bookmark kept = store.addPassage(GIT, merging, find(merging, "fast-forward merge"), "a note", null);
            assertEquals(HighlightColour.PINK, kept.colour(), "no colour given keeps the passage's own");
            assertEquals("a note", kept.note());
        }
    }

    @Test
    void setColourIsAnEditThatWinsTheMergeAndTheFilterKeepsOneColour() throws Exception {
        Section merging = section("git-branches/merging");
        Section rebasing = section("git-branches/rebasing");
        try (BookmarkStore store = BookmarkStore.open(dir, clock)) {
            Bookmark a = store.addPassage(GIT, merging, find(merging, "three-way merge"), "", HighlightColour.GREEN);
            Bookmark b = store.addPassage(GIT, rebasing, find(rebasing, "Never rebase"), "", HighlightColour.GREEN);
            clock.advance(Duration.ofMinutes(1));
            Bookmark changed = store.setColour(b.id(), HighlightColour.PURPLE).orElseThrow();
            assertTrue(changed.updated().isAfter(b.updated()));
            List<BookmarkGroup> green = store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "",
                    Optional.of(HighlightColour.GREEN));
            assertEquals(List.of(a.id()), green.get(0).bookmarks().stream().map(r -> r.bookmark().id()).toList());
            assertEquals(List.of(b.id()), store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "",
                    Optional.of(HighlightColour.PURPLE)).get(0).bookmarks().stream().map(r -> r.bookmark().id()).toList());
            assertTrue(store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "", Optional.of(HighlightColour.BLUE)).isEmpty());
            assertEquals(2, store.groups(LIBRARY, BookmarkOrder.READING_ORDER, "", Optional.empty())
                    .get(0).bookmarks().size());
        }
    }

    @Test
    void aColourWrittenByANewerVersionIsKeptUntilTheReaderChoosesAnother() throws Exception {
        Files.writeString(dir.resolve(BookmarkStore.FILE_NAME), """
                {"version": 1, "bookmarks": [{"id": "b1", "articleId": "git-branches", "articleTitle": "Branching in Git",
                  "sectionId": "git-branches/merging", "sectionTitle": "Merging", "quote": "A merge joins two histories",
                  "contextBefore": "", "contextAfter": "", "note": "", "created": "2025-01-01T00:00:00Z",
                  "updated": "2025-01-01T00:00:00Z", "state": "attached", "colour": "orange"}], "deleted": []}
                """, StandardCharsets.UTF_8);
        try (BookmarkStore store = BookmarkStore.open(dir, clock)) {
            assertEquals(HighlightColour.DEFAULT, store.get("b1").orElseThrow().colour(), "shown in a colour this version has");
            store.updateNote("b1", "read again");
        }
        JsonNode saved = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(BookmarkStore.FILE_NAME)));
        assertEquals("orange", saved.get("bookmarks").get(0).get("colour").asText(), "a note edit keeps the colour");
        try (BookmarkStore store = BookmarkStore.open(dir, clock)) {
            store.setColour("b1", HighlightColour.BLUE);
        }
        saved = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(BookmarkStore.FILE_NAME)));
        assertEquals("blue", saved.get("bookmarks").get(0).get("colour").asText());
    }

    @Test
    void keysAndLabels() {
        assertEquals(Optional.of(HighlightColour.PINK), HighlightColour.fromKey(" Pink "));
        assertEquals(Optional.empty(), HighlightColour.fromKey("orange"));
        assertEquals("Purple", HighlightColour.PURPLE.label());
        assertEquals("yellow, green, blue, pink or purple", HighlightColour.keys());
    }
}
