package dev.gloss.core.bookmarks;

import java.util.Optional;

/**
 * Quotes and their surroundings: what a new bookmark saves, and how a saved quote is found again
 * in a section's text. When a quote occurs more than once, the saved context decides.
 */
final class Passages {
    /** Enough text either side to tell two occurrences of a short quote apart. */
    static final int CONTEXT_CHARS = 80;
    /** A whole-section bookmark keeps this much of the section's opening, to find a renamed section. */
    static final int OPENING_CHARS = 160;

    private Passages() {
    }

    static String before(String text, TextRange range) {
        int from = Math.max(0, range.start() - CONTEXT_CHARS);
        String s = text.substring(from, range.start());
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            s = dropPartialWordAtStart(s);
        }
        return s.strip();
    }

    static String after(String text, TextRange range, int length) {
        int to = Math.min(text.length(), range.end() + length);
        String s = text.substring(range.end(), to);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            s = dropPartialWordAtEnd(s);
        }
        return s.strip();
    }

    static String opening(String text) {
        return after(text, new TextRange(0, 0), OPENING_CHARS).strip();
    }

    /** A match of a quote in a text, and how well the saved context agrees with what surrounds it. */
    record Match(TextRange range, int contextScore) {
    }

    /** The occurrence of {@code quote} in {@code text} whose surroundings best agree with the saved context. */
    static Optional<Match> find(String text, String quote, String contextBefore, String contextAfter) {
        return find(NormalizedText.of(text), quote, contextBefore, contextAfter);
    }

    static Optional<Match> find(NormalizedText hay, String quote, String contextBefore, String contextAfter) {
        String needle = NormalizedText.normalize(quote);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        String before = NormalizedText.normalize(contextBefore);
        String after = NormalizedText.normalize(contextAfter);
        Match best = null;
        for (int at : hay.indexesOf(needle)) {
            int end = at + needle.length();
            int score = commonSuffix(hay.text().substring(0, at).stripTrailing(), before)
                    + commonPrefix(hay.text().substring(end).stripLeading(), after);
            if (best == null || score > best.contextScore()) {
                best = new Match(hay.originalRange(at, end), score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static String dropPartialWordAtStart(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(i + 1);
            }
        }
        return "";
    }

    private static String dropPartialWordAtEnd(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return "";
    }
}
