package dev.gloss.core.userlibrary;

import dev.gloss.core.ingest.ImportContext;
import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.Resources;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a source on disk refers to: a relative reference is read beside the source
 * ({@code img/a.png}, {@code Page_files/b.jpg}, {@code ../assets/c.png}); a site-rooted one
 * ({@code /images/a.png}, as static-site generators write them) is looked for in the folders above
 * the source, and in their {@code static/}, {@code public/} and {@code assets/} folders. Only
 * regular files of at most {@link ImportContext#MAX_IMAGE_BYTES} are read: never a device, a pipe
 * or anything on the network.
 */
final class FileResources implements Resources {
    private static final int ANCESTORS = 6;
    private static final List<String> SITE_FOLDERS = List.of("", "static", "public", "assets");

    private final Path base;

    FileResources(Path sourceFile) {
        Path parent = sourceFile.toAbsolutePath().normalize().getParent();
        this.base = parent;
    }

    /** The files beside a source that may no longer be where it was imported from. */
    static Resources of(String sourcePath) {
        if (sourcePath == null) {
            return Resources.NONE;
        }
        try {
            Path source = Path.of(sourcePath);
            return Files.isDirectory(source.getParent()) ? new FileResources(source) : Resources.NONE;
        } catch (InvalidPathException | NullPointerException e) {
            return Resources.NONE;
        }
    }

    @Override
    public Optional<byte[]> read(String reference) {
        if (base == null || reference == null || ImportContext.isRemote(reference)) {
            return Optional.empty();
        }
        String ref = reference.strip();
        int cut = indexOfAny(ref, '?', '#');
        if (cut >= 0) {
            ref = ref.substring(0, cut);
        }
        if (ref.regionMatches(true, 0, "file:", 0, 5)) {
            ref = ref.substring(5).replaceFirst("^//(localhost)?", "");
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = ref;
        }
        for (String candidate : decoded.equals(ref) ? List.of(ref) : List.of(decoded, ref)) {
            Optional<byte[]> found = find(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<byte[]> find(String ref) {
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!ref.startsWith("/")) {
                return readFile(base.resolve(ref));
            }
            String rel = ref.replaceFirst("^/+", "");
            Path dir = base;
            for (int i = 0; i < ANCESTORS && dir != null; i++, dir = dir.getParent()) {
                for (String site : SITE_FOLDERS) {
                    Optional<byte[]> found = readFile((site.isEmpty() ? dir : dir.resolve(site)).resolve(rel));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } catch (InvalidPathException e) {
            // Not a file name on this system.
        }
        return Optional.empty();
    }

    private static Optional<byte[]> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceFiles.read(file, ImportContext.MAX_IMAGE_BYTES).bytes());
        } catch (IOException | ImportException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
