package dev.gloss.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a start-up probe, as Gloss's StartupProbe and the floor print it:
 * {@code TAG millis=N rssKiB=M cpuMillis=C}: the milliseconds since the process started, its resident
 * memory, and the processor time its threads have used (-1 where unknown).
 */
record ProbeLine(String tag, long millis, long rssKiB, long cpuMillis) {
    private static final Pattern LINE =
            Pattern.compile("^(\\w+) millis=(\\d+) rssKiB=(-?\\d+)(?: cpuMillis=(-?\\d+))?\\s*$");

    static Optional<ProbeLine> parse(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches()
                ? Optional.of(new ProbeLine(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                        m.group(4) == null ? -1 : Long.parseLong(m.group(4))))
                : Optional.empty();
    }

    /**
     * The line for this process, now: the same measures as Gloss's probe (dev.gloss.app.StartupProbe),
     * copied on purpose: a floor that required Gloss's module would resolve all of Gloss's modules too.
     */
    static String now(String tag) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return tag + " millis=" + millisSinceStart(info) + " rssKiB=" + residentKiB()
                + " cpuMillis=" + info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** From /proc to the 10 ms clock tick, as Gloss's probe does; ProcessHandle's start instant can be a second off. */
    private static long millisSinceStart(ProcessHandle.Info info) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException e) {
            Instant started = info.startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now()).toMillis();
        }
    }

    /** VmRSS from /proc/self/status; -1 where there is none. */
    private static long residentKiB() {
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

    boolean isFirstFrame() {
        return tag.endsWith("_FIRST_FRAME");
    }
}
