package dev.gloss.core.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * A schedule whose time moves only when a test moves it: what is due runs on the test's thread,
 * in order, so a test says "half a second later" instead of sleeping and hoping.
 */
public final class ManualSchedule implements DebouncedSaver.Schedule {
    private record Task(long due, long order, FutureTask<Void> future) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;
    private boolean closed;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized FutureTask<Void> schedule(Runnable task, long delayNanos) {
        FutureTask<Void> future = new FutureTask<>(task, null);
        tasks.add(new Task(now + delayNanos, order++, future));
        return future;
    }

    /** Moves time on by {@code step}, running every task that falls due on the way. */
    public void advance(Duration step) {
        long until;
        synchronized (this) {
            until = now + step.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due() <= until)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.due());
            }
            next.future().run();
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }
}
