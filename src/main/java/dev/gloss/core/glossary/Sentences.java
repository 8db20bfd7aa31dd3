package dev.gloss.core.glossary;

/**
 * Finds the sentence around a stretch of text: from the end of the previous sentence (".", "!"
 * or "?" followed by a space, possibly after a closing quote, or a line break) to the end of this
 * one. Long run-on text is cut to a window around the mention at word boundaries.
 */
final class Sentences {
    static final int MAX_LENGTH = 400;

    /** A sentence: offsets into the text. */
    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static Span around(String text, int from, int to) {
        int start = from;
        while (start > 0 && !endsSentenceBefore(text, start)) {
            start--;
        }
        int end = to;
        while (end < text.length() && !endsSentenceBefore(text, end)) {
            end++;
        }
        while (start < from && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > to && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return clip(text, start, end, from, to);
    }

    /** Whether a sentence ends just before {@code i}: a line break, or end punctuation then a space. */
    private static boolean endsSentenceBefore(String text, int i) {
        char previous = text.charAt(i - 1);
        if (previous == '\n') {
            return true;
        }
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && "”\")’'".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return ".!?".indexOf(text.charAt(j)) >= 0;
    }

    private static Span clip(String text, int start, int end, int from, int to) {
        if (end - start <= MAX_LENGTH) {
            return new Span(start, end);
        }
        int room = Math.max(0, MAX_LENGTH - (to - from)) / 2;
        int s = Math.max(start, from - room);
        int e = Math.min(end, to + room);
        while (s > start && s < from && !Character.isWhitespace(text.charAt(s - 1))) {
            s++;
        }
        while (e < end && e > to && !Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        return new Span(s, e);
    }
}
