package dev.gloss.core.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders of this computer that belong to one data folder and are never synced with it: the
 * cache (the search index and the library pack, which only save time and are made again when
 * missing) and the state of this screen (window size and position, sidebar width, zoom).
 *
 * <p>The cache is under {@code $XDG_CACHE_HOME/gloss} (by default {@code ~/.cache/gloss}) on
 * Linux, {@code ~/Library/Caches/Gloss} on macOS and {@code %LOCALAPPDATA%\Gloss} on Windows; the
 * state under {@code $XDG_STATE_HOME/gloss} (by default {@code ~/.local/state/gloss}), {@code
 * ~/Library/Application Support/Gloss Local} and {@code %LOCALAPPDATA%\Gloss\State}. Each data
 * folder has a folder of its own in both, named by a digest of its absolute path, so two data
 * folders on one computer never share a cache. The {@code GLOSS_CACHE_DIR} and {@code
 * GLOSS_STATE_DIR} environment variables, or the system properties {@code gloss.cache.dir} and
 * {@code gloss.state.dir}, choose other roots (the tests do).
 */
public final class LocalFolders {
    public static final String CACHE_ENV = "GLOSS_CACHE_DIR";
    public static final String STATE_ENV = "GLOSS_STATE_DIR";
    public static final String CACHE_PROPERTY = "gloss.cache.dir";
    public static final String STATE_PROPERTY = "gloss.state.dir";
    /** The search index, inside a data folder's cache. */
    public static final String INDEX = "index";
    /** The library pack, inside a data folder's cache. */
    public static final String PACK = "library.pack";

    private LocalFolders() {
    }

    /** This computer's cache folder for the data folder {@code dataDir}. */
    public static Path cache(Path dataDir) {
        return cacheRoot().resolve(key(dataDir));
    }

    /** This computer's folder for the state of its screen, for the data folder {@code dataDir}. */
    public static Path state(Path dataDir) {
        return stateRoot().resolve(key(dataDir));
    }

    /** The search index of a data folder, on this computer. */
    public static Path index(Path dataDir) {
        return cache(dataDir).resolve(INDEX);
    }

    /** The library pack of a data folder, on this computer. */
    public static Path pack(Path dataDir) {
        return cache(dataDir).resolve(PACK);
    }

    static Path cacheRoot() {
        return root(CACHE_PROPERTY, CACHE_ENV, true, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path stateRoot() {
        return root(STATE_PROPERTY, STATE_ENV, false, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path root(String property, String envName, boolean cache, Map<String, String> env, String osName,
                     String home) {
        String chosen = System.getProperty(property);
        if (chosen == null || chosen.isBlank()) {
            chosen = env.get(envName);
        }
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        return platformRoot(cache, env, osName, home);
    }

    static Path platformRoot(boolean cache, Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Gloss");
            return cache ? base : base.resolve("State");
        }
        if (os.contains("mac")) {
            return cache ? Path.of(home, "Library", "Caches", "Gloss")
                    : Path.of(home, "Library", "Application Support", "Gloss Local");
        }
        String xdg = env.get(cache ? "XDG_CACHE_HOME" : "XDG_STATE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("gloss");
        }
        return cache ? Path.of(home, ".cache", "gloss") : Path.of(home, ".local", "state", "gloss");
    }

    /**
     * The name of a data folder's own folder: its last name, readable, and a digest of its whole
     * absolute path (links resolved where the folder exists), so that the same folder always gets
     * the same name and different ones never share it.
     */
    static String key(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                absolute = absolute.toRealPath();
            }
        } catch (IOException e) {
            // The path as given names it well enough.
        }
        String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        String readable = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolute.toString().getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Moves the caches that an earlier Gloss kept inside the data folder ({@code index/} and
     * {@code library/.pack}) to this computer's cache folder, once: where the cache already has
     * its own copy, the old one is only deleted (both are made from the library, so nothing is
     * lost either way). Returns what was moved or removed, for a log line; a failure leaves the
     * old files where they were, to be tried again at the next start.
     */
    public static Optional<String> moveOldCaches(Path dataDir) {
        StringBuilder done = new StringBuilder();
        Path cache = cache(dataDir);
        try {
            moveInto(dataDir.resolve("index"), cache.resolve(INDEX), done);
            moveInto(dataDir.resolve("library").resolve(".pack"), cache.resolve(PACK), done);
        } catch (IOException e) {
            return Optional.of("The old caches in " + dataDir + " could not be moved to " + cache + " ("
                    + IoErrors.describe(e) + "); they are tried again at the next start.");
        }
        return done.length() == 0 ? Optional.empty() : Optional.of(done.toString().trim());
    }

    private static void moveInto(Path old, Path target, StringBuilder done) throws IOException {
        if (!Files.exists(old)) {
            return;
        }
        if (Files.exists(target)) {
            if (Files.isDirectory(old)) {
                Folders.deleteTree(old);
            } else {
                Files.deleteIfExists(old);
            }
            done.append(" Removed the old copy ").append(old).append(" (the cache has its own).");
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException otherDisk) {
            // Another file system: copied whole first, then the old copy removed.
            Path partial = target.resolveSibling(target.getFileName() + ".moving");
            Folders.deleteTree(partial);
            copyTree(old, partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                Folders.deleteTree(partial);
            }
            if (Files.isDirectory(old)) {
                Folders.deleteTree(old);
            } else {
                Files.deleteIfExists(old);
            }
        }
        done.append(" Moved ").append(old).append(" to ").append(target).append('.');
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
