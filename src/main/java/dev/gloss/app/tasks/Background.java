package dev.gloss.app.tasks;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The window's only way to do slow
 * things; tests use {@link #sameThread()} so that results arrive before the next line.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /**
     * A worker of the same kind for work that must not queue behind this one's (search behind
     * topics and glossary): a thread of its own for threads, the same thread for {@link #sameThread}.
     */
    default Background separate(String name) {
        return this;
    }

    /** Daemon worker threads named {@code name-N}; results come back through Platform.runLater. */
    static Background threads(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Background() {
            @Override
            public Background separate(String other) {
                return threads(other, 1);
            }

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
                executor.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> onSuccess.accept(result));
                    } catch (Throwable e) {
                        Platform.runLater(() -> onError.accept(e));
                    }
                });
            }
        };
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
}
