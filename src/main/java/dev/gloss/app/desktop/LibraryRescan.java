package dev.gloss.app.desktop;

import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.sync.SyncedFiles;
import dev.gloss.core.userlibrary.UserLibrary;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Picks up what other computers changed in a synced data folder while the window is open, each
 * time the window gains the focus (the moment a reader comes back to it): articles imported or
 * removed elsewhere appear or go without a restart, the search index and topics catching up in the
 * background as after an import; conflict copies of the reader's files (bookmarks, settings, the
 * glossary's and the topics' own) are merged, and the window is given what changed in them to show
 * it. The library is read again only when its folders say something changed
 * (each article's meta.json and article.json, by size and time), so that coming back to the
 * window costs a listing of one folder.
 */
public final class LibraryRescan {
    private final Path dataDir;
    private final ReaderState reader;
    private final ImportViewModel imports;
    private final Background background;
    private final PickUp pickUp;
    private Map<String, String> lastSeen;
    private boolean running;

    /**
     * What the window reads again of the reader's files after a rescan: called in the background
     * with the names of the files whose conflict copies were merged (none, often: a sync tool may
     * also have put another computer's file in place of one), it reads what it needs and gives
     * what to change in the window, run on the FX thread.
     */
    @FunctionalInterface
    public interface PickUp {
        Runnable read(java.util.Set<String> mergedFiles);
    }

    public LibraryRescan(Path dataDir, ReaderState reader, ImportViewModel imports, Background background,
                         PickUp pickUp) {
        this.dataDir = dataDir;
        this.reader = reader;
        this.imports = imports;
        this.background = background;
        this.pickUp = pickUp;
        // What the library was read from at start is the first thing later scans are compared with.
        reader.startup().whenReady(library -> background.run(() -> fingerprint(dataDir), seen -> {
            if (lastSeen == null) {
                lastSeen = seen;
            }
        }, error -> { }));
    }

    /** Looks again, in the background; results come back on the FX thread. */
    public void rescan() {
        if (running || lastSeen == null || imports.runningProperty().get() || reader.libraryProperty().get() == null) {
            return;
        }
        running = true;
        Map<String, String> before = lastSeen;
        background.run(() -> scan(before), result -> {
            running = false;
            lastSeen = result.seen();
            result.library().ifPresent(library -> {
                if (!imports.runningProperty().get()) {
                    reader.replaceLibrary(library);
                }
            });
            result.show().run();
            result.message().ifPresent(reader.status()::tell);
        }, error -> running = false);
    }

    record Result(Map<String, String> seen, Optional<Library> library, Runnable show, Optional<String> message) {
    }

    private Result scan(Map<String, String> before) throws IOException {
        SyncedFiles.Report merged = SyncedFiles.of(dataDir).run(SyncedFiles.ALL);
        Runnable show = pickUp.read(java.util.Set.copyOf(merged.files()));
        Map<String, String> seen = fingerprint(dataDir);
        Optional<Library> library = seen.equals(before) ? Optional.empty() : Optional.of(UserLibrary.combined(dataDir));
        Optional<String> message = merged.merged().stream().findFirst()
                .or(() -> merged.problems().stream().findFirst());
        return new Result(seen, library, show, message);
    }

    /** Each imported article's folder with the size and time of its two files: what tells that the library changed. */
    static Map<String, String> fingerprint(Path dataDir) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        Path root = dataDir.resolve("library");
        if (!Files.isDirectory(root)) {
            return seen;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, p -> Files.isDirectory(p)
                && !p.getFileName().toString().startsWith("."))) {
            for (Path folder : folders) {
                seen.put(folder.getFileName().toString(), stamp(folder.resolve("meta.json")) + "|" + stamp(folder.resolve("article.json")));
            }
        }
        return seen;
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "-";
        }
    }

    /** A listener for a window's focus that rescans when it is gained. */
    public Consumer<Boolean> onFocus() {
        return focused -> {
            if (focused) {
                rescan();
            }
        };
    }
}
