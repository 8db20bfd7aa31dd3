package dev.gloss.core.concurrent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The saver's timing, on a schedule whose time moves only when the test says so. */
class DebouncedSaverTest {
    private final ManualSchedule time = new ManualSchedule();
    private final AtomicInteger saves = new AtomicInteger();

    private DebouncedSaver saver(Duration quiet, Duration maxDelay) {
        return new DebouncedSaver(quiet, maxDelay, saves::incrementAndGet, e -> { }, time);
    }

    @Test
    void aBurstOfChangesIsSavedOnceAfterItStops() throws Exception {
        try (DebouncedSaver saver = saver(Duration.ofMillis(100), Duration.ofSeconds(1))) {
            for (int i = 0; i < 20; i++) {
                saver.changed();
                time.advance(Duration.ofMillis(2));
            }
            // The last change was at 38 ms; it is 40 ms now.
            time.advance(Duration.ofMillis(97));
            assertEquals(0, saves.get(), "not before 100 ms of quiet");
            time.advance(Duration.ofMillis(1));
            assertEquals(1, saves.get());
            time.advance(Duration.ofSeconds(5));
            assertEquals(1, saves.get(), "saved once");
        }
    }

    @Test
    void aSteadyStreamOfChangesIsStillSavedWithinTheLongestDelay() throws Exception {
        try (DebouncedSaver saver = saver(Duration.ofMillis(200), Duration.ofMillis(500))) {
            // A change every 50 ms never leaves 200 ms of quiet: only the cap makes it save.
            for (int ms = 0; ms < 1_300; ms += 50) {
                saver.changed();
                time.advance(Duration.ofMillis(50));
                if (ms + 50 == 500) {
                    assertEquals(1, saves.get(), "saved at the cap, 500 ms after the first change");
                }
            }
            assertTrue(saves.get() >= 2, "saved " + saves.get() + " times in 1.3 s of changes");
        }
    }

    @Test
    void closeSavesWhatIsPendingAtOnceAndStopsItsSchedule() throws Exception {
        DebouncedSaver saver = saver(Duration.ofSeconds(1), Duration.ofSeconds(1));
        saver.changed();
        saver.close();
        assertEquals(1, saves.get());
        assertTrue(time.isClosed(), "the saver's thread is stopped with it");
        time.advance(Duration.ofSeconds(2));
        assertEquals(1, saves.get(), "the cancelled scheduled save does not run later");
    }

    @Test
    void aChangeAfterCloseSchedulesNothing() throws Exception {
        DebouncedSaver saver = saver(Duration.ofMillis(100), Duration.ofSeconds(1));
        saver.close();
        saver.changed();
        time.advance(Duration.ofSeconds(2));
        assertEquals(1, saves.get(), "only the save of close itself");
    }
}
