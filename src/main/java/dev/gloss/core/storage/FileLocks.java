package dev.gloss.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file, across processes and within one. The operating system's file
 * lock keeps other processes out (and is released if the holder is killed); it is held per
 * process, so threads of this process queue on an ordinary lock first. A thread that holds the
 * lock may take it again (a nested step of the same change); the file lock is let go when the
 * outermost hold is closed.
 */
public final class FileLocks {
    private static final ConcurrentMap<Path, Slot> SLOTS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    private static final class Slot {
        final ReentrantLock inProcess = new ReentrantLock();
        FileChannel channel;
    }

    /** A held lock; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final Slot slot;
        private boolean closed;

        private Held(Slot slot) {
            this.slot = slot;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (slot.inProcess.getHoldCount() == 1 && slot.channel != null) {
                    FileChannel channel = slot.channel;
                    slot.channel = null;
                    channel.close();
                }
            } finally {
                slot.inProcess.unlock();
            }
        }
    }

    /** Waits for the lock on {@code lockFile}, creating the file (never deleted: that would race). */
    public static Held acquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        Slot slot = SLOTS.computeIfAbsent(key, k -> new Slot());
        slot.inProcess.lock();
        if (slot.inProcess.getHoldCount() > 1) {
            return new Held(slot);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            slot.channel = channel;
            return new Held(slot);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            slot.inProcess.unlock();
            throw e;
        }
    }
}
