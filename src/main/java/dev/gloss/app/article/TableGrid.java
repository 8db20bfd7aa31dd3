package dev.gloss.app.article;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table laid out in rows and columns: a column as wide as its widest cell (a cell's
 * maximum width caps it, so long text wraps), a row as tall as its tallest cell at those widths.
 * Unlike GridPane, which looks through every child for each row, this takes one pass over the
 * cells, so that a table of thousands of rows lays out in time proportional to its size. The
 * later rows of a long table are grids of their own that follow the first one's column widths:
 * adding rows then lays out the new rows only, not the whole table again.
 */
final class TableGrid extends Region {
    private final List<int[]> positions = new ArrayList<>();
    private final List<Node> cells = new ArrayList<>();
    private final TableGrid leader;
    private final List<TableGrid> followers = new ArrayList<>();
    private double[] widths = new double[0];
    private double[] heights = new double[0];

    TableGrid() {
        this(null);
    }

    /** A grid of later rows, with the columns of {@code leader} (null for a table's first grid). */
    TableGrid(TableGrid leader) {
        this.leader = leader;
        getStyleClass().add("table-grid");
        if (leader != null) {
            getStyleClass().add("table-grid-continued");
            leader.followers.add(this);
        }
    }


    void add(Node cell, int column, int row) {
        addAll(List.of(cell), List.of(new int[] {column, row}));
    }

    void addAll(List<? extends Node> added, List<int[]> at) {
        cells.addAll(added);
        positions.addAll(at);
        getChildren().addAll(added);
    }

    int cellCount() {
        return cells.size();
    }

    /** The rows this grid holds. */
    int rowCount() {
        int rows = 0;
        for (int[] p : positions) {
            rows = Math.max(rows, p[1] + 1);
        }
        return rows;
    }

    /** The cells of this grid and of the grids that follow it. */
    int tableCellCount() {
        return cells.size() + followers.stream().mapToInt(TableGrid::cellCount).sum();
    }

    private void measure() {
        int columns = 0;
        int rows = 0;
        for (int[] p : positions) {
            columns = Math.max(columns, p[0] + 1);
            rows = Math.max(rows, p[1] + 1);
        }
        double[] before = widths;
        heights = new double[rows];
        if (leader != null) {
            // The first grid's widths as it last laid out; it tells its followers when they change.
            if (leader.widths.length == 0) {
                leader.measure();
            }
            widths = java.util.Arrays.copyOf(leader.widths, Math.max(columns, leader.widths.length));
        } else {
            widths = new double[columns];
            for (int i = 0; i < cells.size(); i++) {
                Node cell = cells.get(i);
                double w = Math.max(cell.minWidth(-1), Math.min(cell.prefWidth(-1), cell.maxWidth(-1)));
                int c = positions.get(i)[0];
                widths[c] = Math.max(widths[c], Math.ceil(w));
            }
            if (!java.util.Arrays.equals(before, widths)) {
                followers.forEach(TableGrid::requestLayout);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Node cell = cells.get(i);
            int[] p = positions.get(i);
            heights[p[1]] = Math.max(heights[p[1]], Math.ceil(cell.prefHeight(widths[p[0]])));
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    @Override
    public Orientation getContentBias() {
        return null;
    }

    @Override
    protected double computePrefWidth(double height) {
        measure();
        return snappedLeftInset() + sum(widths) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        measure();
        return snappedTopInset() + sum(heights) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        measure();
        double[] xs = new double[widths.length];
        double x = snappedLeftInset();
        for (int c = 0; c < widths.length; c++) {
            xs[c] = x;
            x += widths[c];
        }
        double[] ys = new double[heights.length];
        double y = snappedTopInset();
        for (int r = 0; r < heights.length; r++) {
            ys[r] = y;
            y += heights[r];
        }
        for (int i = 0; i < cells.size(); i++) {
            int[] p = positions.get(i);
            Node cell = cells.get(i);
            cell.resizeRelocate(xs[p[0]], ys[p[1]], widths[p[0]], heights[p[1]]);
        }
    }
}
