package dev.gloss.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.FileLocks;
import dev.gloss.core.storage.IoErrors;
import dev.gloss.core.storage.LocalFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings the reader's files in a synced data folder together: for each of them, the conflict
 * copies a sync tool left are merged into the main file ({@link EntryMerge}) and then moved out of
 * the data folder, to {@code conflicts/} in this computer's state folder, where they stay for
 * whoever wants to look; and deletions made since this computer last looked are recorded as
 * tombstones, so that another computer's copy does not bring them back. The main file is written
 * atomically, under the same lock ({@code NAME.lock}) as its other writers.
 *
 * <p>Runs when the window opens, each time it gains the focus (which then reads the merged files
 * again), and before every command of the command line; while a window is open on the data
 * folder, a command merges only the bookmarks, the window merging the rest when it is come back to.
 */
public final class SyncedFiles {
    public static final EntryMerge.Shape BOOKMARKS = new EntryMerge.Shape("bookmarks.json", "bookmarks", false, true);
    public static final EntryMerge.Shape GLOSSARY = new EntryMerge.Shape("glossary-user.json", "terms", false, true);
    /** The reader's own topics; their list is found by its shape (entries with an id). */
    public static final EntryMerge.Shape TOPICS = new EntryMerge.Shape("topics-user.json", null, false, true);
    /** Settings that follow the reader: reading positions by article, the later one winning. */
    public static final EntryMerge.Shape SETTINGS = new EntryMerge.Shape("settings.json", "readingPositions", true, false);
    public static final List<EntryMerge.Shape> ALL = List.of(BOOKMARKS, GLOSSARY, TOPICS, SETTINGS);
    /** The files a command merges while a window is open on the data folder (the window merges all of them on focus). */
    public static final List<EntryMerge.Shape> WHILE_WINDOW_OPEN = List.of(BOOKMARKS);

    /** Made at the first merge: a start with no conflict copies does not load Jackson's data binding for it. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a pass did: one sentence per file merged, and problems, for the reader or a log; the names of the files merged. */
    public record Report(List<String> merged, List<String> problems, List<String> files) {
        public Report {
            merged = List.copyOf(merged);
            problems = List.copyOf(problems);
            files = List.copyOf(files);
        }

        public boolean changedAnything() {
            return !merged.isEmpty();
        }
    }

    private final Path dataDir;
    private final Path stateDir;
    private final Clock clock;

    public SyncedFiles(Path dataDir, Path stateDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath();
        this.stateDir = stateDir.toAbsolutePath();
        this.clock = clock;
    }

    /** For a data folder, with this computer's state folder for it. */
    public static SyncedFiles of(Path dataDir) {
        return new SyncedFiles(dataDir, LocalFolders.state(dataDir), Clock.systemUTC());
    }

    /**
     * What every start of Gloss does first on a data folder: moves the caches of an earlier
     * version out of it, and merges the conflict copies of every file (only bookmarks.json while
     * a window is open on it: the window's own files are merged at its next start). Returns a
     * sentence for the reader when conflict copies were merged or something failed.
     */
    public static Optional<String> prepare(Path dataDir) {
        Optional<String> moved = LocalFolders.moveOldCaches(dataDir);
        moved.ifPresent(m -> System.getLogger(SyncedFiles.class.getName()).log(System.Logger.Level.INFO, m));
        boolean windowOpen = dev.gloss.core.desktop.OpenRequests.windowOpen(dataDir);
        Report report = of(dataDir).run(windowOpen ? WHILE_WINDOW_OPEN : ALL);
        List<String> said = new ArrayList<>(report.merged());
        said.addAll(report.problems());
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
    }

