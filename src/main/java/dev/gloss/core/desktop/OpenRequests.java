package dev.gloss.core.desktop;

import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.LocalFolders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Files handed to the window that is already open on a data folder, so that {@code gloss FILE}
 * from a file manager opens the file there instead of starting a second window.
 *
 * <p>The open window holds a lock on {@code window.lock} in this computer's state folder for the
 * data folder (so that whether a window is open is known for certain, and a window that was killed
 * leaves no stale claim), listens on the loopback address only, on a port the system chooses, and
 * writes that port with a random secret to {@code window.port} (readable by the reader alone). A
 * request is one line, the secret and the files' absolute paths separated by NUL characters; the window
 * answers {@code OK}. Nothing listens beyond this computer, and a request without the secret is
 * dropped.
 */
public final class OpenRequests {
    static final String LOCK = "window.lock";
    static final String PORT = "window.port";
    private static final int TIMEOUT_MS = 3000;
    /** Between the secret and the paths: the one character no file name can hold. */
    private static final char SEPARATOR = '\0';
    /** Before a section id in a request: no absolute path starts so. */
    private static final String SECTION = "section:";

    private OpenRequests() {
    }

    /** What a request asks the window to open: files, and sections by id (from {@code gloss://section/ID} links). */
    public record Request(List<Path> files, List<String> sections) {
        public Request {
            files = List.copyOf(files);
            sections = List.copyOf(sections);
        }
    }

    /** The window's end: listening until closed. */
    public static final class Listener implements AutoCloseable {
        private final ServerSocket server;
        private final FileChannel lockChannel;
        private final FileLock lock;
        private final Path portFile;
        private final String secret;
        private final Consumer<Request> onFiles;
        private final Thread thread;
        private volatile boolean closed;

        private Listener(ServerSocket server, FileChannel lockChannel, FileLock lock, Path portFile, String secret,
                         Consumer<Request> onFiles) {
            this.server = server;
            this.lockChannel = lockChannel;
            this.lock = lock;
            this.portFile = portFile;
            this.secret = secret;
            this.onFiles = onFiles;
            this.thread = new Thread(this::serve, "gloss-open-requests");
            this.thread.setDaemon(true);
        }

        public int port() {
            return server.getLocalPort();
        }

        private void serve() {
            while (!closed) {
                try (Socket client = server.accept()) {
                    client.setSoTimeout(TIMEOUT_MS);
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    String line = in.readLine();
                    Request files = parse(line, secret);
                    if (files != null) {
                        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                        out.write("OK\n");
                        out.flush();
                        onFiles.accept(files);
                    }
                } catch (IOException | RuntimeException e) {
                    // A closed socket ends the loop; a client that hung up or sent garbage is only dropped.
                }
            }
        }

        /** Stops listening, waits for the listening thread, and lets go of the lock and the port file. */
        @Override
        public void close() {
            closed = true;
            try {
                server.close();
            } catch (IOException e) {
                // Closed already.
            }
            try {
                thread.join(TIMEOUT_MS * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException e) {
                // A port file left behind is ignored: the lock says no window is open.
            }
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                // The lock goes with the process.
            }
        }
    }

    /** Starts listening for the window open on {@code dataDir}; empty when another window holds the claim. */
    public static Optional<Listener> listen(Path dataDir, Consumer<Request> onFiles) throws IOException {
        return listenIn(LocalFolders.state(dataDir), onFiles);
    }

    static Optional<Listener> listenIn(Path stateDir, Consumer<Request> onFiles) throws IOException {
        Files.createDirectories(stateDir);
        FileChannel channel = FileChannel.open(stateDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Path portFile = stateDir.resolve(PORT);
            AtomicFiles.write(portFile, (server.getLocalPort() + "\n" + secret + "\n").getBytes(StandardCharsets.UTF_8));
            Listener listener = new Listener(server, channel, lock, portFile, secret, onFiles);
            listener.thread.start();
            return Optional.of(listener);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** Whether a window is open on {@code dataDir} on this computer. */
    public static boolean windowOpen(Path dataDir) {
        return windowOpenIn(LocalFolders.state(dataDir));
    }

    static boolean windowOpenIn(Path stateDir) {
        Path lockFile = stateDir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Hands {@code files} to the window open on {@code dataDir}; false when no window is open or
     * it does not answer (the caller then opens one).
     */
    public static boolean send(Path dataDir, Request request) {
        return sendTo(LocalFolders.state(dataDir), request);
    }

    static boolean sendTo(Path stateDir, List<Path> files) {
        return sendTo(stateDir, new Request(files, List.of()));
    }

    static boolean sendTo(Path stateDir, Request asked) {
        if (!windowOpenIn(stateDir)) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(stateDir.resolve(PORT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.size() < 2) {
            return false;
        }
        int port;
        try {
            port = Integer.parseInt(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return false;
        }
        StringBuilder request = new StringBuilder(lines.get(1).trim());
        for (Path f : asked.files()) {
            request.append(SEPARATOR).append(f.toAbsolutePath().normalize());
        }
        for (String section : asked.sections()) {
            request.append(SEPARATOR).append(SECTION).append(section);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(request.append('\n').toString());
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "OK".equals(answer);
        } catch (SocketException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The files and sections of a request, or null when it lacks the secret. */
    static Request parse(String line, String secret) {
        if (line == null) {
            return null;
        }
        String[] parts = line.split(String.valueOf(SEPARATOR), -1);
        if (parts.length < 1 || !java.security.MessageDigest.isEqual(parts[0].getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith(SECTION)) {
                sections.add(parts[i].substring(SECTION.length()));
            } else if (!parts[i].isEmpty()) {
                try {
                    files.add(Path.of(parts[i]));
                } catch (java.nio.file.InvalidPathException e) {
                    // Not a path on this system: left out.
                }
            }
        }
        return new Request(files, sections);
    }
}
