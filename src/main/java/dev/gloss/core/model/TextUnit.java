package dev.gloss.core.model;

import java.util.List;

/**
 * One stretch of a block's text that reads as a line of its own: a paragraph, a list item's
 * paragraph, a table cell, a code block, a caption. {@code kind} says what it is, so that a
 * consumer can, for example, leave code out of the glossary's marks. {@code sameRow} is set for a
 * table cell after the first of its row: it is joined to the one before by a tab, not a line break.
 */
public record TextUnit(List<Run> runs, Kind kind, boolean sameRow) {

    /** What a unit of text is. */
    public enum Kind { PROSE, CODE, MATH, CAPTION, TABLE_CELL, TABLE_HEADER }

    public TextUnit {
        runs = List.copyOf(runs);
    }

    public static TextUnit prose(List<Run> runs) {
        return new TextUnit(runs, Kind.PROSE, false);
    }

    public String text() {
        return Runs.text(runs);
    }

    /** Whether the glossary and other readers of prose should look inside this unit. */
    public boolean isProse() {
        return kind != Kind.CODE && kind != Kind.MATH;
    }

    /** The separator put before this unit when it follows another. */
    public char separator() {
        return sameRow ? '\t' : '\n';
    }

    /** Units joined, one separator character between two. */
    public static String join(List<TextUnit> units) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                sb.append(units.get(i).separator());
            }
            for (Run r : units.get(i).runs()) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }
}
