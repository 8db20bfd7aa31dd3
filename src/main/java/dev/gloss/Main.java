package dev.gloss;

import dev.gloss.cli.GlossCommand;
import dev.gloss.core.storage.DataDir;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts Gloss: the window without arguments, the command line with them. A separate main class
 * lets the shaded jar start JavaFX from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<dev.gloss.core.desktop.OpenArguments> open = dev.gloss.core.desktop.OpenArguments.parse(args,
                GlossCommand.commandNames());
        if (open.isPresent()) {
            Path folder = DataDir.resolve(open.get().dataDir().map(Path::of));
            // A window already open on this data folder takes the files; else one opens on them.
            if (!dev.gloss.core.desktop.OpenRequests.send(folder, open.get().request())) {
                dev.gloss.app.GlossApp.launchWindow(folder, open.get().request());
            }
            return;
        }
        Optional<Path> window = windowDataDir(args);
        if (window.isPresent()) {
            dev.gloss.app.GlossApp.launchWindow(window.get());
            return;
        }
        int exit;
        try {
            exit = GlossCommand.run(args);
        } catch (OutOfMemoryError e) {
            // A file near the size limit can need more memory than the JVM was given: say so in
            // words. Whatever was being written was written atomically, so nothing saved is lost.
            System.err.println("gloss: not enough memory for this (the Java heap is "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); try again with more, e.g. "
                    + "java -Xmx2g -jar gloss.jar ...");
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The data folder when the arguments only open the window (none, or {@code --data-dir DIR}),
     * read without picocli, whose start costs a third of a second before the window; empty for
     * anything else, which the command line reads and explains.
     */
    static Optional<Path> windowDataDir(String... args) {
        Optional<String> dir;
        if (args.length == 0) {
            dir = Optional.empty();
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            dir = Optional.of(args[1]);
        } else if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            dir = Optional.of(args[0].substring("--data-dir=".length()));
        } else {
            return Optional.empty();
        }
        if (dir.isPresent() && (dir.get().isBlank() || dir.get().startsWith("-"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataDir.resolve(dir.map(Path::of)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
