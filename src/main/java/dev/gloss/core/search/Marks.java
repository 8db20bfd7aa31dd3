package dev.gloss.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marked stretches of a text, and the snippet around the densest run of them. The marks come
 * either from the index (the offsets of what a query matched) or from reading a text again.
 */
final class Marks {

    static final int SNIPPET_CHARS = 200;
    private static final int CONTEXT_BEFORE = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A marked stretch [start, end) of a text. */
    record Range(int start, int end) {
    }

    private Marks() {
    }

    /** Sorted, with overlapping marks made one, and marks joined by a hyphen too: «gut-brain». */
    static List<Range> merge(String text, List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            if (r.start() < 0 || r.end() > text.length() || r.end() <= r.start()) {
                continue;
            }
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

    /** The whole text in parts, marked or not; {@code ranges} as {@link #merge} leaves them. */
    static List<Snippet.Part> parts(String text, List<Range> ranges) {
        return parts(text, ranges, 0, text.length(), false);
    }

    /**
     * About {@value #SNIPPET_CHARS} characters of {@code text} on one line, around the window that
     * holds the most different marked words, cut between words, with "…" where text is left out.
     */
    static Snippet snippet(String text, List<Range> ranges) {
        int anchor = ranges.isEmpty() ? -1 : bestWindow(text, ranges);
        int from = anchor < 0 ? 0 : windowStart(text, ranges.get(anchor).start());
        int to = windowEnd(text, from, anchor < 0 ? 0 : ranges.get(anchor).end());
        List<Snippet.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Snippet.Part("…", false));
        }
        parts.addAll(parts(text, ranges, from, to, true));
        if (to < text.length()) {
            parts.add(new Snippet.Part("…", false));
        }
        return new Snippet(parts);
    }

    /** The index of the mark that opens the window with the most different marked words. */
    private static int bestWindow(String text, List<Range> ranges) {
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
            int count = Math.max(1, j - i);
            if (words.size() > bestDistinct || (words.size() == bestDistinct && count > bestCount)) {
                best = i;
                bestDistinct = words.size();
                bestCount = count;
            }
        }
        return best;
    }

    /** A little context before the first mark: from its sentence's start if near, else a word's. */
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
