package dev.gloss.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Writes user data so that a crash or a failure at any moment leaves either the old file or the
 * new one, never a torn one, and never loses the backup: the bytes go to a temporary file in the
 * same folder and are forced to disk; only then is the previous file kept as {@code NAME.bak}
 * (a second name for it, moved over the old backup in one rename) and the temporary file moved
 * over the target atomically. A failure before the last step leaves the file and its backup as
 * they were.
 *
 * <p>A symbolic link at the target is followed: the file it names is replaced, beside itself, and
 * the link stays (people keep their data in synced folders). Anything at the target that is not a
 * regular file (a folder, a pipe, a device) is refused, never replaced. The file's permissions
 * are kept. A file that cannot be read is moved aside with a timestamp, never overwritten.
 */
public final class AtomicFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int MAX_LINKS = 40;

    /** How the bytes reach the temporary file; tests swap in one that fails half-way, as a full disk does. */
    @FunctionalInterface
    public interface Sink {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, AtomicFiles::writeAll);
    }

    /** What writes a file's content to a stream, as {@link #write(Path, Content)} asks for it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * As {@link #write(Path, byte[])}, the content written by {@code content} to the temporary
     * file as it is made, for content too large to hold in memory first.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, new byte[0], (ch, ignored) -> {
            java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                    1 << 16);
            content.writeTo(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    // The channel is forced and closed by the write itself.
                    out.flush();
                }
            });
            out.flush();
        });
    }

    public static void write(Path target, byte[] bytes, Sink sink) throws IOException {
        Path file = followLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        Files.createDirectories(dir);
        BasicFileAttributes existing = regularOrAbsent(target, file);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            if (existing != null) {
                keepPermissions(file, temp);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                sink.write(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            if (existing != null) {
                backUp(file);
            }
            move(temp, file);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The attributes of what is at the target, null when nothing is; anything but a regular file
     * is refused, before it is opened (opening a pipe waits for a writer).
     */
    private static BasicFileAttributes regularOrAbsent(Path named, Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attrs.isRegularFile()) {
            throw new FileSystemException(named.toString(), null, (attrs.isDirectory() ? "it is a folder"
                    : attrs.isSymbolicLink() ? "it is a chain of links too long to follow"
                    : "it is a special file (a device or a pipe)") + ", not a regular file; Gloss writes only regular files");
        }
        return attrs;
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); a path that is no link, as it is. */
    public static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return p;
    }

    private static void writeAll(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    private static void keepPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = source.readAttributes().permissions();
            Files.setPosixFilePermissions(to, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // The new file keeps the private mode it was made with.
        }
    }

    /**
     * Keeps the current file as NAME.bak: a second name for it (or, where files cannot have two
     * names, a complete copy forced to disk) made beside it, then moved over the old backup at once,
     * so that a failure on the way leaves the old backup as it was.
     */
    private static void backUp(Path file) throws IOException {
        Path dir = file.getParent();
        Path temp = dir.resolve("." + file.getFileName() + ".bak." + Long.toUnsignedString(System.nanoTime(), 36)
                + Long.toUnsignedString(Double.doubleToLongBits(Math.random()), 36) + ".tmp");
        try {
            try {
                Files.createLink(temp, file);
            } catch (IOException | UnsupportedOperationException | SecurityException noLinks) {
                Files.deleteIfExists(temp);
                Files.copy(file, temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(temp, backupOf(file));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** Moves a file that cannot be read out of the way, as {@code NAME.broken-TIMESTAMP}; returns where. */
    public static Path keepAside(Path broken, Clock clock) throws IOException {
        Path aside = asideName(broken, clock);
        Files.move(broken, aside);
        return aside;
    }

    /** Keeps a copy of a file that could be read only in part, as {@code NAME.broken-TIMESTAMP}, leaving it in place; returns where. */
    public static Path copyAside(Path broken, Clock clock) throws IOException {
        Path aside = asideName(broken, clock);
        Files.copy(broken, aside);
        return aside;
    }

    private static Path asideName(Path broken, Clock clock) {
        String stamp = STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        Path aside = broken.resolveSibling(broken.getFileName() + ".broken-" + stamp);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = broken.resolveSibling(broken.getFileName() + ".broken-" + stamp + "-" + n);
        }
        return aside;
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Folders cannot be synced on this platform: the rename is still atomic.
        }
    }
}
