package dev.gloss.app.article;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Selection across the text blocks of a document, made with the mouse as in any text view: press
 * and drag, double-click a word, triple-click a block. The selected text is copied one block a line.
 */
final class TextSelection {

    /** A position: a block and a character offset in it. */
    record Position(int block, int offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return block != o.block ? Integer.compare(block, o.block) : Integer.compare(offset, o.offset);
        }
    }

    private final List<TextBlock> blocks = new ArrayList<>();
    private Position anchor;
    private Position focus;

    TextSelection(Region root) {
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    void setBlocks(List<TextBlock> newBlocks) {
        clear();
        blocks.clear();
        blocks.addAll(newBlocks);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || blocks.isEmpty()) {
            return;
        }
        Position at = positionAt(e.getSceneX(), e.getSceneY());
        if (e.getClickCount() == 2) {
            selectWord(at);
        } else if (e.getClickCount() >= 3) {
            set(new Position(at.block(), 0), new Position(at.block(), blocks.get(at.block()).text().length()));
        } else if (e.isShiftDown() && anchor != null) {
            set(anchor, at);
        } else {
            set(at, at);
        }
    }

    private void dragged(MouseEvent e) {
        if (anchor == null || !e.isPrimaryButtonDown()) {
            return;
        }
        set(anchor, positionAt(e.getSceneX(), e.getSceneY()));
    }

    private void selectWord(Position at) {
        String text = blocks.get(at.block()).text();
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int offset = Math.min(at.offset(), Math.max(0, text.length() - 1));
        int end = text.isEmpty() ? 0 : words.following(offset);
        int start = text.isEmpty() ? 0 : words.previous();
        set(new Position(at.block(), Math.max(0, start)), new Position(at.block(), end == BreakIterator.DONE ? text.length() : end));
    }

    /** The block under a scene point, or the nearest one above or below it. */
    Position positionAt(double sceneX, double sceneY) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            Bounds bounds = b.localToScene(b.getLayoutBounds());
            if (bounds == null) {
                continue;
            }
            double d = sceneY < bounds.getMinY() ? bounds.getMinY() - sceneY
                    : sceneY > bounds.getMaxY() ? sceneY - bounds.getMaxY() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
            if (d == 0) {
                break;
            }
        }
        TextBlock block = blocks.get(best);
        Point2D local = block.sceneToLocal(sceneX, sceneY);
        Bounds bounds = block.getLayoutBounds();
        if (local.getY() < bounds.getMinY()) {
            return new Position(best, 0);
        }
        if (local.getY() > bounds.getMaxY()) {
            return new Position(best, block.text().length());
        }
        return new Position(best, block.offsetAt(local));
    }

    void set(Position from, Position to) {
        anchor = from;
        focus = to;
        Position start = from.compareTo(to) <= 0 ? from : to;
        Position end = from.compareTo(to) <= 0 ? to : from;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (i < start.block() || i > end.block()) {
                b.clearSelection();
                continue;
            }
            int s = i == start.block() ? start.offset() : 0;
            int t = i == end.block() ? end.offset() : b.text().length();
            b.select(s, t);
        }
    }

    void selectAll() {
        if (!blocks.isEmpty()) {
            int last = blocks.size() - 1;
            set(new Position(0, 0), new Position(last, blocks.get(last).text().length()));
        }
    }

    void clear() {
        blocks.forEach(TextBlock::clearSelection);
        anchor = null;
        focus = null;
    }

    /** The selection's start and end, in order, when something is selected. */
    java.util.Optional<Position[]> range() {
        if (anchor == null || anchor.equals(focus)) {
            return java.util.Optional.empty();
        }
        Position start = anchor.compareTo(focus) <= 0 ? anchor : focus;
        Position end = anchor.compareTo(focus) <= 0 ? focus : anchor;
        return java.util.Optional.of(new Position[] {start, end});
    }

    /**
     * The selected text, one block a line and the cells of a table's row joined by tabs, as in the
     * section's text; empty when nothing is selected.
     */
    String selectedText() {
        if (anchor == null || anchor.equals(focus)) {
            return "";
        }
        Position start = anchor.compareTo(focus) <= 0 ? anchor : focus;
        Position end = anchor.compareTo(focus) <= 0 ? focus : anchor;
        StringBuilder sb = new StringBuilder();
        for (int i = start.block(); i <= end.block(); i++) {
            String text = blocks.get(i).text();
            int s = i == start.block() ? start.offset() : 0;
            int t = i == end.block() ? end.offset() : text.length();
            if (i > start.block()) {
                sb.append(blocks.get(i).separatorBefore());
            }
            sb.append(text, Math.min(s, text.length()), Math.min(t, text.length()));
        }
        return sb.toString();
    }
}
