package dev.gloss.app;

import dev.gloss.app.reader.ReaderState;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * For the start-up benchmark: with {@code -Dgloss.startupProbe=true}, prints one line once the
 * first article has been painted, with the time since the process started and the resident memory
 * and the processor time used until then, then quits if {@code -Dgloss.startupProbe.exit=true}.
 * <pre>GLOSS_FIRST_FRAME millis=812 rssKiB=123456 cpuMillis=1490</pre>
 * The processor time (all threads) says more than the wall-clock time on a busy machine.
 */
public final class StartupProbe {
    private final boolean exit;

    private StartupProbe(boolean exit) {
        this.exit = exit;
    }

    public static Optional<StartupProbe> fromSystemProperties() {
        return Boolean.getBoolean("gloss.startupProbe")
                ? Optional.of(new StartupProbe(Boolean.getBoolean("gloss.startupProbe.exit"))) : Optional.empty();
    }

    /** Prints a probe line for an intermediate step, when the probe is on. */
    public static void mark(String tag) {
        if (Boolean.getBoolean("gloss.startupProbe")) {
            System.out.println(line(tag));
        }
    }

    void attach(ReaderState model) {
        model.startup().whenFirstFramePainted(this::report);
    }

    private void report() {
        System.out.println(line("GLOSS_FIRST_FRAME"));
        System.out.flush();
        if (exit) {
            Platform.exit();
        }
    }

    /** The probe's line: the milliseconds since the process started, the resident set size and the processor time now. */
    public static String line(String tag) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return tag + " millis=" + millisSinceStart(info) + " rssKiB=" + residentKiB()
                + " cpuMillis=" + info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * On Linux from /proc, to the clock tick: the process's start in ticks since boot
     * (/proc/self/stat, field 22; a tick is 10 ms, USER_HZ) against /proc/uptime. ProcessHandle's
     * start instant is off by up to a second, as it adds the boot time in whole seconds.
     */
    static long millisSinceStart(ProcessHandle.Info info) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces, start at field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException e) {
            Instant started = info.startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now()).toMillis();
        }
    }

    /** VmRSS from /proc/self/status on Linux; -1 elsewhere. */
    public static long residentKiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
