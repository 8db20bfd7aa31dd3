package dev.gloss.core.ingest;

import dev.gloss.core.model.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the inline text of one paragraph, heading or list item as styled runs, the way a
 * browser lays it out: any stretch of white space becomes one space, none at the start or end,
 * and neighbouring text of one style makes one run. The space between two runs of different
 * styles is plain, so that emphasis covers the words only.
 */
final class InlineRuns {
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private Run.Style pendingStyle = Run.Style.PLAIN;
    private boolean spaceWanted;
    private boolean hasText;

    void append(String text, Run.Style style) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                spaceWanted = hasText;
            } else if (!isInvisible(c)) {
                if (spaceWanted) {
                    // Inside a run of one style the space is that style's; between runs it is plain.
                    put(' ', style == pendingStyle ? style : Run.Style.PLAIN);
                    spaceWanted = false;
                }
                put(c, style);
                hasText = true;
            }
        }
    }

    /** A line break inside the paragraph: read as a space, since a paragraph is one flowing line. */
    void space() {
        spaceWanted = hasText;
    }

    boolean isEmpty() {
        return !hasText;
    }

    /** The runs gathered so far; the builder is empty afterwards. */
    List<Run> take() {
        flush();
        List<Run> result = List.copyOf(runs);
        runs.clear();
        spaceWanted = false;
        hasText = false;
        return result;
    }

    /** The text gathered so far, without styles; the builder is empty afterwards. */
    String takeText() {
        StringBuilder sb = new StringBuilder();
        for (Run run : take()) {
            sb.append(run.text());
        }
        return sb.toString();
    }

    private void put(char c, Run.Style style) {
        if (style != pendingStyle && pending.length() > 0) {
            flush();
        }
        pendingStyle = style;
        pending.append(c);
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        if (!runs.isEmpty() && runs.get(runs.size() - 1).style() == pendingStyle) {
            Run last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new Run(text, pendingStyle));
        pending.setLength(0);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters that web pages use for line-break hints and tracking. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || Character.getType(c) == Character.CONTROL;
    }
}
