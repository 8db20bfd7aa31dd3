package dev.gloss.core.search;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranking on the real bundled library. */
class SearchRelevanceTest {

    static final String GUT_BRAIN = "vitamin-k2-and-the-gut-brain-axis";
    static Library library;
    static SearchIndex index;

    @BeforeAll
    static void indexLibrary() {
        library = BundledLibrary.load();
        index = SearchIndex.of(library);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchResult search(String text) {
        return index.search(new SearchRequest(text, Scope.library(), 10, false));
    }

    static String body(SearchHit hit) {
        return library.section(hit.sectionId()).orElseThrow().plainText().toLowerCase(Locale.ROOT);
    }

    @Test
    void indexesEverySectionOfTheLibrary() {
        int sections = library.articles().stream().mapToInt(a -> a.sections().size()).sum();
        assertEquals(sections, index.sectionCount());
    }

    @Test
    void theSectionTitledWithAWordRanksFirst() {
        List<SearchHit> hits = search("osteocalcin").hits();
        assertEquals("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", hits.get(0).sectionId());
        assertTrue(hits.size() >= 3);
        for (SearchHit hit : hits.subList(0, 3)) {
            assertTrue(body(hit).contains("osteocalcin"), hit.sectionId());
            assertTrue(hit.snippet().marked().toLowerCase(Locale.ROOT).contains("«osteocalcin»"), hit.snippet().marked());
        }
    }

    @Test
    void sectionTitlesCountMoreThanText() {
        assertEquals(GUT_BRAIN + "/neurotransmitters-and-vitamin-k2", search("neurotransmitters").hits().get(0).sectionId());
    }

    @Test
    void twoWordsFindTheArticleAboutBoth() {
        List<SearchHit> hits = search("gut brain").hits();
        assertTrue(hits.size() >= 3);
        for (SearchHit hit : hits.subList(0, 3)) {
            assertEquals(GUT_BRAIN, hit.articleId());
            assertTrue(hit.allWords());
        }
    }

    @Test
    void aQuotedPhraseMatchesOnlyItsWordsInOrder() {
        List<SearchHit> hits = search("\"bone density\"").hits().stream().filter(SearchHit::allWords).toList();
        assertTrue(hits.size() >= 5, hits.toString());
        for (SearchHit hit : hits) {
            assertTrue(body(hit).contains("bone density"), hit.sectionId());
        }
        assertTrue(hits.get(0).snippet().parts().stream()
                .anyMatch(p -> p.matched() && p.text().equalsIgnoreCase("bone density")));
        assertTrue(search("\"density bone\"").hits().stream().noneMatch(SearchHit::allWords));
    }

    @Test
    void sectionsWithEveryWordComeBeforeSectionsWithSome() {
        List<SearchHit> hits = index.search(new SearchRequest("osteocalcin microbiota", Scope.library(), 50, false))
                .hits();
        assertTrue(hits.stream().anyMatch(h -> !h.allWords()), "the fall-back adds any-word hits");
        int firstPartial = hits.indexOf(hits.stream().filter(h -> !h.allWords()).findFirst().orElseThrow());
        assertTrue(hits.subList(firstPartial, hits.size()).stream().noneMatch(SearchHit::allWords));
        assertTrue(hits.stream().anyMatch(h -> body(h).contains("osteocalcin")));
        assertTrue(hits.stream().anyMatch(h -> body(h).contains("microbiota")));
    }

    @Test
    void anUnknownWordFallsBackToTheOthers() {
        SearchResult result = search("vitamin qwxzzv");
        assertFalse(result.isEmpty());
        assertTrue(result.hits().stream().noneMatch(SearchHit::allWords));
        assertTrue(result.didYouMean().isEmpty());
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        List<SearchHit> hits = search("fracturing").hits();
        assertFalse(hits.isEmpty());
        assertTrue(body(hits.get(0)).contains("fracture"));
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        SearchResult typing = index.search(new SearchRequest("osteo", Scope.library(), 20, true));
        String marked = String.join(" ", typing.hits().stream().map(h -> h.snippet().marked()).toList())
                .toLowerCase(Locale.ROOT);
        assertTrue(marked.contains("«osteocalcin»"), marked);
        assertTrue(marked.contains("«osteoblasts»"), marked);
        assertTrue(marked.contains("«osteoporosis»"), marked);
        assertTrue(index.search(new SearchRequest("osteo", Scope.library(), 20, false)).isEmpty());
        assertTrue(index.search(SearchRequest.typing("osteo ")).isEmpty(), "a space ends the word");
    }

    @Test
    void aMisspeltWordFindsTheWordAndSuggestsIt() {
        SearchResult result = search("osteocalsin");
        assertEquals("osteocalcin", result.didYouMean().orElseThrow());
        assertEquals("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", result.hits().get(0).sectionId());
        assertEquals("Vitamin osteocalcin", search("Vitamin osteocalsin").didYouMean().orElseThrow());
        assertEquals("Osteocalcin", search("Osteocalsin").didYouMean().orElseThrow());
        assertTrue(search("osteocalcin").didYouMean().isEmpty());
    }

    @Test
    void aResultCarriesItsRequest() {
        SearchRequest request = SearchRequest.typing("calcium");
        SearchResult result = index.search(request);
        assertTrue(result.answers(request));
        assertFalse(result.answers(SearchRequest.typing("calcium ")));
    }

    @Test
    void hitsCarryTheirArticleAndSection() {
        SearchHit hit = search("eczema").hits().get(0);
        assertEquals("vitamin-k2-and-skin-conditions", hit.articleId());
        assertEquals(library.article(hit.articleId()).orElseThrow().title(), hit.articleTitle());
        assertTrue(hit.sectionId().startsWith(hit.articleId() + "/"));
        assertTrue(hit.score() > 0);
    }
}
