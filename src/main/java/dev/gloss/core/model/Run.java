package dev.gloss.core.model;

import java.util.Objects;

/** A stretch of inline text with one style. */
public record Run(String text, Style style) {

    public enum Style { PLAIN, STRONG, EMPHASIS }

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static Run plain(String text) {
        return new Run(text, Style.PLAIN);
    }

    public static Run strong(String text) {
        return new Run(text, Style.STRONG);
    }

    public static Run emphasis(String text) {
        return new Run(text, Style.EMPHASIS);
    }
}
