package dev.gloss.core.search;

import dev.gloss.core.search.Analysis.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, read as words, quoted phrases and refinements. Nothing of Lucene's query
 * syntax applies: "(", "*" or "AND" are only characters, and anything that is not a word falls
 * away in analysis. Words joined without a space ("gut-brain", "MK-7") form a phrase, and so does
 * a run of Chinese, Japanese or Korean characters. Refinements narrow the search:
 * {@code title:word}, {@code tag:name}, {@code topic:id}, {@code author:name}, {@code in:} (the
 * article being read) or {@code in:ID}, each with a quoted value for several words
 * ({@code title:"bone health"}), and {@code -word} or {@code -"a phrase"} to leave out sections
 * that hold it. An unknown "name:" is only words.
 */
record UserQuery(List<Part> parts, List<Filter> filters) {

    /** Text past this length is ignored: a long paste is searched by its beginning. */
    static final int MAX_CHARS = 1000;
    static final int MAX_WORDS = 32;
    private static final String QUOTES = "\"“”„";
    private static final Pattern REFINEMENT = Pattern.compile(
            "(?<!\\S)(?:(?<key>title|tag|topic|in|author):(?<value>[\"“„][^\"“”„]*[\"“”]?|[^\\s\"“”„]*)"
                    + "|-(?<excluded>[\"“„][^\"“”„]*[\"“”]?|[\\p{L}\\p{N}][^\\s\"“”„]*))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    sealed interface Part permits Word, Phrase {
    }

    /**
     * A word as the index folds it, its stem (empty for a stop word), whether it is the word
     * being typed, and where it stands in the text (to put a correction in its place).
     */
    record Word(String text, Optional<String> stem, boolean prefix, int start, int end, String surface) implements Part {
        Word asPrefix() {
            return new Word(text, stem, true, start, end, surface);
        }
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

    /** What a refinement narrows by. */
    enum Kind { TITLE, TAG, TOPIC, IN, AUTHOR, EXCLUDE }

    /**
     * One refinement: its kind, its value as typed (without quotes; empty for a bare {@code in:}),
     * its words, and whether it is being typed (last in the text, unquoted), so its last word may
     * be a beginning.
     */
    record Filter(Kind kind, String value, List<Part> parts, boolean typing) {
        Filter {
            parts = List.copyOf(parts);
        }

        /** The value as a tag, topic or article id is written: lowercase, spaces and underscores as hyphens. */
        String slug() {
            return Analysis.slug(value);
        }
    }

    UserQuery {
        parts = List.copyOf(parts);
        filters = List.copyOf(filters);
    }

    UserQuery(List<Part> parts) {
        this(parts, List.of());
    }

    static UserQuery parse(String text, boolean lastWordIsPrefix) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Filter> filters = new ArrayList<>();
        String words = refinements(cut, lastWordIsPrefix, filters);
        List<Part> parts = parts(words);
        if (lastWordIsPrefix && !parts.isEmpty()
                && parts.get(parts.size() - 1) instanceof Word last && last.end() == words.length()) {
            parts.set(parts.size() - 1, last.asPrefix());
        }
        return new UserQuery(parts, filters);
    }

    /** The words of the query without its refinements, as one text. */
    boolean hasWords() {
        return !parts.isEmpty();
    }

    /** Reads the refinements into {@code filters}; returns the text with each one blanked out, offsets kept. */
    private static String refinements(String text, boolean typing, List<Filter> filters) {
        Matcher m = REFINEMENT.matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (m.find()) {
            String key = m.group("key");
            String raw = key != null ? m.group("value") : m.group("excluded");
            boolean quoted = !raw.isEmpty() && QUOTES.indexOf(raw.charAt(0)) >= 0;
            String value = quoted ? raw.substring(1, raw.length() - (raw.length() > 1
                    && QUOTES.indexOf(raw.charAt(raw.length() - 1)) >= 0 ? 1 : 0)) : raw;
            Kind kind = key == null ? Kind.EXCLUDE : Kind.valueOf(key.toUpperCase(Locale.ROOT));
            if (kind != Kind.IN && value.isBlank()) {
                // "title:" alone narrows nothing: it is searched as the word it is.
                continue;
            }
            boolean last = typing && !quoted && m.end() == text.length();
            List<Part> parts = parts(value);
            if (last && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Word w) {
                parts.set(parts.size() - 1, w.asPrefix());
            }
            filters.add(new Filter(kind, value, parts, last));
            blank(rest, m.start(), m.end());
        }
        return rest.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static List<Part> parts(String cut) {
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
        return parts;
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
        List<Token> tokens = cjkRunsJoined(text.substring(from, to), Analysis.tokens(Analysis.WORDS, text.substring(from, to)));
        if (tokens.size() > maxWords) {
            tokens = tokens.subList(0, maxWords);
        }
        List<Word> group = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && tokens.get(i - 1).position() == t.position()) {
                // A part of a word written as code: the word itself stands for it.
                continue;
            }
            Word word = new Word(t.term(), Analysis.stem(t.term()), false, from + t.start(), from + t.end(),
                    text.substring(from + t.start(), from + t.end()));
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

    /**
     * Chinese characters come one token each; a run of them, with Japanese kana or Korean between,
     * is one word here, searched by its bigrams.
     */
    private static List<Token> cjkRunsJoined(String text, List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end() == t.start() && isCjk(last.term()) && isCjk(t.term())) {
                joined.set(joined.size() - 1, new Token(last.start(), t.end(), last.position(),
                        text.substring(last.start(), t.end()), last.type()));
            } else {
                joined.add(t);
            }
        }
        return joined;
    }

    private static boolean isCjk(String term) {
        return !term.isEmpty() && term.codePoints().allMatch(Language::isCjk);
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
