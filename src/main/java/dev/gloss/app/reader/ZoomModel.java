package dev.gloss.app.reader;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The reading text's zoom, in steps of 10 % between 50 % and 300 %. */
public final class ZoomModel {
    public static final double MIN = dev.gloss.core.settings.Settings.MIN_ZOOM;
    public static final double MAX = dev.gloss.core.settings.Settings.MAX_ZOOM;
    private static final double STEP = 0.1;
    private final ReadOnlyDoubleWrapper factor = new ReadOnlyDoubleWrapper(this, "factor", 1.0);

    public void zoomIn() {
        set(factor.get() + STEP);
    }

    public void zoomOut() {
        set(factor.get() - STEP);
    }

    public void reset() {
        set(1.0);
    }

    public void set(double value) {
        double clamped = Math.max(MIN, Math.min(MAX, value));
        factor.set(Math.round(clamped * 10) / 10.0);
    }

    public double get() {
        return factor.get();
    }

    public ReadOnlyDoubleProperty factorProperty() {
        return factor.getReadOnlyProperty();
    }

    public String percent() {
        return Math.round(factor.get() * 100) + " %";
    }
}
