package dev.gloss.core.bookmarks;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bookmarks find their place again after the library's text is edited, renamed or cut. */
class AnchoringTest {
    private static final String ORIGINAL = """
            Vitamin K2 and Bones

            Vitamin K2 is a group of compounds called menaquinones. They are made by bacteria.

            Osteocalcin
            Vitamin K2 activates a protein called osteocalcin. Osteocalcin binds calcium to the bone matrix.
            The bones become denser over the years.

            Fermented Foods
            Natto is the richest source of menaquinone-7. Hard cheeses contain smaller amounts.
            """;

    @TempDir
    Path dir;

    private BookmarkStore store;
    private Bookmark wholeOsteocalcin;
    private Bookmark quoteOsteocalcin;
    private Bookmark quoteNatto;

    @BeforeEach
    void bookmarkTheOriginal() throws Exception {
        Article article = Fixtures.article("bones", ORIGINAL);
        Section osteocalcin = article.section("bones/osteocalcin").orElseThrow();
        Section foods = article.section("bones/fermented-foods").orElseThrow();
        store = BookmarkStore.open(dir);
        wholeOsteocalcin = store.addSection(article, osteocalcin, "read again");
        quoteOsteocalcin = store.addPassage(article, osteocalcin,
                BookmarkStore.findPassage(osteocalcin, "binds calcium to the bone matrix").orElseThrow(), "");
        quoteNatto = store.addPassage(article, foods,
                BookmarkStore.findPassage(foods, "richest source of menaquinone-7").orElseThrow(), "buy natto");
    }

    private ResolvedBookmark resolve(Library library, Bookmark b) {
        return new Anchoring(library).resolve(store.get(b.id()).orElseThrow());
    }

    private static String passageText(ResolvedBookmark r) {
        return r.passage().orElseThrow().of(r.section().orElseThrow().plainText());
    }

    @Test
    void anUnchangedLibraryFindsEveryBookmarkByItsId() {
        Library library = Fixtures.library(Fixtures.article("bones", ORIGINAL));
        for (Bookmark b : store.all()) {
            ResolvedBookmark r = new Anchoring(library).resolve(b);
            assertEquals(ResolvedBookmark.Match.SECTION_ID, r.match());
            assertEquals(b.sectionId(), r.sectionId().orElseThrow());
        }
        assertEquals("binds calcium to the bone matrix", passageText(resolve(library, quoteOsteocalcin)));
    }

    @Test
    void afterAnEditThePassageIsFoundWhereItMovedWithinItsSection() {
        String edited = ORIGINAL.replace(
                "Vitamin K2 activates a protein called osteocalcin. Osteocalcin binds calcium to the bone matrix.",
                "Studies since 2007 agree. Vitamin K2, in short, activates a protein called osteocalcin, which then "
                        + "Binds Calcium to the bone matrix.");
        Library library = Fixtures.library(Fixtures.article("bones", edited));
        ResolvedBookmark r = resolve(library, quoteOsteocalcin);
        assertEquals(AnchorState.ATTACHED, r.state());
        assertEquals(ResolvedBookmark.Match.SECTION_ID, r.match());
        assertEquals("Binds Calcium to the bone matrix", passageText(r), "case differs, the place is found");
        assertEquals("bones/osteocalcin", r.sectionId().orElseThrow());
    }

    @Test
    void afterARenameTheBookmarksFollowTheirTextToTheNewSectionId() throws Exception {
        String renamed = ORIGINAL.replace("Osteocalcin\n", "The Role of Osteocalcin\n");
        Library library = Fixtures.library(Fixtures.article("bones", renamed));
        assertTrue(library.section("bones/osteocalcin").isEmpty(), "the old id is gone");

        ResolvedBookmark whole = resolve(library, wholeOsteocalcin);
        assertEquals(ResolvedBookmark.Match.QUOTE, whole.match());
        assertEquals("bones/the-role-of-osteocalcin", whole.sectionId().orElseThrow());
        assertEquals("The Role of Osteocalcin", whole.sectionTitle());
        ResolvedBookmark passage = resolve(library, quoteOsteocalcin);
        assertEquals("bones/the-role-of-osteocalcin", passage.sectionId().orElseThrow());
        assertEquals("binds calcium to the bone matrix", passageText(passage));

        // Re-anchoring remembers the new place, so next time the id finds it directly.
        store.reanchor(library);
        store.flush();
        try (BookmarkStore reopened = BookmarkStore.open(dir)) {
            Bookmark saved = reopened.get(wholeOsteocalcin.id()).orElseThrow();
            assertEquals("bones/the-role-of-osteocalcin", saved.sectionId());
            assertEquals("The Role of Osteocalcin", saved.sectionTitle());
            assertEquals(wholeOsteocalcin.updated(), saved.updated(), "re-anchoring is not an edit");
            assertEquals(ResolvedBookmark.Match.SECTION_ID, new Anchoring(library).resolve(saved).match());
        }
    }

