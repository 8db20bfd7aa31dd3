package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizedTextTest {

    @Test
    void foldsCaseSpacesQuotesAndDashesAndMapsMatchesBackToTheOriginal() {
        String original = "  It\u2019s   the \u201CKey\u201D\n\u2013 really\u00AD \u00a0 Key.";
        NormalizedText text = NormalizedText.of(original);
        assertEquals("it's the \"key\" - really key.", text.text());
        List<TextRange> found = text.find(NormalizedText.normalize("\"KEY\" -   REALLY"));
        assertEquals(1, found.size());
        assertEquals("\u201CKey\u201D\n\u2013 really", found.get(0).of(original));
    }

    @Test
    void findsEveryOccurrence() {
        String original = "key, Key and KEY";
        List<TextRange> found = NormalizedText.of(original).find("key");
        assertEquals(List.of("key", "Key", "KEY"), found.stream().map(r -> r.of(original)).toList());
    }
}
