package dev.gloss.core.bookmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a save shortly after changes stop: {@code quiet} after the last change, but never later than
 * {@code maxDelay} after the first unsaved one, so a steady stream of edits is still saved at least
 * that often. One daemon thread; no JavaFX, so the command line and tests use it as the window does.
 */
final class DebouncedSaver implements AutoCloseable {

    /** The save itself. */
    @FunctionalInterface
    interface Save {
        void run() throws IOException;
    }

    private final Duration quiet;
    private final Duration maxDelay;
    private final Save save;
    private final Consumer<IOException> onFailure;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> pending;
    private long firstUnsavedNanos;
    private long scheduled;
    private boolean closed;

    DebouncedSaver(Duration quiet, Duration maxDelay, Save save, Consumer<IOException> onFailure) {
        if (quiet.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("the quiet period cannot exceed the longest delay");
        }
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.save = save;
        this.onFailure = onFailure;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gloss-bookmarks-saver");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Something changed: (re)schedules the save. */
    synchronized void changed() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (pending == null) {
            firstUnsavedNanos = now;
        } else {
            pending.cancel(false);
        }
        long deadline = Math.min(now + quiet.toNanos(), firstUnsavedNanos + maxDelay.toNanos());
        long ticket = ++scheduled;
        pending = executor.schedule(() -> runScheduled(ticket), Math.max(0, deadline - now), TimeUnit.NANOSECONDS);
    }

    /** Saves now, on the calling thread, instead of waiting. */
    void flush() throws IOException {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        save.run();
    }

    /** Saves what is pending and stops the thread. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        try {
            flush();
        } finally {
            executor.shutdown();
        }
    }

    private void runScheduled(long ticket) {
        synchronized (this) {
            // A change may have scheduled a newer save while this one was starting: leave that one be.
            if (ticket == scheduled) {
                pending = null;
            }
        }
        try {
            save.run();
        } catch (IOException e) {
            onFailure.accept(e);
        } catch (RuntimeException e) {
            onFailure.accept(new IOException(e.getMessage(), e));
        }
    }
}
