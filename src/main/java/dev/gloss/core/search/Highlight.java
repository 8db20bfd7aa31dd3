package dev.gloss.core.search;

import dev.gloss.core.search.Analysis.Token;
import dev.gloss.core.search.Marks.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks a search's words in any text, such as a section the reader opens from a hit: words
 * with a searched stem, words that begin with the word being typed, and whole phrases. It reads
 * the text with the index's own analyzer, so the marks agree with what the index matched.
 * Hits' snippets do not need it: they are marked from the offsets the index keeps.
 */
public final class Highlight {

    /** Snippets come from the first part of a very long section, to keep their cost bounded. */
    private static final int SNIPPET_SCAN_CHARS = 20_000;

    /** A phrase's stems, each with its position relative to the first (stop words leave gaps). */
    record PhraseTerm(String stem, int offset) {
    }

    private final Set<String> stems;
    private final List<String> prefixes;
    private final List<List<PhraseTerm>> phrases;
    /** The languages the text is read in, as the index read the library's: each one's stems are looked for. */
    private final List<Language> languages;

    Highlight(Set<String> stems, List<String> prefixes, List<List<PhraseTerm>> phrases) {
        this(stems, prefixes, phrases, List.of(Language.ENGLISH));
    }

    Highlight(Set<String> stems, List<String> prefixes, List<List<PhraseTerm>> phrases, List<Language> languages) {
        this.stems = Set.copyOf(stems);
        this.prefixes = List.copyOf(prefixes);
        this.phrases = phrases.stream().map(List::copyOf).toList();
        this.languages = List.copyOf(languages);
    }

    /** The whole text, split into matched and unmatched parts: for highlighting an opened section. */
    public List<Snippet.Part> mark(String text) {
        return Marks.parts(text, ranges(text));
    }

    /**
     * A passage of about {@value Marks#SNIPPET_CHARS} characters around the densest run of matches,
     * from the first {@value #SNIPPET_SCAN_CHARS} characters of a long text.
     */
    public Snippet snippet(String text) {
        String scanned = text.length() > SNIPPET_SCAN_CHARS ? text.substring(0, SNIPPET_SCAN_CHARS) : text;
        Snippet snippet = Marks.snippet(scanned, ranges(scanned));
        return scanned.length() < text.length() && !snippet.plainText().endsWith("…")
                ? new Snippet(append(snippet.parts(), new Snippet.Part("…", false))) : snippet;
    }

    private static List<Snippet.Part> append(List<Snippet.Part> parts, Snippet.Part last) {
        List<Snippet.Part> all = new ArrayList<>(parts);
        all.add(last);
        return all;
    }

    private List<Range> ranges(String text) {
        if (stems.isEmpty() && prefixes.isEmpty() && phrases.isEmpty()) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        for (Language language : languages) {
            addRanges(text, Analysis.tokens(Analysis.stemmed(language), text), ranges);
        }
        return Marks.merge(text, ranges);
    }

    private void addRanges(String text, List<Token> tokens, List<Range> ranges) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (stems.contains(token.term()) || startsWithPrefix(text, token)) {
                ranges.add(new Range(token.start(), token.end()));
            }
            for (List<PhraseTerm> phrase : phrases) {
                int last = phraseEnd(tokens, i, phrase);
                if (last >= 0) {
                    ranges.add(new Range(token.start(), tokens.get(last).end()));
                }
            }
        }
    }

    private boolean startsWithPrefix(String text, Token token) {
        if (prefixes.isEmpty()) {
            return false;
        }
        String word = Analysis.fold(text.substring(token.start(), token.end()));
        return prefixes.stream().anyMatch(word::startsWith);
    }

    /**
     * The index of the token that ends {@code phrase} when it starts at token {@code first}, else
     * -1. Several tokens may stand at one position (a word written as code and its parts, a CJK
     * character and its bigram): any of them matches there.
     */
    private static int phraseEnd(List<Token> tokens, int first, List<PhraseTerm> phrase) {
        if (!tokens.get(first).term().equals(phrase.get(0).stem())) {
            return -1;
        }
        int base = tokens.get(first).position();
        int end = first;
        for (int k = 1; k < phrase.size(); k++) {
            int wanted = base + phrase.get(k).offset();
            int j = first;
            while (j < tokens.size() && tokens.get(j).position() < wanted) {
                j++;
            }
            int found = -1;
            while (j < tokens.size() && tokens.get(j).position() == wanted) {
                if (tokens.get(j).term().equals(phrase.get(k).stem())) {
                    found = j;
                    break;
                }
                j++;
            }
            if (found < 0) {
                return -1;
            }
            end = tokens.get(found).end() > tokens.get(end).end() ? found : end;
        }
        return end;
    }

    /** Overlapping marks become one, and so do marks joined by a hyphen: «gut-brain». */
}
