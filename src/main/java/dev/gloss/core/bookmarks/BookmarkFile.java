package dev.gloss.core.bookmarks;

import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.FileLocks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * bookmarks.json on disk. Every save is a read-merge-write under an exclusive lock on the sibling
 * {@code bookmarks.json.lock}, so writers in other windows or processes lose nothing; the write
 * itself is atomic ({@link AtomicFiles}), so a crash leaves the old file or the new one.
 *
 * <p>A file that cannot be read is never overwritten: it is moved aside, and the backup of the
 * previous save ({@code bookmarks.json.bak}, kept by every atomic write) takes its place if it can be
 * read. That backup is at most one save older than the broken file, which is the best there is;
 * otherwise the bookmarks start empty. Either way the reader gets one sentence saying what happened.
 */
final class BookmarkFile {
    /** How a save replaces the file; tests swap in one that "crashes" half-way. */
    @FunctionalInterface
    interface Writer {
        void write(Path target, byte[] bytes) throws IOException;
    }

    /**
     * How long a deletion is remembered. A writer that has not saved for longer than this could bring
     * a deleted bookmark back; half a year of a window left open without a single change is rare enough.
     */
    static final Duration TOMBSTONE_LIFETIME = Duration.ofDays(180);

    /** A document read or saved, and the sentence for the reader if the file had to be recovered. */
    record Outcome(BookmarkDocument document, Optional<String> recoveryMessage) {
    }

    private final Path file;
    private final Path lockFile;
    private final Clock clock;
    private final Writer writer;

    BookmarkFile(Path file, Clock clock, Writer writer) {
        this.file = file.toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.clock = clock;
        this.writer = writer;
    }

    Path path() {
        return file;
    }

    /** Reads the file, recovering it if it is broken. A missing file is an empty document. */
    Outcome load() throws IOException {
        try {
            return new Outcome(readOrEmpty(), Optional.empty());
        } catch (BookmarkFormatException broken) {
            // Check again under the lock: another writer may have replaced the file meanwhile.
            try (FileLocks.Held lock = FileLocks.acquire(lockFile)) {
                return readOrRecover();
            }
        }
    }

    /** Takes the file's lock, for a change decided on the file as it is; the holder may save under it. */
    FileLocks.Held lock() throws IOException {
        return FileLocks.acquire(lockFile);
    }

    /** The file as it is now, without recovering it: for picking up what other writers saved. */
    Optional<BookmarkDocument> peek() throws IOException {
        try {
            return Optional.of(readOrEmpty());
        } catch (BookmarkFormatException broken) {
            return Optional.empty();
        }
    }

    /** Merges {@code mine} into what is on disk, writes the result if it differs, and returns it. */
    Outcome saveMerged(BookmarkDocument mine) throws IOException {
        try (FileLocks.Held lock = FileLocks.acquire(lockFile)) {
            Outcome disk = readOrRecover();
            if (disk.document().version() > BookmarkDocument.CURRENT_VERSION) {
                throw new IOException("it was written by a newer version of Gloss (format " + disk.document().version()
                        + "); this version reads it but does not save over it, so the file is kept as it is");
            }
            BookmarkDocument merged = disk.document().mergedWith(mine)
                    .withoutTombstonesBefore(clock.instant(), TOMBSTONE_LIFETIME);
            if (!merged.equals(disk.document())) {
                writer.write(file, BookmarkCodec.write(merged));
            }
            deleteTempFilesOfDeadWriters();
            return new Outcome(merged, disk.recoveryMessage());
        }
    }

    private BookmarkDocument readOrEmpty() throws IOException, BookmarkFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // Only a file that is not there is no bookmarks; a folder that cannot be read is an error.
            return BookmarkDocument.empty();
        }
        return BookmarkCodec.read(bytes);
    }

    private Outcome readOrRecover() throws IOException {
        try {
            return new Outcome(readOrEmpty(), Optional.empty());
        } catch (BookmarkFormatException broken) {
            return recover(broken);
        }
    }

    private Outcome recover(BookmarkFormatException problem) throws IOException {
        Path aside = AtomicFiles.keepAside(file, clock);
        String kept = "Your bookmarks file could not be read because " + problem.getMessage() + ", so it was kept as "
                + aside.getFileName();
        Path backup = AtomicFiles.backupOf(file);
        if (Files.exists(backup)) {
            try {
                BookmarkDocument restored = BookmarkCodec.read(Files.readAllBytes(backup));
                writer.write(file, BookmarkCodec.write(restored));
                return new Outcome(restored, Optional.of(kept
                        + " and your bookmarks were restored from the backup taken at the save before."));
            } catch (BookmarkFormatException unreadableBackup) {
                return new Outcome(BookmarkDocument.empty(), Optional.of(kept
                        + " and, as its backup could not be read either, Gloss started with no bookmarks."));
            }
        }
        return new Outcome(BookmarkDocument.empty(), Optional.of(kept + " and Gloss started with no bookmarks."));
    }

    /**
     * A writer killed between creating its temporary file and moving it leaves the file behind. Under
     * the lock no live writer is between those steps, so any such file belongs to a dead one.
     */
    private void deleteTempFilesOfDeadWriters() {
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.getParent(), prefix + "*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // Left-over temporary files waste a little space and are retried at the next save.
        }
    }
}
