package dev.gloss.core.bookmarks;

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
 * process, so threads of this process queue on an ordinary lock first.
 */
final class FileLocks {
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** A held lock; closing it releases it. */
    static final class Held implements AutoCloseable {
        private final ReentrantLock inProcess;
        private final FileChannel channel;

        private Held(ReentrantLock inProcess, FileChannel channel) {
            this.inProcess = inProcess;
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                inProcess.unlock();
            }
        }
    }

    /** Waits for the lock on {@code lockFile}, creating the file (never deleted: that would race). */
    static Held acquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (inProcess.isHeldByCurrentThread()) {
            throw new IllegalStateException("the lock on " + key + " is already held by this thread");
        }
        inProcess.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return new Held(inProcess, channel);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }
}
