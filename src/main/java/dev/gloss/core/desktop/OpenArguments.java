package dev.gloss.core.desktop;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code gloss [--data-dir DIR] FILE...}: paths where a command would be, as a file manager's
 * "Open with Gloss" gives them. Recognised only when the first word is not a command and every
 * word names a file that exists, so that a mistyped command still gets the command line's message.
 */
public record OpenArguments(Optional<String> dataDir, List<Path> files) {

    public OpenArguments {
        files = List.copyOf(files);
    }

    /** The files to open, or empty when the arguments are for the command line. */
    public static Optional<OpenArguments> parse(String[] args, Set<String> commands) {
        int i = 0;
        Optional<String> dir = Optional.empty();
        if (args.length > 0 && args[0].startsWith("--data-dir=")) {
            dir = Optional.of(args[0].substring("--data-dir=".length()));
            i = 1;
        } else if (args.length > 1 && args[0].equals("--data-dir")) {
            dir = Optional.of(args[1]);
            i = 2;
        }
        if (i >= args.length || commands.contains(args[i]) || dir.filter(d -> d.isBlank() || d.startsWith("-")).isPresent()) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-") && !Files.exists(Path.of(".").resolve(arg))) {
                return Optional.empty();
            }
            try {
                Path p = fromUri(arg).orElse(Path.of(arg)).toAbsolutePath().normalize();
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                files.add(p);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new OpenArguments(dir, files));
    }

    /** A {@code file://} address, as some file managers pass for %U. */
    private static Optional<Path> fromUri(String arg) {
        if (!arg.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(java.net.URI.create(arg)));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
