package dev.gloss.core.userlibrary;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.SourceFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

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
     * leaving out hidden files and folders. Symbolic links inside a folder are not followed (a link
     * to a file is imported only when named itself), so a loop cannot make the walk endless and a
     * link cannot bring in a file from elsewhere. Gloss's own data folder is left out. A subfolder
     * or file that cannot be read is reported on its own, in words, and the rest is imported.
     */
    static List<Candidate> expand(List<Path> paths, Path dataDir) {
        List<Candidate> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(new Candidate(path, null));
                continue;
            }
            if (isInside(path, dataDir)) {
                files.add(new Candidate(path, "This folder is Gloss's own data folder (" + dataDir
                        + ") or inside it; Gloss does not import its own files."));
                continue;
            }
            Walk walk = new Walk(path, dataDir);
            try {
                Files.walkFileTree(path, walk);
            } catch (IOException | RuntimeException e) {
                walk.failed.add(new Candidate(path, "The folder cannot be read completely: " + describe(e)));
            }
            walk.found.sort(java.util.Comparator.naturalOrder());
            walk.found.forEach(p -> files.add(new Candidate(p, null)));
            files.addAll(walk.failed);
            if (walk.found.isEmpty() && walk.failed.isEmpty()) {
                files.add(new Candidate(path, "The folder holds no files Gloss imports ("
                        + SourceFormat.allExtensions() + ")."));
            }
        }
        return files;
    }

    static List<Candidate> expand(List<Path> paths) {
        return expand(paths, null);
    }

    /** The walk of one folder: the files to import, and what could not be read, each on its own. */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final Path top;
        private final Path dataDir;
        final List<Path> found = new ArrayList<>();
        final List<Candidate> failed = new ArrayList<>();

        Walk(Path top, Path dataDir) {
            this.top = top;
            this.dataDir = dataDir;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(top) && (isHidden(top.relativize(dir)) || isInside(dir, dataDir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Not following links, the walk sees a link as a link: it is left out.
            if (attrs.isRegularFile() && !isHidden(top.relativize(file))
                    && SourceFormat.ofFileName(file.getFileName().toString()).isPresent()) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(top.relativize(file))) {
                failed.add(new Candidate(file, (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                        ? "This folder cannot be read, so its files were not imported: "
                        : "This file cannot be read: ") + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** Whether {@code path} is {@code folder} or inside it, comparing where they really are (links followed). */
    static boolean isInside(Path path, Path folder) {
        if (folder == null) {
            return false;
        }
        Path p = real(path);
        Path f = real(folder);
        return p.startsWith(f);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
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
        String file = readableSize(size);
        String most = readableSize(limit);
        if (file.equals(most)) {
            // Just past the limit, both round to the same figure: say it in bytes.
            return new ImportException(String.format(Locale.ROOT,
                    "The file is %,d bytes; Gloss imports files of up to %,d bytes (%s).", size, limit, most));
        }
        return new ImportException("The file is " + file + "; Gloss imports files of up to " + most + ".");
    }

    /** A size as people read it: "100.0 MB", or "2.4 KB" below a megabyte. */
    static String readableSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** What went wrong, in words: the reason with the file it concerns, never a bare path or a class name alone. */
    static String describe(Throwable e) {
        return dev.gloss.core.storage.IoErrors.describe(e);
    }
}
