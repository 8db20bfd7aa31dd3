package dev.gloss.app.article;

import javafx.scene.paint.Color;

/** WCAG 2 contrast: relative luminance of sRGB colours, and the ratio of two, (L1 + 0.05) / (L2 + 0.05). */
final class Contrast {
    private Contrast() {
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A colour as seen drawn over an opaque background, with its own opacity and the node's. */
    static Color over(Color top, double nodeOpacity, Color background) {
        double a = top.getOpacity() * nodeOpacity;
        return Color.color(top.getRed() * a + background.getRed() * (1 - a),
                top.getGreen() * a + background.getGreen() * (1 - a),
                top.getBlue() * a + background.getBlue() * (1 - a));
    }
}
