package dev.gloss.app;

import dev.gloss.core.concurrent.Futures;
import dev.gloss.core.settings.SettingsStore;
import dev.gloss.core.settings.SystemAppearance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the window needs before it can be built, read on a thread of its own while JavaFX starts
 * (which keeps the FX thread busy for a good part of a second): the reader's settings, whose JSON
 * brings Jackson in, and the desktop's light or dark preference, which runs gsettings.
 */
final class StartupReads {
    private final CompletableFuture<SettingsStore> settings = new CompletableFuture<>();
    private final CompletableFuture<Optional<Boolean>> prefersDark = new CompletableFuture<>();
    private final CompletableFuture<Optional<String>> notice = new CompletableFuture<>();

    private StartupReads() {
    }

    static StartupReads begin(Path dataDir) {
        StartupReads reads = new StartupReads();
        Thread thread = new Thread(() -> {
            // Before anything is read: caches of an earlier version out of the data folder, and
            // the conflict copies a sync tool left merged into the files they belong to.
            complete(reads.notice, () -> dev.gloss.core.sync.SyncedFiles.prepare(dataDir));
            complete(reads.settings, () -> SettingsStore.open(dataDir));
            complete(reads.prefersDark, SystemAppearance::prefersDark);
        }, "gloss-startup-reads");
        thread.setDaemon(true);
        thread.start();
        return reads;
    }

    /** The settings, waiting for them if they are still being read. */
    SettingsStore settings() {
        return Futures.join(settings);
    }

    /** What preparing the data folder did that the reader should know (conflict copies merged), if anything. */
    Optional<String> notice() {
        return notice.isCompletedExceptionally() ? Optional.empty() : Futures.join(notice);
    }

    /** Whether the desktop prefers dark colours, when that is known. */
    Optional<Boolean> prefersDark() {
        return Futures.join(prefersDark);
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> read) {
        try {
            future.complete(read.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }
}
