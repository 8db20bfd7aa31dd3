package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebouncedSaverTest {

    @Test
    void aBurstOfChangesIsSavedOnceAfterItStops() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        try (DebouncedSaver saver = new DebouncedSaver(Duration.ofMillis(100), Duration.ofSeconds(1),
                saves::incrementAndGet, e -> { })) {
            for (int i = 0; i < 20; i++) {
                saver.changed();
            }
            Thread.sleep(400);
            assertEquals(1, saves.get());
        }
    }

    @Test
    void aSteadyStreamOfChangesIsStillSavedWithinTheLongestDelay() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        try (DebouncedSaver saver = new DebouncedSaver(Duration.ofMillis(200), Duration.ofMillis(500),
                saves::incrementAndGet, e -> { })) {
            long start = System.nanoTime();
            // A change every 50 ms never leaves 200 ms of quiet: only the cap makes it save.
            while (System.nanoTime() - start < Duration.ofMillis(1_300).toNanos()) {
                saver.changed();
                Thread.sleep(50);
            }
            assertTrue(saves.get() >= 2, "saved " + saves.get() + " times in 1.3 s of changes");
        }
    }

    @Test
    void closeSavesWhatIsPendingAtOnce() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        DebouncedSaver saver = new DebouncedSaver(Duration.ofSeconds(1), Duration.ofSeconds(1),
                saves::incrementAndGet, e -> { });
        saver.changed();
        saver.close();
        assertEquals(1, saves.get());
        Thread.sleep(1_200);
        assertEquals(1, saves.get(), "the cancelled scheduled save does not run later");
    }
}
