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
 * "Open with Gloss" gives them, or {@code gloss://section/ID} addresses, the links back into Gloss
 * that an exported article's highlights carry. Recognised only when the first word is not a command and every
 * word names a file that exists, so that a mistyped command still gets the command line's message.
 */
public record OpenArguments(Optional<String> dataDir, List<Path> files, List<String> sections) {
    /** The address of a section that an export links to, which the desktop hands to {@code gloss}. */
    public static final String SECTION_LINK = "gloss://section/";

    public OpenArguments {
        files = List.copyOf(files);
        sections = List.copyOf(sections);
    }

    /** What to hand to a window that is open already. */
    public OpenRequests.Request request() {
        return new OpenRequests.Request(files, sections);
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
        List<String> sections = new ArrayList<>();
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith(SECTION_LINK) && arg.length() > SECTION_LINK.length()) {
                sections.add(java.net.URLDecoder.decode(arg.substring(SECTION_LINK.length()), java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
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
        return Optional.of(new OpenArguments(dir, files, sections));
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
