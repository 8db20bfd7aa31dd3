package dev.gloss.bench.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The probe lines of every run, by subject, and their medians as tables. */
final class Results {
    private final Map<String, List<Map<String, ProbeLine>>> runs = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();

    /** @param subjects their names, in the order the tables list them */
    Results(List<String> subjects) {
        subjects.forEach(s -> runs.put(s, new ArrayList<>()));
    }

    void add(String subject, Optional<Map<String, ProbeLine>> lines) {
        lines.ifPresentOrElse(runs.get(subject)::add, () -> failures.merge(subject, 1, Integer::sum));
    }

    static Optional<ProbeLine> firstFrame(Map<String, ProbeLine> lines) {
        return lines.values().stream().filter(ProbeLine::isFirstFrame).findFirst();
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    /** What the table reports of a first-frame line. */
    private enum Measure { TIME, MEMORY, CPU }

    private List<Long> firstFrames(String subject, Measure measure) {
        return runs.getOrDefault(subject, List.of()).stream().map(Results::firstFrame).flatMap(Optional::stream)
                .map(l -> switch (measure) {
                    case TIME -> l.millis();
                    case MEMORY -> l.rssKiB();
                    case CPU -> l.cpuMillis();
                }).toList();
    }

    /**
     * Medians of the first frame, of the memory then and of the processor time used until then,
     * each with its ratio to the floor's.
     */
    String table(String floor) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%-10s %4s %11s %14s %8s %11s %8s %9s %8s%n",
                "subject", "runs", "first frame", "(min - max)", "vs floor", "RSS", "vs floor", "CPU time", "vs floor"));
        double floorTime = median(firstFrames(floor, Measure.TIME));
        double floorRss = median(firstFrames(floor, Measure.MEMORY));
        double floorCpu = median(firstFrames(floor, Measure.CPU));
        for (String subject : runs.keySet()) {
            List<Long> times = firstFrames(subject, Measure.TIME);
            if (times.isEmpty()) {
                t.append(String.format(Locale.ROOT, "%-10s %4d  no run printed a first frame%n", subject, 0));
                continue;
            }
            double time = median(times);
            double rss = median(firstFrames(subject, Measure.MEMORY));
            double cpu = median(firstFrames(subject, Measure.CPU));
            String range = String.format(Locale.ROOT, "(%.2f - %.2f)", min(times) / 1000.0, max(times) / 1000.0);
            boolean cpuKnown = cpu >= 0 && floorCpu > 0;
            t.append(String.format(Locale.ROOT, "%-10s %4d %11s %14s %7.2fx %7.1f MiB %7.2fx %9s %8s%n", subject,
                    times.size(), seconds(time), range, time / floorTime, rss / 1024, rss / floorRss,
                    cpuKnown ? seconds(cpu) : "-",
                    cpuKnown ? String.format(Locale.ROOT, "%.2fx", cpu / floorCpu) : "-"));
        }
        t.append(String.format(Locale.ROOT, "Targets: first frame within %.1fx the floor, memory within %.1fx.%n",
                StartupBenchmark.TIME_TARGET, StartupBenchmark.MEMORY_TARGET));
        failures.forEach((subject, n) -> t.append(subject).append(": ").append(n).append(" run(s) failed\n"));
        return t.toString();
    }

    /** Medians of every probe line each subject printed, in the order printed: where the time goes. */
    String steps() {
        StringBuilder t = new StringBuilder("\nMedian time to each probe line:\n");
        runs.forEach((subject, list) -> {
            Set<String> tags = new LinkedHashSet<>();
            list.forEach(lines -> tags.addAll(lines.keySet()));
            t.append(String.format(Locale.ROOT, "  %-10s", subject));
            for (String tag : tags) {
                List<Long> millis = list.stream().map(lines -> lines.get(tag)).filter(l -> l != null)
                        .map(ProbeLine::millis).toList();
                t.append(' ').append(tag).append(' ').append(seconds(median(millis))).append(';');
            }
            t.append('\n');
        });
        return t.toString();
    }

    boolean complete(List<StartupBenchmark.Subject> subjects) {
        return subjects.stream().allMatch(s -> !firstFrames(s.name(), Measure.TIME).isEmpty());
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
