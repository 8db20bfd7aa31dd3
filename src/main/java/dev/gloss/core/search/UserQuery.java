package dev.gloss.core.search;

import dev.gloss.core.search.Analysis.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person typed, read as words and quoted phrases. Nothing of Lucene's query syntax
 * applies: "(", "*", "AND" or "title:" are only characters, and anything that is not a word
 * falls away in analysis. Words joined without a space ("gut-brain", "MK-7") form a phrase.
 */
record UserQuery(List<Part> parts) {

    /** Text past this length is ignored: a long paste is searched by its beginning. */
    static final int MAX_CHARS = 1000;
    static final int MAX_WORDS = 32;
    private static final String QUOTES = "\"“”„";

    sealed interface Part permits Word, Phrase {
    }

    /**
     * A word as the index folds it, its stem (empty for a stop word), whether it is the word
     * being typed, and where it stands in the text (to put a correction in its place).
     */
    record Word(String text, Optional<String> stem, boolean prefix, int start, int end) implements Part {
    }

    /** Words that must appear in this order. */
    record Phrase(List<Word> words) implements Part {
        Phrase {
            words = List.copyOf(words);
        }

        /** The stems with their positions relative to the first stem; stop words leave gaps. */
        List<Highlight.PhraseTerm> terms() {
            List<Highlight.PhraseTerm> terms = new ArrayList<>();
            int first = -1;
            for (int i = 0; i < words.size(); i++) {
                Optional<String> stem = words.get(i).stem();
                if (stem.isPresent()) {
                    first = first < 0 ? i : first;
                    terms.add(new Highlight.PhraseTerm(stem.get(), i - first));
                }
            }
            return terms;
        }
    }

    UserQuery {
        parts = List.copyOf(parts);
    }

    static UserQuery parse(String text, boolean lastWordIsPrefix) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Part> parts = new ArrayList<>();
        int words = 0;
        int at = 0;
        boolean quoted = false;
        while (at < cut.length() && words < MAX_WORDS) {
            int quote = nextQuote(cut, at);
            int end = quote < 0 ? cut.length() : quote;
            words += read(cut, at, end, quoted, parts, MAX_WORDS - words);
            quoted = !quoted;
            at = end + 1;
        }
        if (lastWordIsPrefix && !parts.isEmpty()
                && parts.get(parts.size() - 1) instanceof Word last && last.end() == cut.length()) {
            parts.set(parts.size() - 1, new Word(last.text(), last.stem(), true, last.start(), last.end()));
        }
        return new UserQuery(parts);
    }

    private static int nextQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Reads text[from, to) into parts; returns the number of words read. */
    private static int read(String text, int from, int to, boolean quoted, List<Part> parts, int maxWords) {
        List<Token> tokens = Analysis.tokens(Analysis.WORDS, text.substring(from, to));
        if (tokens.size() > maxWords) {
            tokens = tokens.subList(0, maxWords);
        }
        List<Word> group = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Word word = new Word(t.term(), Analysis.stem(t.term()), false, from + t.start(), from + t.end());
            if (!quoted && !group.isEmpty() && separated(text, group.get(group.size() - 1).end(), word.start())) {
                parts.add(part(group));
                group = new ArrayList<>();
            }
            group.add(word);
        }
        if (!group.isEmpty()) {
            parts.add(part(group));
        }
        return tokens.size();
    }

    private static boolean separated(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Part part(List<Word> words) {
        return words.size() == 1 ? words.get(0) : new Phrase(words);
    }
}
