package dev.gloss.core.bookmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Text compared the way a reader would: case, runs of white space, typographic quotes and dashes,
 * and soft hyphens do not matter. It remembers where each of its characters came from, so a
 * match found here is a range of the original text.
 */
final class NormalizedText {
    private final String text;
    private final int[] startInOriginal;
    private final int[] endInOriginal;

    private NormalizedText(String text, int[] startInOriginal, int[] endInOriginal) {
        this.text = text;
        this.startInOriginal = startInOriginal;
        this.endInOriginal = endInOriginal;
    }

    static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length()];
        int[] ends = new int[original.length()];
        boolean pendingSpace = false;
        int spaceStart = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!pendingSpace) {
                    spaceStart = i;
                }
                pendingSpace = true;
                continue;
            }
            if (c == '\u00AD') {
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                starts[out.length()] = spaceStart;
                ends[out.length()] = i;
                out.append(' ');
            }
            pendingSpace = false;
            starts[out.length()] = i;
            ends[out.length()] = i + 1;
            out.append(fold(c));
        }
        return new NormalizedText(out.toString(), starts, ends);
    }

    /** The normalised form of a string, for comparisons. */
    static String normalize(String s) {
        return of(s).text;
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Where {@code needle} (already normalised) starts in this text, every time it occurs. */
    List<Integer> indexesOf(String needle) {
        List<Integer> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** Every place where {@code needle} (already normalised) occurs, as ranges of the original text. */
    List<TextRange> find(String needle) {
        List<TextRange> found = new ArrayList<>();
        for (int at : indexesOf(needle)) {
            found.add(originalRange(at, at + needle.length()));
        }
        return found;
    }

    /** The range of the original text that the normalised characters {@code from..to} came from. */
    TextRange originalRange(int from, int to) {
        return new TextRange(startInOriginal[from], endInOriginal[to - 1]);
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032', '`' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u2033' -> {
                return '"';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            default -> {
                return Character.toLowerCase(c);
            }
        }
    }
}
