package dev.gloss.core.bookmarks;

/** A span of a section's {@code plainText()}: {@code start} inclusive, {@code end} exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
