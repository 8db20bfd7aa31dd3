package dev.gloss.app.search;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchViewModelTest {
    private ReaderState reader;
    private SearchViewModel search;

    @BeforeEach
    void setUp() {
        reader = new ReaderState();
        search = new SearchViewModel(reader, Background.sameThread());
        reader.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
        assertFalse(search.readyProperty().get(), "the index waits for the first frame");
        reader.startup().firstFramePainted();
    }

    @Test
    void searchesAsYouTypeAndForgivesTypos() {
        assertTrue(search.readyProperty().get());
        search.queryProperty().set("osteocalsin");
        assertFalse(search.results().isEmpty());
        assertEquals("osteocalcin", search.didYouMeanProperty().get());
        search.acceptSuggestion();
        assertEquals("osteocalcin", search.queryProperty().get());
        assertEquals("", search.didYouMeanProperty().get());
        assertTrue(search.results().get(0).snippet().stream().anyMatch(p -> p.matched()
                && p.text().equalsIgnoreCase("osteocalcin")));
        assertTrue(search.statusProperty().get().matches("\\d+ results?"), search.statusProperty().get());
    }

    @Test
    void looserMatchesFollowADividerRowAndCompletionsComeWithTheResults() {
        search.queryProperty().set("\"bone health\"");
        List<ResultRow> rows = search.results();
        long dividers = rows.stream().filter(ResultRow::isDivider).count();
        assertEquals(1, dividers);
        int at = rows.indexOf(rows.stream().filter(ResultRow::isDivider).findFirst().orElseThrow());
        assertTrue(rows.subList(0, at).stream().allMatch(ResultRow::allWords));
        assertTrue(rows.subList(at + 1, rows.size()).stream().noneMatch(ResultRow::allWords));
        assertTrue(search.statusProperty().get().matches("\\d+ results"), search.statusProperty().get());
        search.open(rows.get(at));
        assertTrue(search.openedProperty().get() == null, "the divider opens nothing");
        search.queryProperty().set("fractures and");
        assertEquals("Fractures and osteocalcin", search.completions().get(0));
        search.acceptCompletion(search.completions().get(0));
        assertEquals("Fractures and osteocalcin", search.queryProperty().get());
        assertFalse(search.datesKnownProperty().get(), "the bundled articles have no dates");
    }

    @Test
    void inMeansTheArticleBeingRead() {
        String reading = reader.currentArticleProperty().get().id();
        search.queryProperty().set("calcium in:");
        assertFalse(search.results().isEmpty());
        assertTrue(search.results().stream().allMatch(r -> r.articleId().equals(reading)));
    }

    @Test
    void anIndexOnDiskIsOpenedAtTheFirstFrameAndLetGoOfWhenTheWindowCloses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        java.nio.file.Path folder = data.resolve("index");
        dev.gloss.core.library.Library library = dev.gloss.core.library.BundledLibrary.load();
        dev.gloss.core.search.StoredIndex.open(folder, library, id -> java.util.Set.of()).close();
        ReaderState windowReader = new ReaderState();
        SearchViewModel onDisk = new SearchViewModel(windowReader, Background.sameThread(), Optional.of(folder));
        windowReader.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
        windowReader.startup().firstFramePainted();
        assertTrue(onDisk.readyProperty().get());
        onDisk.queryProperty().set("osteocalcin");
        assertFalse(onDisk.results().isEmpty());
        // While the window has it, no other writer may open it (another Gloss searches in memory).
        assertThrows(java.io.UncheckedIOException.class,
                () -> dev.gloss.core.search.StoredIndex.open(folder, library, id -> java.util.Set.of()));
        onDisk.close();
        try (var reopened = dev.gloss.core.search.StoredIndex.open(folder, library, id -> java.util.Set.of())) {
            assertFalse(reopened.opening().rebuilt(), "closed cleanly, the index is reused as it is");
        }
    }

    @Test
    void anIndexOnDiskThatIsOutOfDateAnswersAtOnceAndIsThenBroughtToTheLibrary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        java.nio.file.Path folder = data.resolve("index");
        dev.gloss.core.library.Library library = dev.gloss.core.library.BundledLibrary.load();
        dev.gloss.core.model.Article left = library.articles().get(4);
        dev.gloss.core.search.StoredIndex.open(folder, new dev.gloss.core.library.Library(library.articles().subList(0, 4)),
                id -> java.util.Set.of()).close();
        ReaderState windowReader = new ReaderState();
        SearchViewModel onDisk = new SearchViewModel(windowReader, Background.sameThread(), Optional.of(folder));
        windowReader.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
        windowReader.startup().firstFramePainted();
        assertTrue(onDisk.readyProperty().get());
        onDisk.queryProperty().set("\"" + left.title() + "\"");
        assertTrue(onDisk.results().stream().anyMatch(r -> r.articleTitle().equals(left.title())),
                "the article the index on disk lacked was written into it");
        onDisk.close();
        try (var reopened = dev.gloss.core.search.StoredIndex.open(folder, library, id -> java.util.Set.of())) {
            assertEquals(0, reopened.opening().articlesWritten(), "the index on disk holds the whole library now");
        }
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        search.queryProperty().set("osteo");
        assertTrue(search.results().stream().anyMatch(r -> r.snippet().stream()
                .anyMatch(p -> p.matched() && p.text().toLowerCase().startsWith("osteocalcin"))));
    }

    @Test
    void oddInputIsAValidSearch() {
        for (String q : List.of("(", "\"", "*", "AND", "title:", "\\", "x".repeat(5000))) {
            search.queryProperty().set(q);
            assertTrue(search.statusProperty().get().startsWith("No results")
                    || search.statusProperty().get().matches("\\d+ results?.*"), q + " -> " + search.statusProperty().get());
        }
    }

    @Test
    void scopesRestrictTheResults() {
        search.queryProperty().set("calcium");
        int everywhere = search.results().size();
        reader.openArticle("vitamin-k2-and-skin-conditions");
        search.scopeProperty().set(search.scopes().get(1));
        assertTrue(search.results().size() < everywhere);
        assertTrue(search.results().stream().allMatch(r -> r.articleId().equals("vitamin-k2-and-skin-conditions")));
        ScopeChoice bone = search.scopes().stream()
                .filter(s -> s.id().equals("heart-and-arteries")).findFirst().orElseThrow();
        search.scopeProperty().set(bone);
        assertFalse(search.results().isEmpty());
        assertTrue(search.results().stream().allMatch(r ->
                reader.topics().topicsProperty().get().topicsOf(r.sectionId()).stream().anyMatch(t -> t.id().equals("heart-and-arteries"))));
    }

    @Test
    void openingAResultOpensItsSectionWithTheWordsMarked() {
        search.queryProperty().set("natto");
        ResultRow first = search.results().get(0);
        search.open(first);
        assertEquals(first.sectionId(), reader.currentSectionProperty().get().id());
        String text = reader.currentSectionProperty().get().plainText();
        List<int[]> marks = search.marksIn(first.sectionId(), text);
        assertFalse(marks.isEmpty());
        assertTrue(marks.stream().allMatch(r -> text.substring(r[0], r[1]).equalsIgnoreCase("natto")));
        assertTrue(search.marksIn("some/other", text).isEmpty());
    }

    @Test
    void clearingTheQueryClearsTheResults() {
        search.queryProperty().set("gut");
        assertFalse(search.results().isEmpty());
        search.clear();
        assertTrue(search.results().isEmpty());
    }
}
