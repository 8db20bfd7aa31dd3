package dev.gloss.core.search;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeTest {

    static final Library LIBRARY = BundledLibrary.load();
    static final String OSTEOPOROSIS = "vitamin-k2-and-osteoporosis";

    static SearchRequest calcium(Scope scope) {
        return new SearchRequest("calcium", scope, 100, false);
    }

    @Test
    void anArticleScopeKeepsToTheArticle() {
        try (SearchIndex index = SearchIndex.of(LIBRARY)) {
            SearchResult all = index.search(calcium(Scope.library()));
            assertTrue(all.hits().stream().map(SearchHit::articleId).distinct().count() > 1);
            SearchResult one = index.search(calcium(Scope.article(OSTEOPOROSIS)));
            assertFalse(one.isEmpty());
            assertTrue(one.hits().stream().allMatch(h -> h.articleId().equals(OSTEOPOROSIS)));
            assertTrue(index.search(calcium(Scope.article("no-such-article"))).isEmpty());
        }
    }

    @Test
    void aSectionScopeKeepsToTheSections() {
        Set<String> two = Set.of(OSTEOPOROSIS + "/fractures-and-osteocalcin", OSTEOPOROSIS + "/introduction");
        try (SearchIndex index = SearchIndex.of(LIBRARY)) {
            SearchResult result = index.search(new SearchRequest("vitamin", Scope.sections(two), 100, false));
            assertEquals(two, Set.copyOf(result.hits().stream().map(SearchHit::sectionId).toList()));
            assertTrue(index.search(calcium(Scope.sections(Set.of()))).isEmpty());
        }
    }

    @Test
    void aTopicScopeKeepsToTheSectionsIndexedWithTheTopic() {
        String section = OSTEOPOROSIS + "/fractures-and-osteocalcin";
        try (SearchIndex index = SearchIndex.builder()
                .topics(id -> id.equals(section) ? Set.of("bone") : Set.of()).build()) {
            index.addArticles(LIBRARY.articles());
            SearchResult result = index.search(calcium(Scope.topic("bone")));
            assertEquals(1, result.hits().size());
            assertEquals(section, result.hits().get(0).sectionId());
            assertTrue(index.search(calcium(Scope.topic("skin"))).isEmpty());
        }
    }
}
