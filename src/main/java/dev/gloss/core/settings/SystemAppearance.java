package dev.gloss.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers dark colours, found without JavaFX (JavaFX 21 has no
 * Platform.Preferences; it came in 22). On Linux: a GTK_THEME ending in ":dark", else GNOME's
 * color-scheme setting (and, where that says "default", whether the GTK theme's name says dark).
 * Elsewhere, and whenever the answer cannot be found, {@link Appearance#UNKNOWN}. Runs gsettings,
 * which can take a moment: call it off the FX thread.
 */
public final class SystemAppearance {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** Runs a command and gives its standard output, or nothing if it fails or takes too long. */
    @FunctionalInterface
    interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private SystemAppearance() {
    }

    public static Appearance detect() {
        return detect(System.getProperty("os.name", ""), System.getenv(), SystemAppearance::run);
    }

    /** The same, as "prefers dark" yes, no or unknown (empty). */
    public static Optional<Boolean> prefersDark() {
        Appearance appearance = detect();
        return appearance == Appearance.UNKNOWN ? Optional.empty() : Optional.of(appearance == Appearance.DARK);
    }

    static Appearance detect(String osName, Map<String, String> env, CommandRunner runner) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Appearance.UNKNOWN;
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtkTheme.endsWith(":dark")) {
            return Appearance.DARK;
        }
        Optional<String> scheme = gsettings(runner, "color-scheme");
        if (scheme.isEmpty()) {
            return Appearance.UNKNOWN;
        }
        switch (scheme.get()) {
            case "prefer-dark":
                return Appearance.DARK;
            case "prefer-light":
                return Appearance.LIGHT;
            default:
                // "default", or a GNOME older than 42 without color-scheme: the theme's name tells.
                return gsettings(runner, "gtk-theme")
                        .map(theme -> theme.toLowerCase(Locale.ROOT).contains("dark") ? Appearance.DARK : Appearance.LIGHT)
                        .orElse(scheme.get().equals("default") ? Appearance.LIGHT : Appearance.UNKNOWN);
        }
    }

    /** A key of org.gnome.desktop.interface, without gsettings' quotes. */
    private static Optional<String> gsettings(CommandRunner runner, String key) {
        return runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", key))
                .map(String::strip)
                .map(value -> value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                        ? value.substring(1, value.length() - 1) : value)
                .filter(value -> !value.isEmpty());
    }

    private static Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
            process.getOutputStream().close();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(4096), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
