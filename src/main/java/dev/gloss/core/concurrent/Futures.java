package dev.gloss.core.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started on another thread. */
public final class Futures {
    private Futures() {
    }

    /**
     * The future's result; what it failed with is thrown as it was, not wrapped in a
     * CompletionException, so that a message shown to the reader names the real problem.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
