package dev.gloss.core.settings;

/** Where the main window was and how large, in screen coordinates; the bounds before maximising if maximized. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Bounds a window can be given: finite, and not smaller than a usable window. */
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= 200 && height >= 150;
    }
}
