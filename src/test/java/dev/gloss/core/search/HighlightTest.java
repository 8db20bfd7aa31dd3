package dev.gloss.core.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightTest {

    static final String TEXT = "Vitamin K2 activates osteocalcin. The bones need calcium, and osteoblasts build bone "
            + "density over years.\nSecond paragraph about the gut-brain axis.";

    static String marked(List<Snippet.Part> parts) {
        return new Snippet(parts).marked();
    }

    @Test
    void marksEveryFormOfAStem() {
        Highlight h = new Highlight(Set.of("bone"), List.of(), List.of());
        String marked = marked(h.mark(TEXT));
        assertTrue(marked.contains("The «bones» need"), marked);
        assertTrue(marked.contains("build «bone» density"), marked);
    }

    @Test
    void markingKeepsTheWholeText() {
        Highlight h = new Highlight(Set.of("bone", "calcium"), List.of("osteo"), List.of());
        List<Snippet.Part> parts = h.mark(TEXT);
        assertEquals(TEXT, parts.stream().map(Snippet.Part::text).collect(Collectors.joining()));
        assertEquals(List.of("osteocalcin", "bones", "calcium", "osteoblasts", "bone"),
                parts.stream().filter(Snippet.Part::matched).map(Snippet.Part::text).toList());
    }

    @Test
    void marksAPhraseAsOnePartAndOnlyInOrder() {
        Highlight h = new Highlight(Set.of(), List.of(), List.of(List.of(
                new Highlight.PhraseTerm("bone", 0), new Highlight.PhraseTerm("densiti", 1))));
        assertTrue(marked(h.mark(TEXT)).contains("build «bone density» over"), marked(h.mark(TEXT)));
        Highlight reversed = new Highlight(Set.of(), List.of(), List.of(List.of(
                new Highlight.PhraseTerm("densiti", 0), new Highlight.PhraseTerm("bone", 1))));
        assertFalse(new Snippet(reversed.mark(TEXT)).hasMatch());
    }

    @Test
    void joinsWordsLinkedByAHyphen() {
        Highlight h = new Highlight(Set.of("gut", "brain"), List.of(), List.of());
        assertTrue(marked(h.mark(TEXT)).contains("the «gut-brain» axis"));
    }

    @Test
    void aSnippetIsShortOnOneLineAndAroundTheMatches() {
        String filler = "Nothing of interest is said in this sentence at all. ".repeat(20);
        String text = filler + "Here the vitamin finally meets osteocalcin in one place. " + filler;
        Snippet snippet = new Highlight(Set.of("vitamin", "osteocalcin"), List.of(), List.of()).snippet(text);
        String plain = snippet.plainText();
        assertTrue(plain.startsWith("…Here the «vitamin»".replace("«", "").replace("»", "")), plain);
        assertTrue(plain.endsWith("…"));
        assertTrue(plain.length() <= Marks.SNIPPET_CHARS + 2, plain);
        assertEquals(2, snippet.parts().stream().filter(Snippet.Part::matched).count());
        assertFalse(plain.contains("\n"));
    }

    @Test
    void aSnippetWithoutMatchesIsTheBeginning() {
        Snippet snippet = new Highlight(Set.of("zebra"), List.of(), List.of()).snippet(TEXT);
        assertFalse(snippet.hasMatch());
        assertTrue(snippet.plainText().startsWith("Vitamin K2 activates"));
        assertEquals(TEXT.replace('\n', ' '), snippet.plainText());
    }

    @Test
    void snippetStringFormsWrapTheMatches() {
        Snippet snippet = new Snippet(List.of(new Snippet.Part("a ", false), new Snippet.Part("bone", true)));
        assertEquals("a «bone»", snippet.marked());
        assertEquals("a **bone**", snippet.marked("**", "**"));
        assertEquals("a bone", snippet.plainText());
    }
}
