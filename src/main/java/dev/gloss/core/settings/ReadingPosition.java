package dev.gloss.core.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the reader was in an article and how far they have read it. {@code scroll} is how far down
 * the view was, as a fraction of the scrollable height (0 at the top, 1 at the bottom);
 * {@code sectionId} the section at the top of the view and {@code offset} the character of that
 * section's text at the top of the view (-1 when the view was above the section's text: at the
 * article's title or the section's heading), which survive a change of zoom, font or window width
 * better than the fraction does. {@code furthest} is the largest part of the article that has been
 * on screen, from 0 to 1: what the library shows as the article's progress.
 */
public record ReadingPosition(double scroll, Optional<String> sectionId, int offset, double furthest) {
    /** From this part on, an article counts as read to the end. */
    public static final double FINISHED = 0.99;

    public ReadingPosition {
        scroll = unit(scroll);
        Objects.requireNonNull(sectionId, "sectionId");
        offset = Math.max(-1, offset);
        furthest = unit(furthest);
    }

    /** A position saved by an earlier version: a section only. */
    public ReadingPosition(double scroll, Optional<String> sectionId) {
        this(scroll, sectionId, -1, 0);
    }

    public static ReadingPosition of(double scroll, String sectionId) {
        return new ReadingPosition(scroll, Optional.ofNullable(sectionId));
    }

    /** Whether the reader has seen the article's end. */
    public boolean finished() {
        return furthest >= FINISHED;
    }

    /** This position moved to {@code now}, keeping the furthest point reached. */
    public ReadingPosition movedTo(ReadingPosition now) {
        return new ReadingPosition(now.scroll, now.sectionId, now.offset, Math.max(furthest, now.furthest));
    }

    private static double unit(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
    }
}
