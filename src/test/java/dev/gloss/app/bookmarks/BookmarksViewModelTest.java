package dev.gloss.app.bookmarks;

import dev.gloss.app.bookmarks.BookmarkRows.ArticleRow;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.bookmarks.BookmarkRows.Row;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.bookmarks.BookmarkOrder;
import dev.gloss.core.bookmarks.TextRange;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookmarksViewModelTest {
    private static final String OSTEO = "vitamin-k2-and-osteoporosis";
    private static final String CONCLUSION = OSTEO + "/conclusion";
    private static final String FRACTURES = OSTEO + "/fractures-and-osteocalcin";
    private static final String SAFETY = "vitamin-k2-for-bones-and-heart/how-safe-is-vitamin-k2";
    private static final String SKIN = "vitamin-k2-and-skin-conditions/in-conclusion";

    @TempDir
    Path dataDir;

    private final List<BookmarksViewModel> opened = new ArrayList<>();
    private ReaderState reader;

    @AfterEach
    void closeAll() {
        opened.forEach(BookmarksViewModel::close);
    }

    private BookmarksViewModel open(Path dir) {
        return open(dir, BundledLibrary.load());
    }

    private BookmarksViewModel open(Path dir, Library library) {
        reader = new ReaderState();
        BookmarksViewModel model = new BookmarksViewModel(reader, Background.sameThread(), dir, Runnable::run,
                ZoneOffset.UTC);
        reader.load(sourceOf(library), Background.sameThread(), Optional.empty());
        opened.add(model);
        return model;
    }

    private static LibrarySource sourceOf(Library library) {
        return new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return library.articles().stream().findFirst().map(Article::id);
            }

            @Override
            public Optional<Article> article(String id) {
                return library.article(id);
            }

            @Override
            public Library load() {
                return library;
            }
        };
    }

    private static List<BookmarkRow> bookmarks(BookmarksViewModel model) {
        return model.rows().stream().filter(BookmarkRow.class::isInstance).map(BookmarkRow.class::cast).toList();
    }

    private static List<String> sectionTitles(BookmarksViewModel model) {
        return bookmarks(model).stream().map(BookmarkRow::sectionTitle).toList();
    }

    /** The offsets of a piece of a section's text, as a selection in the article gives them. */
    private static TextRange rangeOf(String sectionId, String text) {
        String plain = BundledLibrary.load().section(sectionId).orElseThrow().plainText();
        int start = plain.indexOf(text);
        assertTrue(start >= 0, text);
        return new TextRange(start, start + text.length());
    }

    @Test
    void theBookmarksAreOpenedOnlyOnceTheLibraryIsLoaded() {
        reader = new ReaderState();
        BookmarksViewModel model = new BookmarksViewModel(reader, Background.sameThread(), dataDir, Runnable::run,
                ZoneOffset.UTC);
        opened.add(model);
        assertFalse(model.readyProperty().get());
        assertEquals("Opening your bookmarks…", model.emptyMessageProperty().get());
        reader.load(sourceOf(BundledLibrary.load()), Background.sameThread(), Optional.empty());
        assertTrue(model.readyProperty().get());
        assertTrue(model.emptyMessageProperty().get().startsWith("No bookmarks yet"));
    }

    @Test
    void theToggleBookmarksTheSectionBeingReadAndRemovesItAgain() {
        BookmarksViewModel model = open(dataDir);
        assertTrue(model.readyProperty().get());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.emptyMessageProperty().get().startsWith("No bookmarks yet"));
        reader.openSection(CONCLUSION);
        assertFalse(model.sectionBookmarkedProperty().get());

        model.toggleCurrentSection();
        assertTrue(model.sectionBookmarkedProperty().get());
        assertEquals("Bookmarked “Conclusion”.", reader.status().messageProperty().get());
        assertEquals(List.of(new ArticleRow(OSTEO, "The Mighty Defender: Vitamin K2 and Osteoporosis", 1)),
                model.rows().stream().filter(ArticleRow.class::isInstance).toList());
        BookmarkRow row = bookmarks(model).get(0);
        assertEquals("Conclusion", row.sectionTitle());
        assertEquals("", row.quote());
        assertFalse(row.detached());
        assertTrue(row.made().matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d"), row.made());
        assertEquals("", model.emptyMessageProperty().get());

        reader.openSection(SAFETY);
        assertFalse(model.sectionBookmarkedProperty().get(), "another section is not bookmarked");
        reader.openSection(CONCLUSION);
        assertTrue(model.sectionBookmarkedProperty().get());

        model.toggleCurrentSection();
        assertFalse(model.sectionBookmarkedProperty().get());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.canUndoProperty().get());
        assertEquals("Deleted “Conclusion”.", model.undoMessageProperty().get());
    }

    @Test
    void bookmarkingASectionAgainBringsBackItsNote() {
        BookmarksViewModel model = open(dataDir);
        reader.openSection(CONCLUSION);
        model.toggleCurrentSection();
        String id = bookmarks(model).get(0).id();
        model.saveNote(id, "Read again before the exam.");
        model.toggleCurrentSection();
        model.toggleCurrentSection();
        BookmarkRow back = bookmarks(model).get(0);
        assertEquals(id, back.id());
        assertEquals("Read again before the exam.", back.note());
        assertEquals(1, bookmarks(model).size());
        assertFalse(model.canUndoProperty().get(), "nothing left to undo: the deleted bookmark is back");
    }

    @Test
    void aPassageIsBookmarkedWithItsNoteAndMarkedInTheArticle() {
        BookmarksViewModel model = open(dataDir);
        TextRange range = rangeOf(FRACTURES, "activating a protein called osteocalcin");
        model.addPassage(FRACTURES, range.start(), range.end(), "  The mechanism.\n");
        BookmarkRow row = bookmarks(model).get(0);
        assertEquals("activating a protein called osteocalcin", row.quote());
        assertEquals("The mechanism.", row.note());
        assertEquals("Fractures and osteocalcin", row.sectionTitle());
        assertTrue(row.isPassage());
        assertEquals(List.of(range), model.passagesProperty().get().get(FRACTURES));
        assertEquals("Bookmarked a passage of “Fractures and osteocalcin”.", reader.status().messageProperty().get());

        model.addPassage(FRACTURES, range.start(), range.end(), "");
        assertEquals(1, bookmarks(model).size());
        assertEquals("That passage was already bookmarked.", reader.status().messageProperty().get());

        reader.openSection(FRACTURES);
        assertFalse(model.sectionBookmarkedProperty().get(), "a passage is not a bookmark of the whole section");
    }

    @Test
    void aNoteIsEditedOnManyLinesAndKeptAcrossARestart() throws Exception {
        BookmarksViewModel model = open(dataDir);
        model.addSection(SAFETY);
        String id = bookmarks(model).get(0).id();
        model.saveNote(id, "First line.\nSecond line.\n\n");
        assertEquals("First line.\nSecond line.", bookmarks(model).get(0).note());
        model.close();
        assertTrue(Files.readString(dataDir.resolve("bookmarks.json")).contains("First line.\\nSecond line."));

        BookmarksViewModel again = open(dataDir);
        assertEquals("First line.\nSecond line.", bookmarks(again).get(0).note());
        assertEquals(id, bookmarks(again).get(0).id());
    }

    @Test
    void aDeletedBookmarkComesBackWithUndoAsItWas() {
        BookmarksViewModel model = open(dataDir);
        model.addSection(SAFETY);
        model.addSection(CONCLUSION);
        BookmarkRow safety = bookmarks(model).stream().filter(r -> r.sectionTitle().equals("How safe is vitamin K2?"))
                .findFirst().orElseThrow();
        model.saveNote(safety.id(), "Dose limits.");
        BookmarkRow withNote = bookmarks(model).stream().filter(r -> r.id().equals(safety.id())).findFirst().orElseThrow();

        model.delete(safety.id());
        model.delete(bookmarks(model).get(0).id());
        assertTrue(bookmarks(model).isEmpty());
        assertEquals("Deleted “Conclusion”.", model.undoMessageProperty().get());
        assertTrue(reader.status().messageProperty().get().contains("Ctrl+Z"));

        model.undo();
        assertEquals(List.of("Conclusion"), sectionTitles(model));
        assertEquals("Deleted “How safe is vitamin K2?”.", model.undoMessageProperty().get());
        model.undo();
        assertEquals(withNote, bookmarks(model).stream().filter(r -> r.id().equals(safety.id())).findFirst().orElseThrow());
        assertFalse(model.canUndoProperty().get());
        assertEquals("", model.undoMessageProperty().get());
    }

    @Test
    void bookmarksAreGroupedByArticleNewestFirstOrInReadingOrderAndFiltered() {
        BookmarksViewModel model = open(dataDir);
        model.addSection(CONCLUSION);
        model.addSection(SKIN);
        model.addSection(SAFETY);
        TextRange osteocalcin = rangeOf(FRACTURES, "Osteocalcin is responsible for binding calcium");
        model.addPassage(FRACTURES, osteocalcin.start(), osteocalcin.end(), "");

        List<String> newest = model.rows().stream().map(BookmarksViewModelTest::label).toList();
        assertEquals(List.of("# The Mighty Defender: Vitamin K2 and Osteoporosis (2)", "Fractures and osteocalcin",
                "Conclusion", "# The Crucial Role of Vitamin K2 in Bone Health and Heart Protection (1)",
                "How safe is vitamin K2?", "# The Power of Vitamin K2 in Treating Skin Conditions (1)", "In Conclusion"),
                newest);

        model.orderProperty().set(BookmarkOrder.READING_ORDER);
        assertEquals(List.of("# The Crucial Role of Vitamin K2 in Bone Health and Heart Protection (1)",
                "How safe is vitamin K2?", "# The Mighty Defender: Vitamin K2 and Osteoporosis (2)",
                "Fractures and osteocalcin", "Conclusion", "# The Power of Vitamin K2 in Treating Skin Conditions (1)",
                "In Conclusion"), model.rows().stream().map(BookmarksViewModelTest::label).toList());

        model.filterProperty().set("OSTEOCALCIN binding");
        assertEquals(List.of("# The Mighty Defender: Vitamin K2 and Osteoporosis (1)", "Fractures and osteocalcin"),
                model.rows().stream().map(BookmarksViewModelTest::label).toList());
        model.filterProperty().set("skin");
        assertEquals(List.of("In Conclusion"), sectionTitles(model));
        model.filterProperty().set("no such words");
        assertTrue(model.rows().isEmpty());
        assertEquals("No bookmarks match “no such words”.", model.emptyMessageProperty().get());
        model.filterProperty().set("");
        assertEquals(4, bookmarks(model).size());
    }

    private static String label(Row row) {
        return row instanceof ArticleRow a ? "# " + a.title() + " (" + a.count() + ")" : ((BookmarkRow) row).sectionTitle();
    }

    @Test
    void exportAndImportMakeARoundTripWithoutDuplicates(@TempDir Path elsewhere) throws Exception {
        BookmarksViewModel model = open(dataDir);
        model.addSection(CONCLUSION);
        TextRange range = rangeOf(FRACTURES, "activating a protein called osteocalcin");
        model.addPassage(FRACTURES, range.start(), range.end(), "Key mechanism.\nSee also the heart article.");
        Path json = elsewhere.resolve("bookmarks-export.json");
        Path markdown = elsewhere.resolve("bookmarks.md");
        model.exportTo(json, ExportFormat.JSON);
        assertEquals("Exported 2 bookmarks to bookmarks-export.json.", reader.status().messageProperty().get());
        model.exportTo(markdown, ExportFormat.MARKDOWN);
        String md = Files.readString(markdown);
        assertTrue(md.contains("## The Mighty Defender: Vitamin K2 and Osteoporosis"), md);
        assertTrue(md.contains("### Fractures and osteocalcin"), md);
        assertTrue(md.contains("> activating a protein called osteocalcin"), md);
        assertTrue(md.contains("Key mechanism.\nSee also the heart article."), md);

        BookmarksViewModel other = open(elsewhere.resolve("other"));
        other.addSection(SAFETY);
        other.importFrom(json);
        assertEquals("Imported bookmarks-export.json: 2 added, 0 updated, 0 already there.", reader.status().messageProperty().get());
        assertEquals(3, bookmarks(other).size());
        assertTrue(bookmarks(other).stream().anyMatch(r -> r.note().equals("Key mechanism.\nSee also the heart article.")));
        other.importFrom(json);
        assertEquals("Imported bookmarks-export.json: 0 added, 0 updated, 2 already there.", reader.status().messageProperty().get());
        assertEquals(3, bookmarks(other).size());

        other.importFrom(markdown);
        assertTrue(reader.status().messageProperty().get().startsWith("bookmarks.md is not a bookmarks export ("),
                reader.status().messageProperty().get());
        other.importFrom(elsewhere.resolve("missing.json"));
        assertEquals("missing.json could not be read: there is no such file.", reader.status().messageProperty().get());
    }

    @Test
    void theExportFormatFollowsTheFileName() {
        assertEquals(ExportFormat.JSON, ExportFormat.of(Path.of("/tmp/mine.JSON")));
        assertEquals(ExportFormat.MARKDOWN, ExportFormat.of(Path.of("/tmp/mine.md")));
        assertEquals(Path.of("/tmp/mine.md"), ExportFormat.MARKDOWN.withExtension(Path.of("/tmp/mine")));
        assertEquals(Path.of("/tmp/mine.txt"), ExportFormat.JSON.withExtension(Path.of("/tmp/mine.txt")));
    }

    @Test
    void aBookmarkWhoseTextLeftTheLibraryIsShownDetachedWithItsSavedTitleAndQuote() {
        BookmarksViewModel model = open(dataDir);
        TextRange range = rangeOf(FRACTURES, "activating a protein called osteocalcin");
        model.addPassage(FRACTURES, range.start(), range.end(), "Still mine.");
        model.close();

        BookmarksViewModel later = open(dataDir, without(BundledLibrary.load(), FRACTURES));
        BookmarkRow row = bookmarks(later).get(0);
        assertTrue(row.detached());
        assertEquals("Fractures and osteocalcin", row.sectionTitle());
        assertEquals("activating a protein called osteocalcin", row.quote());
        assertEquals("Still mine.", row.note());
        assertTrue(later.passagesProperty().get().isEmpty(), "nothing to mark: its text is gone");

        later.open(row);
        assertEquals("“Fractures and osteocalcin” is no longer in the library; the bookmark keeps its saved title "
                + "and quote.", reader.status().messageProperty().get());
    }

    private static Library without(Library library, String sectionId) {
        List<Article> articles = library.articles().stream().map(a -> new Article(a.id(), a.title(),
                a.sections().stream().filter(s -> !s.id().equals(sectionId)).toList(), a.origin())).toList();
        return new Library(articles);
    }

    @Test
    void openingAPassageOpensItsSectionAndAsksForItToBeShown() {
        BookmarksViewModel model = open(dataDir);
        TextRange range = rangeOf(FRACTURES, "activating a protein called osteocalcin");
        model.addPassage(FRACTURES, range.start(), range.end(), "");
        model.addSection(SAFETY);
        model.open(bookmarks(model).stream().filter(BookmarkRow::isPassage).findFirst().orElseThrow());
        Section current = reader.currentSectionProperty().get();
        assertEquals(FRACTURES, current.id());
        assertEquals(new BookmarksViewModel.Reveal(FRACTURES, range.start(), range.end()), model.reveals().latest().orElse(null));

        model.open(bookmarks(model).stream().filter(r -> !r.isPassage()).findFirst().orElseThrow());
        assertEquals(SAFETY, reader.currentSectionProperty().get().id());
    }

    @Test
    void aBrokenBookmarksFileIsToldInOneSentence() throws Exception {
        Files.writeString(dataDir.resolve("bookmarks.json"), "{ not json");
        BookmarksViewModel model = open(dataDir);
        String told = reader.status().messageProperty().get();
        assertTrue(told.startsWith("Your bookmarks file could not be read because "), told);
        assertTrue(model.readyProperty().get());
        model.addSection(SAFETY);
        assertEquals(1, bookmarks(model).size());
    }
}
