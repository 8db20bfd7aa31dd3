package dev.gloss.app.tasks;

import javafx.animation.AnimationTimer;

/** Waiting for the window's frames to be painted, on the FX thread. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code action} on the FX thread at the start of the {@code pulses}-th pulse from now: an
     * animation timer runs at the start of each pulse, so at its second the first has been rendered.
     */
    public static void afterPulses(int pulses, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Runs {@code action} once the frame being prepared has been painted. */
    public static void afterNextFrame(Runnable action) {
        afterPulses(2, action);
    }
}
