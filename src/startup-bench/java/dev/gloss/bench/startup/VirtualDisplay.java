package dev.gloss.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** An Xvfb server of our own on a free display number, for machines without a display. */
final class VirtualDisplay implements AutoCloseable {
    private static final int FIRST = 90;
    private static final int LAST = 199;
    private final Process server;
    private final String name;

    private VirtualDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Starts Xvfb on the first display number that is free, or says why it cannot. */
    static VirtualDisplay start() throws IOException, InterruptedException {
        for (int n = FIRST; n <= LAST; n++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process xvfb;
            try {
                xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new IOException("There is no DISPLAY and Xvfb cannot be started (" + e.getMessage()
                        + "): install Xvfb or run the benchmark on a desktop.", e);
            }
            if (waitForSocket(xvfb, socket)) {
                // Stopped by close(), or by this hook if the benchmark is interrupted.
                Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
                return new VirtualDisplay(xvfb, ":" + n);
            }
            // Another server took the number between the check and the start: try the next one.
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
        throw new IOException("No free X display number between :" + FIRST + " and :" + LAST + ".");
    }

    private static boolean waitForSocket(Process xvfb, Path socket) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Files.exists(socket)) {
                return true;
            }
            if (xvfb.waitFor(50, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return false;
    }

    /** The display, as DISPLAY wants it, e.g. ":90". */
    String name() {
        return name;
    }

    /** The display to use: the one the environment has, else none (start one). */
    static Optional<String> fromEnvironment() {
        return Optional.ofNullable(System.getenv("DISPLAY")).filter(d -> !d.isBlank());
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