    /** Merges every file of these shapes. */
    public Report run(List<EntryMerge.Shape> shapes) {
        List<String> merged = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (EntryMerge.Shape shape : shapes) {
            try {
                one(shape).ifPresent(said -> {
                    merged.add(said);
                    files.add(shape.fileName());
                });
            } catch (IOException | RuntimeException e) {
                problems.add(shape.fileName() + " could not be brought together with its conflict copies ("
                        + IoErrors.describe(e)
                        + "); they are left as they are and tried again later.");
            }
        }
        return new Report(merged, problems, files);
    }

    private Optional<String> one(EntryMerge.Shape shape) throws IOException {
        Path main = dataDir.resolve(shape.fileName());
        Path snapshotFile = stateDir.resolve("seen").resolve(shape.fileName());
        if (!Files.isRegularFile(main) && ConflictCopies.of(main).isEmpty()) {
            // Nothing to merge: no lock file is made for a file Gloss has never written.
            return Optional.empty();
        }
        if (ConflictCopies.of(main).isEmpty() && Files.isRegularFile(main)
                && java.util.Arrays.equals(readBytesOrNull(main), readBytesOrNull(snapshotFile))) {
            // Nothing to merge and nothing new seen: no lock, no parse (every command starts here).
            return Optional.empty();
        }
        try (FileLocks.Held lock = FileLocks.acquire(main.resolveSibling(shape.fileName() + ".lock"))) {
            List<Path> copies = ConflictCopies.of(main);
            boolean mainThere = Files.isRegularFile(main);
            if (!mainThere && copies.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode mainDoc;
            Instant mainTime;
            byte[] mainBytes = null;
            if (mainThere) {
                mainBytes = Files.readAllBytes(main);
                Optional<ObjectNode> parsed = parse(mainBytes);
                if (parsed.isEmpty()) {
                    // A broken main file is its own reader's to recover (it is kept aside there).
                    return Optional.empty();
                }
                mainDoc = parsed.get();
                mainTime = Files.getLastModifiedTime(main).toInstant();
            } else {
                mainDoc = Mapper.JSON.createObjectNode();
                mainTime = Instant.EPOCH;
            }
            List<EntryMerge.Version> versions = new ArrayList<>();
            List<Path> merging = new ArrayList<>();
            for (Path copy : copies) {
                Optional<ObjectNode> doc = parse(Files.readAllBytes(copy));
                if (doc.isPresent()) {
                    versions.add(new EntryMerge.Version(doc.get(), Files.getLastModifiedTime(copy).toInstant()));
                    merging.add(copy);
                }
            }
            ObjectNode snapshot = readSnapshot(snapshotFile);
            ObjectNode merged = EntryMerge.merge(shape, snapshot, new EntryMerge.Version(mainDoc, mainTime), versions);
            if (!merged.equals(mainDoc)) {
                AtomicFiles.write(main, Mapper.JSON.writeValueAsBytes(merged));
            }
            byte[] seen = Files.readAllBytes(main);
            if (!java.util.Arrays.equals(seen, readBytesOrNull(snapshotFile))) {
                AtomicFiles.write(snapshotFile, seen);
            }
            for (Path copy : merging) {
                setAside(copy);
            }
            if (merging.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("Merged " + merging.size() + (merging.size() == 1 ? " conflict copy" : " conflict copies")
                    + " of " + shape.fileName() + " from your other computers into it; "
                    + (merging.size() == 1 ? "it was" : "they were") + " moved to " + stateDir.resolve("conflicts") + ".");
        }
    }

    private static byte[] readBytesOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private ObjectNode readSnapshot(Path file) {
        try {
            return parse(Files.readAllBytes(file)).orElse(null);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private void setAside(Path copy) throws IOException {
        Path folder = Files.createDirectories(stateDir.resolve("conflicts"));
        String stamp = STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        Path target = folder.resolve(stamp + " " + copy.getFileName());
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stamp + "-" + n + " " + copy.getFileName());
        }
        Files.move(copy, target);
    }

    private static Optional<ObjectNode> parse(byte[] bytes) {
        try {
            JsonNode node = Mapper.JSON.readTree(bytes);
            return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
