package dev.gloss.core.userlibrary;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.SourceFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding the files of an import, and reading one within a size limit. */
final class SourceFiles {
    private static final int BUFFER = 64 * 1024;

    /** A file's bytes and their SHA-256, in hex. */
    record Content(byte[] bytes, String sha256) {
    }

    /** A path to import: a file, or a failure found while looking (a folder that cannot be listed). */
    record Candidate(Path path, String problem) {
    }

    private SourceFiles() {
    }

    /**
     * The files to import, in order: a named file as it is, whatever its extension (it fails with a
     * reason if Gloss cannot read it); from a folder and its subfolders, the files Gloss reads,
     * leaving out hidden files and folders. Symbolic links to folders are not followed, so a loop
     * cannot make the walk endless.
     */
    static List<Candidate> expand(List<Path> paths) {
        List<Candidate> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(new Candidate(path, null));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(p -> !p.equals(path) && !isHidden(path.relativize(p)))
                        .filter(Files::isRegularFile)
                        .filter(p -> SourceFormat.ofFileName(p.getFileName().toString()).isPresent())
                        .sorted()
                        .toList();
                found.forEach(p -> files.add(new Candidate(p, null)));
                if (found.isEmpty()) {
                    files.add(new Candidate(path, "The folder holds no files Gloss imports ("
                            + SourceFormat.allExtensions() + ")."));
                }
            } catch (IOException | RuntimeException e) {
                files.add(new Candidate(path, "The folder cannot be read completely: " + describe(e)));
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a file of at most {@code limit} bytes. The size is checked before reading and again while
     * reading, since a file can grow or lie about its size (a device, a pipe); a file over the limit
     * is never loaded whole.
     */
    static Content read(Path file, long limit) throws ImportException, IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw tooLarge(size, limit);
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = readAtMost(in, limit, sha256);
            return new Content(bytes, HexFormat.of().formatHex(sha256.digest()));
        }
    }

    /** Reads a stream to its end, or fails as soon as it passes {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit, MessageDigest digest) throws ImportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new ImportException("The file is larger than " + readableSize(limit)
                        + ", the largest file Gloss imports.");
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ImportException tooLarge(long size, long limit) {
        return new ImportException("The file is " + readableSize(size) + "; Gloss imports files of up to "
                + readableSize(limit) + ".");
    }

    /** A size as people read it: "100.0 MB", or "2.4 KB" below a megabyte. */
    static String readableSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
