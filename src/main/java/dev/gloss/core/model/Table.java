package dev.gloss.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of data: rows of cells of inline text, the first {@code headerRows} of them the header,
 * and each column's alignment ({@code alignments} may be shorter than a row: the rest are LEFT).
 */
public record Table(List<List<List<Run>>> rows, int headerRows, List<Align> alignments) implements Block {

    /** How a column's cells are aligned. */
    public enum Align { LEFT, CENTER, RIGHT }

    public Table {
        rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        alignments = List.copyOf(alignments);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one row");
        }
        headerRows = Math.max(0, Math.min(headerRows, rows.size()));
    }

    public int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    public Align alignment(int column) {
        return column < alignments.size() ? alignments.get(column) : Align.LEFT;
    }

    /** Each row's cell texts, header first. */
    public List<List<String>> cellTexts() {
        return rows.stream().map(r -> r.stream().map(Runs::text).toList()).toList();
    }

    @Override
    public List<TextUnit> units() {
        List<TextUnit> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TextUnit.Kind kind = r < headerRows ? TextUnit.Kind.TABLE_HEADER : TextUnit.Kind.TABLE_CELL;
            List<List<Run>> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                out.add(new TextUnit(row.get(c), kind, c > 0));
            }
        }
        return out;
    }
}
