package dev.gloss.core.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Gloss keeps the reader's data (settings, bookmarks, imported articles): the --data-dir
 * option, else the GLOSS_DATA_DIR environment variable, else the platform's usual place
 * ($XDG_DATA_HOME/gloss, by default ~/.local/share/gloss, on Linux).
 */
public final class DataDir {
    public static final String ENV = "GLOSS_DATA_DIR";

    private DataDir() {
    }

    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Optional<Path> option, Map<String, String> env, String osName, String home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Gloss");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Gloss");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("gloss");
    }
}
