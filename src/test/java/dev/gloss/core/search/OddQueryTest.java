package dev.gloss.core.search;

import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a person types is a valid search. */
class OddQueryTest {

    static SearchIndex index;

    @BeforeAll
    static void indexLibrary() {
        index = SearchIndex.of(BundledLibrary.load());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "\"", "*", "AND", "title:", "\\", "", "   ", ")", "?", "~", "osteo*", "bone~2",
        "+calcium -bone", "title:osteocalcin", "bone AND (heart OR", "\"unclosed phrase", "a\"b\"c", "{[}]",
        "/regex/", "k2's", "“curly”", "Café", "🦴 bone", "\u0000", "--", "\"\"", "and the of", "OR NOT"})
    void oddTextIsSearchedAsText(String text) {
        for (boolean typing : new boolean[] {true, false}) {
            SearchRequest request = new SearchRequest(text, Scope.library(), 10, typing);
            SearchResult result = index.search(request);
            assertEquals(request, result.request());
            result.hits().forEach(h -> assertFalse(h.snippet().parts().isEmpty()));
        }
    }

    @Test
    void operatorsAreWords() {
        assertTrue(index.search(SearchRequest.typing("(")).isEmpty());
        assertTrue(index.search(SearchRequest.typing("*")).isEmpty());
        // "title:" alone is the word "title", which the library does not use; with a value it refines.
        assertTrue(index.search(SearchRequest.typing("title:")).isEmpty());
        SearchResult field = index.search(SearchRequest.typing("title:osteocalcin"));
        assertFalse(field.isEmpty());
        assertTrue(field.hits().stream().allMatch(h -> (h.sectionTitle() + " " + h.articleTitle())
                .toLowerCase(java.util.Locale.ROOT).contains("osteocalcin")), field.hits().toString());
        assertTrue(index.search(SearchRequest.typing("unknownkey:osteocalcin")).hits().stream()
                .noneMatch(SearchHit::allWords), "an unknown key is a word like any other");
        SearchResult typingAnd = index.search(SearchRequest.typing("osteocalcin AND"));
        assertTrue(typingAnd.hits().get(0).allWords(), "a stop word being typed is optional");
    }

    @Test
    void aLongPasteIsSearchedByItsBeginning() {
        String library = BundledLibrary.load().articles().stream()
                .flatMap(a -> a.sections().stream()).map(s -> s.plainText()).collect(Collectors.joining(" "));
        String paste = library.substring(0, 5_000);
        SearchResult result = index.search(SearchRequest.typing(paste));
        assertFalse(result.isEmpty());
        assertEquals(5_000, result.request().text().length());
        String junk = "( \" * AND title: \\ ".repeat(300);
        assertTrue(index.search(SearchRequest.typing(junk)).isEmpty());
    }
}