    @Test
    void afterARemovalTheBookmarksAreKeptDetachedWithTheirTitleAndQuote() throws Exception {
        String cut = ORIGINAL.substring(0, ORIGINAL.indexOf("Fermented Foods"));
        Library library = Fixtures.library(Fixtures.article("bones", cut));
        ResolvedBookmark r = resolve(library, quoteNatto);
        assertEquals(AnchorState.DETACHED, r.state());
        assertTrue(r.section().isEmpty());
        assertEquals("Fermented Foods", r.sectionTitle());
        assertEquals("richest source of menaquinone-7", r.bookmark().quote());

        store.reanchor(library);
        store.close();
        try (BookmarkStore reopened = BookmarkStore.open(dir)) {
            assertEquals(3, reopened.all().size(), "nothing is deleted");
            Bookmark saved = reopened.get(quoteNatto.id()).orElseThrow();
            assertEquals(AnchorState.DETACHED, saved.state());
            assertEquals("bones/fermented-foods", saved.sectionId());
            assertEquals("buy natto", saved.note());
            assertEquals(1, reopened.groups(library, BookmarkOrder.READING_ORDER, "").size());
            // When the section comes back, so does the bookmark.
            Library restored = Fixtures.library(Fixtures.article("bones", ORIGINAL));
            reopened.reanchor(restored);
            assertEquals(AnchorState.ATTACHED, reopened.get(quoteNatto.id()).orElseThrow().state());
        }
    }

    @Test
    void aPassageMovedToAnotherArticleIsFoundThere() {
        String without = ORIGINAL.substring(0, ORIGINAL.indexOf("Fermented Foods"));
        Article other = Fixtures.article("diet", """
                Eating for Vitamin K2

                Sources
                Among foods, natto is the richest source of menaquinone-7 by far.
                """);
        Library library = Fixtures.library(Fixtures.article("bones", without), other);
        ResolvedBookmark r = resolve(library, quoteNatto);
        assertEquals(ResolvedBookmark.Match.QUOTE, r.match());
        assertEquals("diet/sources", r.sectionId().orElseThrow());
        assertEquals("Eating for Vitamin K2", r.articleTitle());
    }

    @Test
    void aQuoteThatOccursTwiceIsPlacedByItsContext() throws Exception {
        Article article = twice("First", "Second");
        Section second = article.section("twice/second").orElseThrow();
        Bookmark b = store.addPassage(article, second,
                BookmarkStore.findPassage(second, "the levels rose quickly").orElseThrow(), "");
        // Both sections renamed: the ids are gone and only the quote and its context remain.
        Article renamed = twice("Spring", "Autumn");
        ResolvedBookmark r = new Anchoring(Fixtures.library(renamed)).resolve(b);
        assertEquals("twice/autumn", r.sectionId().orElseThrow());
    }

    @Test
    void aSectionWhoseArticleAndOpeningChangedIsFoundByItsTitle() {
        String reworded = ORIGINAL.replace("Vitamin K2 activates a protein", "K2 switches on a protein");
        Library library = Fixtures.library(Fixtures.article("bones-second-edition", reworded));
        ResolvedBookmark r = resolve(library, wholeOsteocalcin);
        assertEquals(ResolvedBookmark.Match.TITLE, r.match());
        assertEquals("bones-second-edition/osteocalcin", r.sectionId().orElseThrow());
    }

    /** Two sections holding the same sentence, told apart only by what surrounds it. */
    private static Article twice(String firstTitle, String secondTitle) {
        return Fixtures.article("twice", "Twice\n\n" + firstTitle + "\n"
                + "In spring the dose was raised. Then the levels rose quickly in every group.\n\n" + secondTitle + "\n"
                + "In autumn the dose was cut. Then the levels rose quickly in one group only.\n");
    }
}
