package dev.gloss.app.tasks;

import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The window's only way to do slow
 * things; tests use {@link #sameThread()} so that results arrive before the next line.
 *
 * <p>Whoever makes a {@code Background} owns its threads and closes it: closing stops the workers
 * of this one and of every {@link #separate} worker made from it once the work already given to
 * them is done (closing what they hold, such as an index on disk, is such work), takes no more,
 * and drops results that have not been handed back yet.
 *
 * <p>Work reads as one sentence:
 * <pre>{@code background.task(() -> load(file)).onSuccess(this::show).onError(this::complain).start();}</pre>
 */
public interface Background extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /** Starts describing work to run here; nothing runs until {@link Task#start()}. */
    default <T> Task<T> task(Callable<T> work) {
        return new Task<>(this, work);
    }

    /**
     * A worker of the same kind for work that must not queue behind this one's (search behind
     * topics and glossary): a thread of its own for threads, the same thread for {@link #sameThread}.
     * Closed with this one.
     */
    default Background separate(String name) {
        return this;
    }

    /** Stops the workers once the work already given is done; no more is taken. Closing twice does nothing. */
    @Override
    default void close() {
    }

    /** Daemon worker threads named {@code name-N}; results come back through Platform.runLater. */
    static Background threads(String name, int threads) {
        return new Threads(name, threads);
    }

    /** Runs the work at once on the calling thread. */
    static Background sameThread() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }

    /**
     * Work to run in the background and what to do with its result on the FX thread. Without
     * {@link #onError} a failure is dropped; say what a failure means to the reader wherever it
     * can happen.
     */
    final class Task<T> {
        private final Background background;
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<? super Throwable> onError = error -> { };

        private Task(Background background, Callable<T> work) {
            this.background = background;
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<? super T> then) {
            this.onSuccess = then;
            return this;
        }

        public Task<T> onError(Consumer<? super Throwable> then) {
            this.onError = then;
            return this;
        }

        public void start() {
            background.run(work, onSuccess, onError);
        }
    }

    /** A fixed pool of daemon threads, and the separate workers made from it. */
    final class Threads implements Background {
        private final String name;
        private final ExecutorService executor;
        private final List<Threads> separate = new CopyOnWriteArrayList<>();
        private volatile boolean closed;

        private Threads(String name, int threads) {
            this.name = name;
            AtomicInteger count = new AtomicInteger();
            this.executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, name + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public Background separate(String other) {
            // Named after this one too ("gloss-library/gloss-search-1"), so a thread says whose it is.
            Threads worker = new Threads(name + "/" + other, 1);
            separate.add(worker);
            if (closed) {
                worker.close();
            }
            return worker;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
            if (closed) {
                return;
            }
            try {
                executor.execute(() -> {
                    try {
                        T result = work.call();
                        handBack(() -> onSuccess.accept(result));
                    } catch (Throwable e) {
                        handBack(() -> onError.accept(e));
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
                // Closed between the check and the hand-over: the work is dropped, as after close.
            }
        }

        private void handBack(Runnable onFx) {
            if (!closed) {
                Platform.runLater(() -> {
                    if (!closed) {
                        onFx.run();
                    }
                });
            }
        }

        /**
         * Stops every worker once the work already given to it is done (never interrupted: an index
         * being written finishes its file, an index asked to close closes), dropping the results.
         * Does not wait, so that Quit never blocks the FX thread; the threads are daemons.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            separate.forEach(Threads::close);
            executor.shutdown();
        }

        /** Waits until every worker thread of this and its separate workers has ended (for tests and Quit's last step). */
        public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            for (Threads worker : separate) {
                if (!worker.awaitStopped(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
            return executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }

        @Override
        public String toString() {
            return "Background " + name + (closed ? " (closed)" : "");
        }
    }
}
