package dev.gloss.core.concurrent;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a save shortly after changes stop: {@code quiet} after the last change, but never later than
 * {@code maxDelay} after the first unsaved one, so a steady stream of edits is still saved at least
 * that often. One daemon thread; no JavaFX, so the command line and tests use it as the window does.
 * The bookmarks and the settings save through it.
 */
public final class DebouncedSaver implements AutoCloseable {

    /** The save itself. */
    @FunctionalInterface
    public interface Save {
        void run() throws IOException;
    }

    private final Duration quiet;
    private final Duration maxDelay;
    private final Save save;
    private final Consumer<IOException> onFailure;
    private final Schedule schedule;
    private Future<?> pending;
    private long firstUnsavedNanos;
    private long scheduled;
    private boolean closed;

    /**
     * Where the time comes from and where a save waits for it: a daemon thread and the system's
     * clock in use; tests give their own, whose time moves only when they move it.
     */
    public interface Schedule extends AutoCloseable {
        long nanoTime();

        Future<?> schedule(Runnable task, long delayNanos);

        @Override
        void close();

        /** One daemon thread named {@code name} that runs the saves. */
        static Schedule ofDaemonThread(String name) {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
            return new Schedule() {
                @Override
                public long nanoTime() {
                    return System.nanoTime();
                }

                @Override
                public Future<?> schedule(Runnable task, long delayNanos) {
                    return executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
                }

                @Override
                public void close() {
                    executor.shutdown();
                }
            };
        }
    }

    public DebouncedSaver(Duration quiet, Duration maxDelay, Save save, Consumer<IOException> onFailure, Schedule schedule) {
        if (quiet.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("the quiet period cannot exceed the longest delay");
        }
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.save = save;
        this.onFailure = onFailure;
        this.schedule = schedule;
    }

    /** Something changed: (re)schedules the save. */
    public synchronized void changed() {
        if (closed) {
            return;
        }
        long now = schedule.nanoTime();
        if (pending == null) {
            firstUnsavedNanos = now;
        } else {
            pending.cancel(false);
        }
        long deadline = Math.min(now + quiet.toNanos(), firstUnsavedNanos + maxDelay.toNanos());
        long ticket = ++scheduled;
        pending = schedule.schedule(() -> runScheduled(ticket), Math.max(0, deadline - now));
    }

    /** Saves now, on the calling thread, instead of waiting. */
    public void flush() throws IOException {
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
            schedule.close();
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
