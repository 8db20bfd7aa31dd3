package dev.gloss.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of inline text with one look: its marks (strong, emphasis, code...) and, for the text
 * of a link, where the link goes ({@code null} for none). A line break inside a paragraph is a run
 * whose text is {@code "\n"}.
 */
public record Run(String text, Set<Mark> marks, String link) {

    /** The inline marks a run can carry, any number at once. */
    public enum Mark { STRONG, EMPHASIS, CODE, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT }

    public Run {
        Objects.requireNonNull(text, "text");
        marks = marks == null || marks.isEmpty() ? Set.of() : Set.copyOf(marks);
        link = link == null || link.isBlank() ? null : link;
    }

    public Run(String text, Set<Mark> marks) {
        this(text, marks, null);
    }

    public static Run plain(String text) {
        return new Run(text, Set.of(), null);
    }

    public static Run strong(String text) {
        return new Run(text, Set.of(Mark.STRONG), null);
    }

    public static Run emphasis(String text) {
        return new Run(text, Set.of(Mark.EMPHASIS), null);
    }

    public static Run code(String text) {
        return new Run(text, Set.of(Mark.CODE), null);
    }

    public static Run link(String text, String target) {
        return new Run(text, Set.of(), target);
    }

    public static Run lineBreak() {
        return new Run("\n", Set.of(), null);
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    public boolean isPlain() {
        return marks.isEmpty() && link == null;
    }

    /** The same look with other text. */
    public Run withText(String newText) {
        return new Run(newText, marks, link);
    }

    /** Whether two runs look alike, so that they can be one run. */
    public boolean sameLook(Run other) {
        return marks.equals(other.marks) && Objects.equals(link, other.link);
    }

    /** The marks as a set that can be changed, for builders. */
    public EnumSet<Mark> markSet() {
        return marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    }
}
