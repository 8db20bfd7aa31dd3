package dev.gloss.core.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the reader was in an article: how far down, as a fraction of the scrollable height (0 at
 * the top, 1 at the bottom), and the section being read, which survives a change of zoom or
 * window width better than the fraction does.
 */
public record ReadingPosition(double scroll, Optional<String> sectionId) {

    public ReadingPosition {
        scroll = Double.isFinite(scroll) ? Math.max(0, Math.min(1, scroll)) : 0;
        Objects.requireNonNull(sectionId, "sectionId");
    }

    public static ReadingPosition of(double scroll, String sectionId) {
        return new ReadingPosition(scroll, Optional.ofNullable(sectionId));
    }
}
