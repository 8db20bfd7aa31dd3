package dev.gloss.app.article;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

import java.util.ArrayList;
import java.util.List;

/** Turns the boxes of {@code TextFlow.rangeShape} into thin bars along their bottom edges. */
final class Underlines {
    private static final double THICKNESS = 1.2;

    private Underlines() {
    }

    static List<PathElement> of(List<PathElement> boxes) {
        List<PathElement> out = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean open = false;
        for (PathElement e : boxes) {
            if (e instanceof MoveTo m) {
                if (open) {
                    bar(out, minX, maxX, maxY);
                }
                minX = maxX = m.getX();
                maxY = m.getY();
                open = true;
            } else if (e instanceof LineTo l) {
                minX = Math.min(minX, l.getX());
                maxX = Math.max(maxX, l.getX());
                maxY = Math.max(maxY, l.getY());
            }
        }
        if (open) {
            bar(out, minX, maxX, maxY);
        }
        return out;
    }

    private static void bar(List<PathElement> out, double minX, double maxX, double y) {
        double top = y - THICKNESS - 1;
        out.add(new MoveTo(minX, top));
        out.add(new LineTo(maxX, top));
        out.add(new LineTo(maxX, top + THICKNESS));
        out.add(new LineTo(minX, top + THICKNESS));
        out.add(new ClosePath());
    }
}
