package dev.gloss.app.tasks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class BackgroundTest {

    @Test
    void aTaskHandsItsResultOrItsFailureToWhatWasSaid() {
        List<String> seen = new ArrayList<>();
        Background here = Background.sameThread();
        here.task(() -> "read").onSuccess(seen::add).onError(e -> seen.add("failed")).start();
        here.task(() -> {
            throw new IOException("disk full");
        }).onSuccess(r -> seen.add("read")).onError(e -> seen.add(e.getMessage())).start();
        assertEquals(List.of("read", "disk full"), seen);
    }

    @Test
    void closingStopsTheWorkersAndTheSeparateOnesMadeFromThem() throws Exception {
        Background.Threads pool = (Background.Threads) Background.threads("gloss-test", 2);
        Background search = pool.separate("gloss-test-search");
        CountDownLatch ran = new CountDownLatch(2);
        pool.run(() -> { ran.countDown(); return null; }, r -> { }, e -> { });
        search.run(() -> { ran.countDown(); return null; }, r -> { }, e -> { });
        assertTrue(ran.await(30, TimeUnit.SECONDS));

        pool.close();
        assertTrue(pool.awaitStopped(30, TimeUnit.SECONDS));
        assertFalse(outlived("gloss-test"), "a worker thread outlived close()");

        AtomicBoolean ranAfterClose = new AtomicBoolean();
        search.run(() -> { ranAfterClose.set(true); return null; }, r -> { }, e -> { });
        pool.run(() -> { ranAfterClose.set(true); return null; }, r -> { }, e -> { });
        pool.close();
        assertFalse(ranAfterClose.get());
        Background later = pool.separate("gloss-test-later");
        later.run(() -> { ranAfterClose.set(true); return null; }, r -> { }, e -> { });
        assertFalse(ranAfterClose.get(), "a worker made after close still ran work");
    }

    /**
     * Whether a thread named {@code prefix}… is still alive once every such thread has been given
     * up to 30 seconds to end: a pool that terminated has threads that are still leaving their run.
     */
    public static boolean outlived(String prefix) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
        }
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(prefix) && t.isAlive());
    }
}
