package dev.gloss.core.search;

import dev.gloss.core.search.Analysis.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks what a search matched in a text: words with a searched stem, words that begin with the
 * word being typed, and whole phrases. It reads the text with the index's own analyzer, so the
 * marks agree with what the index matched, and it needs nothing from the index: making a
 * snippet costs one pass over one section's text.
 */
public final class Highlight {

    /** Snippets come from the first part of a very long section, to keep their cost bounded. */
    private static final int SNIPPET_SCAN_CHARS = 20_000;
    public static final int SNIPPET_CHARS = 200;
    private static final int CONTEXT_BEFORE = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A phrase's stems, each with its position relative to the first (stop words leave gaps). */
    record PhraseTerm(String stem, int offset) {
    }

    private record Range(int start, int end) {
    }

    static final Highlight NONE = new Highlight(Set.of(), List.of(), List.of());

    private final Set<String> stems;
    private final List<String> prefixes;
    private final List<List<PhraseTerm>> phrases;

    Highlight(Set<String> stems, List<String> prefixes, List<List<PhraseTerm>> phrases) {
        this.stems = Set.copyOf(stems);
        this.prefixes = List.copyOf(prefixes);
        this.phrases = phrases.stream().map(List::copyOf).toList();
    }

    /** The whole text, split into matched and unmatched parts: for highlighting an opened section. */
    public List<Snippet.Part> mark(String text) {
        return parts(text, ranges(text), 0, text.length(), false);
    }

    /** A passage of about {@value #SNIPPET_CHARS} characters around the densest run of matches. */
    public Snippet snippet(String text) {
        String scanned = text.length() > SNIPPET_SCAN_CHARS ? text.substring(0, SNIPPET_SCAN_CHARS) : text;
        List<Range> ranges = ranges(scanned);
        int anchor = ranges.isEmpty() ? 0 : bestWindowStart(scanned, ranges);
        int from = ranges.isEmpty() ? 0 : windowStart(scanned, anchor);
        int to = windowEnd(scanned, from, ranges.isEmpty() ? 0 : ranges.get(indexAt(ranges, anchor)).end());
        List<Snippet.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Snippet.Part("…", false));
        }
        parts.addAll(parts(scanned, ranges, from, to, true));
        if (to < text.length()) {
            parts.add(new Snippet.Part("…", false));
        }
        return new Snippet(parts);
    }

    private List<Range> ranges(String text) {
        if (stems.isEmpty() && prefixes.isEmpty() && phrases.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Analysis.tokens(Analysis.STEMMED, text);
        List<Range> ranges = new ArrayList<>();
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
        return merge(text, ranges);
    }

    private boolean startsWithPrefix(String text, Token token) {
        if (prefixes.isEmpty()) {
            return false;
        }
        String word = Analysis.fold(text.substring(token.start(), token.end()));
        return prefixes.stream().anyMatch(word::startsWith);
    }

    /** The index of the token that ends {@code phrase} when it starts at token {@code first}, else -1. */
    private static int phraseEnd(List<Token> tokens, int first, List<PhraseTerm> phrase) {
        if (!tokens.get(first).term().equals(phrase.get(0).stem())) {
            return -1;
        }
        int base = tokens.get(first).position();
        int j = first;
        for (int k = 1; k < phrase.size(); k++) {
            int wanted = base + phrase.get(k).offset();
            while (j < tokens.size() && tokens.get(j).position() < wanted) {
                j++;
            }
            if (j == tokens.size() || tokens.get(j).position() != wanted
                    || !tokens.get(j).term().equals(phrase.get(k).stem())) {
                return -1;
            }
        }
        return j;
    }

    /** Overlapping marks become one, and so do marks joined by a hyphen: «gut-brain». */
    private static List<Range> merge(String text, List<Range> ranges) {
        ranges.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (r.start() <= last.end() || hyphenBetween(text, last.end(), r.start()))) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private static boolean hyphenBetween(String text, int from, int to) {
        return to == from + 1 && (text.charAt(from) == '-' || text.charAt(from) == '\u2010');
    }

    /** The start of the match that opens the window holding the most different matched words. */
    private static int bestWindowStart(String text, List<Range> ranges) {
        int width = SNIPPET_CHARS - CONTEXT_BEFORE;
        int best = 0;
        int bestDistinct = -1;
        int bestCount = -1;
        for (int i = 0; i < ranges.size(); i++) {
            Map<String, Integer> words = new HashMap<>();
            int j = i;
            while (j < ranges.size() && ranges.get(j).end() <= ranges.get(i).start() + width) {
                Range r = ranges.get(j);
                words.merge(text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT), 1, Integer::sum);
                j++;
            }
            int count = j - i;
            if (words.size() > bestDistinct || (words.size() == bestDistinct && count > bestCount)) {
                best = i;
                bestDistinct = words.size();
                bestCount = count;
            }
        }
        return ranges.get(best).start();
    }

    private static int indexAt(List<Range> ranges, int start) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).start() == start) {
                return i;
            }
        }
        throw new IllegalStateException("no range starts at " + start);
    }

    /** A little context before the first match: from the sentence's start if near, else a word's. */
    private static int windowStart(String text, int anchor) {
        int from = Math.max(0, anchor - CONTEXT_BEFORE);
        int sentence = text.lastIndexOf(". ", anchor);
        if (sentence >= from) {
            return skipSpace(text, sentence + 1, anchor);
        }
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            while (from < anchor && !Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        return skipSpace(text, from, anchor);
    }

    private static int skipSpace(String text, int from, int limit) {
        while (from < limit && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** About a snippet's length from {@code from}, cut between words, never before {@code minEnd}. */
    private static int windowEnd(String text, int from, int minEnd) {
        int to = from + SNIPPET_CHARS;
        if (to >= text.length()) {
            return text.length();
        }
        int space = to;
        while (space > minEnd && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        int end = space > minEnd ? space : Math.max(minEnd, to);
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static List<Snippet.Part> parts(String text, List<Range> ranges, int from, int to, boolean oneLine) {
        List<Snippet.Part> parts = new ArrayList<>();
        int at = from;
        for (Range r : ranges) {
            if (r.end() <= from || r.start() >= to) {
                continue;
            }
            int start = Math.max(r.start(), from);
            int end = Math.min(r.end(), to);
            if (start > at) {
                parts.add(part(text.substring(at, start), false, oneLine));
            }
            parts.add(part(text.substring(start, end), true, oneLine));
            at = end;
        }
        if (at < to) {
            parts.add(part(text.substring(at, to), false, oneLine));
        }
        return parts;
    }

    private static Snippet.Part part(String text, boolean matched, boolean oneLine) {
        return new Snippet.Part(oneLine ? WHITESPACE.matcher(text).replaceAll(" ") : text, matched);
    }
}
