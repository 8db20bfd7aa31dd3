package dev.gloss.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes user data so that a crash at any moment leaves either the old file or the new one, never
 * a torn one: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is moved over the target atomically. The previous good file is kept as
 * {@code NAME.bak}. A file that cannot be read is moved aside with a timestamp, never overwritten.
 */
public final class AtomicFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            if (Files.exists(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** Moves a file that cannot be read out of the way, as {@code NAME.broken-TIMESTAMP}; returns where. */
    public static Path keepAside(Path broken, Clock clock) throws IOException {
        String stamp = STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        Path aside = broken.resolveSibling(broken.getFileName() + ".broken-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = broken.resolveSibling(broken.getFileName() + ".broken-" + stamp + "-" + n);
        }
        Files.move(broken, aside);
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
