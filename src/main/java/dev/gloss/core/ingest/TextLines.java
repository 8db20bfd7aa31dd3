package dev.gloss.core.ingest;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a text, as {@code text.split("\n", -1)} gives them, kept as where each one starts:
 * a line's string is made only when it is asked for, so that a file of millions of short lines is
 * one string and one array of offsets while it is read, not millions of strings held at once.
 */
final class TextLines extends AbstractList<String> implements RandomAccess {
    private final String text;
    /** Where line i starts; line i ends just before the line break before {@code starts[i + 1]}. */
    private final int[] starts;
    private final int size;

    private TextLines(String text, int[] starts, int size) {
        this.text = text;
        this.starts = starts;
        this.size = size;
    }

    static TextLines of(String text) {
        int[] starts = new int[16];
        int size = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[size++] = at + 1;
        }
        return new TextLines(text, starts, size);
    }

    @Override
    public String get(int index) {
        return text.substring(starts[index], end(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether line {@code index} is empty or white space only, told without making its string. */
    boolean isBlank(int index) {
        for (int i = starts[index], end = end(index); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text the lines are of. */
    String text() {
        return text;
    }

    /** Where line {@code index} starts in the text. */
    int start(int index) {
        return starts[index];
    }

    /** Where line {@code index} ends in the text, its line break not included. */
    int end(int index) {
        return index + 1 < size ? starts[index + 1] - 1 : text.length();
    }
}
