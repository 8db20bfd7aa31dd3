package dev.gloss.core.glossary;

import dev.gloss.core.storage.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The reader's own definitions, kept in the data folder as glossary-user.json: an overlay that
 * adds to the bundled glossary and never changes it. Written atomically; a file that cannot be
 * read is moved aside (never overwritten) and the glossary loads without it, with a warning.
 */
public final class UserGlossary {
    public static final String FILE_NAME = "glossary-user.json";

    private final Path file;
    private final Clock clock;
    /** The fields of the file last read that this version does not know, written back on save. */
    private GlossaryJson.Unknown unknown = GlossaryJson.Unknown.NONE;
    /** The ids of the definitions this store has read or written: others on disk came from elsewhere. */
    private java.util.Set<String> known = new java.util.HashSet<>();

    /**
     * What loading found: the reader's terms, a warning to show if something was wrong, and whether
     * saving is allowed (not over a file written by a newer Gloss, nor over one that could not be moved aside).
     */
    public record Loaded(List<Term> terms, List<String> dismissed, Optional<String> warning, boolean writable) {
        public Loaded {
            terms = List.copyOf(terms);
            dismissed = List.copyOf(dismissed);
        }

        Loaded(List<Term> terms, Optional<String> warning, boolean writable) {
            this(terms, List.of(), warning, writable);
        }
    }

    public UserGlossary(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * The reader's definitions. One rule for a file of a newer Gloss, as for every user file: what
     * this version understands is shown, and the file is not saved over. Entries that cannot be
     * read are left out, the others kept, and a copy of the file kept aside; a file that cannot be
     * read at all is moved aside and the backup of the save before ({@code .bak}) read instead.
     */
    public Loaded load() {
        Loaded loaded = loadFile();
        synchronized (this) {
            known = new java.util.HashSet<>();
            loaded.terms().forEach(t -> known.add(t.id()));
        }
        return loaded;
    }

    private Loaded loadFile() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty(), true);
        }
        GlossaryJson.Document doc;
        try {
            GlossaryJson.Read both = readDocument(file);
            doc = both.document();
            unknown = both.unknown();
        } catch (IOException unreadable) {
            return keepAside(unreadable);
        }
        GlossaryJson.Lenient read = GlossaryJson.lenientTerms(doc, Term.Origin.USER);
        List<String> dismissed = doc.dismissedNames();
        if (doc.version() > GlossaryJson.VERSION) {
            return new Loaded(read.terms(), dismissed, Optional.of("Your glossary definitions in " + file
                    + " were saved by a newer version of Gloss (format " + doc.version()
                    + "); they are shown as far as this version understands them, and the file is not saved over."), false);
        }
        if (read.skipped() == 0) {
            return new Loaded(read.terms(), dismissed, Optional.empty(), true);
        }
        String kept;
        try {
            kept = "; the file as it was is kept as " + AtomicFiles.copyAside(file, clock).getFileName();
        } catch (IOException e) {
            return new Loaded(read.terms(), dismissed, Optional.of(read.skipped() + " of your glossary definitions could not be read "
                    + "and are left out, and the file could not be copied aside (" + e.getMessage()
                    + "), so it is not saved over."), false);
        }
        return new Loaded(read.terms(), dismissed, Optional.of(read.skipped() + " of your glossary definitions could not be read ("
                + read.firstProblem() + ") and " + (read.skipped() == 1 ? "is" : "are") + " left out; the other "
                + read.terms().size() + " are shown" + kept + "."), true);
    }

    private static GlossaryJson.Read readDocument(Path path) throws IOException {
        GlossaryJson.Read read;
        try (InputStream in = Files.newInputStream(path)) {
            read = GlossaryJson.readKeeping(in);
        }
        if (read.document().version() < 1) {
            throw new IOException("it has no valid \"version\"");
        }
        return read;
    }

    /**
     * Writes {@code terms}, keeping the fields this version does not know: those of the file as it
     * is now when it can be read, else those of the file as it was loaded.
     */
    public void save(List<Term> terms) throws IOException {
        save(terms, List.of());
    }

    /** Writes {@code terms} and the names of the automatic terms the reader dismissed. */
    public void save(List<Term> terms, List<String> dismissed) throws IOException {
        byte[] before = null;
        if (Files.isRegularFile(file)) {
            try {
                before = Files.readAllBytes(file);
            } catch (IOException unreadable) {
                before = null;
            }
            try {
                GlossaryJson.Read now = readDocument(file);
                if (now.document().version() <= GlossaryJson.VERSION) {
                    unknown = now.unknown();
                }
            } catch (IOException unreadable) {
                // Kept aside at load, or broken since: what was read at load is what there is.
            }
        }
        // Each definition carries when it changed, and a removed one a tombstone, so that copies of
        // this file from other computers merge by definition (dev.gloss.core.sync).
        byte[] bytes = GlossaryJson.write(terms, dismissed, unknown);
        java.util.Set<String> seen;
        synchronized (this) {
            seen = java.util.Set.copyOf(known);
        }
        // Definitions a sync tool brought in since the load are kept, not taken for deletions.
        bytes = dev.gloss.core.sync.EntryMerge.keepArrived(dev.gloss.core.sync.SyncedFiles.GLOSSARY, before, bytes, seen);
        AtomicFiles.write(file, dev.gloss.core.sync.EntryMerge.stamped(dev.gloss.core.sync.SyncedFiles.GLOSSARY,
                before, bytes, clock.instant()));
        synchronized (this) {
            terms.forEach(t -> known.add(t.id()));
        }
    }

    private Loaded keepAside(IOException reason) {
        try {
            Path aside = AtomicFiles.keepAside(file, clock);
            String what = "Your glossary definitions could not be read (" + reason.getMessage()
                    + "); the file was kept as " + aside.getFileName();
            Path backup = AtomicFiles.backupOf(file);
            if (Files.isRegularFile(backup)) {
                try {
                    GlossaryJson.Read both = readDocument(backup);
                    GlossaryJson.Document doc = both.document();
                    unknown = both.unknown();
                    List<Term> terms = GlossaryJson.lenientTerms(doc, Term.Origin.USER).terms();
                    return new Loaded(terms, doc.dismissedNames(), Optional.of(what + " and the definitions of the save before ("
                            + backup.getFileName() + ") are shown instead."), doc.version() <= GlossaryJson.VERSION);
                } catch (IOException unreadableBackup) {
                    // Neither can be read: without them.
                }
            }
            return new Loaded(List.of(), Optional.of(what + " and the glossary opened without them."), true);
        } catch (IOException e) {
            return new Loaded(List.of(), Optional.of("Your glossary definitions in " + file
                    + " could not be read (" + reason.getMessage() + ") nor moved aside (" + e.getMessage()
                    + "); the glossary opened without them."), false);
        }
    }
}
