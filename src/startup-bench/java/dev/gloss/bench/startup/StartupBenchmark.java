package dev.gloss.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times Gloss's start-up against the floor (a bare JavaFX stage): whole processes, started the same
 * way and alternately, from just before the process is started to the moment its first-frame
 * probe line is read, with the resident memory and processor time the probe reports then. Prints
 * the medians and the ratios to the floor. Not a test: run it on a quiet machine.
 * <pre>
 * java -cp target/startup-bench-classes dev.gloss.bench.startup.StartupBenchmark --module-path MP [--runs 10]
 *      [--jvm-option OPT]... [--image NAME=DIR]... [--other-build NAME=MODULE_PATH]...
 *      [--run-java NAME=LAUNCHER [--run-java-option OPT]...]
 * </pre>
 * {@code --image} also times the {@code bin/gloss} launcher of a jlink or jpackage image;
 * {@code --other-build} also times Gloss from another build's module path (say, before a change);
 * {@code --run-java} also times Gloss on the same module path started by another java command, such
 * as src/packaging/run/java.sh, which {@code mvn javafx:run} uses, with its own JVM options
 * ({@code --run-java-option}, the pom's for {@code javafx:run}) and its run folder under
 * target/startup-bench-run (its first start, the warm-up, records its class-data archive).
 */
public final class StartupBenchmark {
    static final double TIME_TARGET = 1.3;
    static final double MEMORY_TARGET = 1.5;
    private static final String PROBE = "-Dgloss.startupProbe=true -Dgloss.startupProbe.exit=true";

    /** One way of starting a window that prints a probe line. */
    record Subject(String name, List<String> command, Map<String, String> environment, boolean takesDataDir) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("startup benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        Optional<String> display = VirtualDisplay.fromEnvironment();
        int status;
        if (display.isPresent()) {
            status = run(options, display.get(), "DISPLAY " + display.get());
        } else {
            try (VirtualDisplay xvfb = VirtualDisplay.start()) {
                status = run(options, xvfb.name(), "Xvfb " + xvfb.name() + " started for the benchmark");
            }
        }
        System.exit(status);
    }

    private static int run(Options options, String display, String where) throws IOException, InterruptedException {
        List<Subject> subjects = subjects(options);
        Results results = new Results(subjects.stream().map(Subject::name).toList());
        String loadBefore = loadAverage();
        System.out.printf("Start-up benchmark: %d runs of each after one warm-up, on %s; load average %s%n",
                options.runs, where, loadBefore);
        for (int round = 0; round <= options.runs; round++) {
            List<Subject> order = new ArrayList<>(subjects);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            StringBuilder progress = new StringBuilder(round == 0 ? "warm-up:" : "run " + round + ":");
            for (Subject subject : order) {
                Optional<Map<String, ProbeLine>> lines = runOnce(subject, display, options.timeoutSeconds);
                if (round > 0) {
                    results.add(subject.name(), lines);
                }
                progress.append(' ').append(subject.name()).append(' ')
                        .append(lines.flatMap(Results::firstFrame).map(l -> Results.seconds(l.millis())).orElse("failed"));
            }
            System.out.println(progress);
        }
        System.out.println();
        System.out.print(results.table(subjects.get(0).name()));
        System.out.print(results.steps());
        String loadAfter = loadAverage();
        System.out.println("Load average before: " + loadBefore + "; after: " + loadAfter
                + (Double.parseDouble(loadAfter.split(" ")[0]) > 3 ? " (a busy machine: the times are slower than on a quiet one)" : ""));
        return results.complete(subjects) ? 0 : 1;
    }

    /** The floor first (the ratios are to it), then Gloss on the module path, then any images. */
    static List<Subject> subjects(Options o) {
        List<String> common = new ArrayList<>();
        common.add(o.java);
        common.addAll(o.jvmOptions);
        common.addAll(List.of(PROBE.split(" ")));
        common.addAll(List.of("--module-path", o.modulePath));
        List<Subject> subjects = new ArrayList<>();
        List<String> floor = new ArrayList<>(common);
        floor.addAll(List.of("-m", "dev.gloss.bench.startup/dev.gloss.bench.startup.FloorApp"));
        subjects.add(new Subject("floor", floor, Map.of(), false));
        List<String> gloss = new ArrayList<>(common);
        gloss.addAll(List.of("-m", "dev.gloss/dev.gloss.Main"));
        subjects.add(new Subject("gloss", gloss, Map.of(), true));
        o.otherBuilds.forEach((name, modulePath) -> {
            List<String> other = new ArrayList<>(common.subList(0, common.size() - 1));
            other.addAll(List.of(modulePath, "-m", "dev.gloss/dev.gloss.Main"));
            subjects.add(new Subject(name, other, Map.of(), true));
        });
        o.runJava.forEach((name, launcher) -> {
            List<String> run = new ArrayList<>(List.of(launcher));
            run.addAll(o.runJavaOptions);
            run.addAll(common.subList(1 + o.jvmOptions.size(), common.size()));
            run.addAll(List.of("-m", "dev.gloss/dev.gloss.Main"));
            subjects.add(new Subject(name, run,
                    Map.of("GLOSS_RUN_DIR", Path.of("target", "startup-bench-run", name.replaceAll("[^A-Za-z0-9._-]", "_"))
                            .toAbsolutePath().toString()), true));
        });
        o.images.forEach((name, dir) -> subjects.add(new Subject(name, List.of(dir.resolve("bin/gloss").toString()),
                // An image's launcher takes no JVM options from its arguments, but every JVM reads these.
                Map.of("JAVA_TOOL_OPTIONS", String.join(" ", o.jvmOptions) + " " + PROBE), true)));
        return subjects;
    }

    /** Starts the subject once and gives its probe lines by tag, or nothing if it printed no first frame. */
    private static Optional<Map<String, ProbeLine>> runOnce(Subject subject, String display, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("gloss-bench-");
        Path errors = Files.createTempFile("gloss-bench-", ".err");
        try {
            List<String> command = new ArrayList<>(subject.command());
            if (subject.takesDataDir()) {
                command.addAll(List.of("--data-dir", dataDir.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put("DISPLAY", display);
            builder.environment().putAll(subject.environment());
            long launched = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            Map<String, ProbeLine> lines = new LinkedHashMap<>();
            List<String> otherOutput = new ArrayList<>();
            long firstFrameSeen = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Optional<ProbeLine> probe = ProbeLine.parse(line);
                    probe.ifPresent(p -> lines.put(p.tag(), p));
                    if (probe.isEmpty()) {
                        otherOutput.add(line);
                    } else if (probe.get().isFirstFrame() && firstFrameSeen < 0) {
                        firstFrameSeen = System.nanoTime();
                    }
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (lines.values().stream().noneMatch(ProbeLine::isFirstFrame)) {
                // The JVM's own start-up errors go to standard output.
                otherOutput.addAll(Files.readAllLines(errors));
                System.out.println(subject.name() + " printed no first frame; the end of its output:");
                otherOutput.subList(Math.max(0, otherOutput.size() - 5), otherOutput.size())
                        .forEach(l -> System.out.println("  " + l));
                return Optional.empty();
            }
            return Optional.of(onOurClock(lines, (firstFrameSeen - launched) / 1_000_000));
        } finally {
            deleteTree(dataDir);
            Files.deleteIfExists(errors);
        }
    }

    /**
     * The lines' times moved so that the first frame is when this runner read it, counted from
     * just before it started the process: the same clock for every subject, whatever its probe
     * takes for the process's start (an older Gloss took a start instant a second off).
     */
    static Map<String, ProbeLine> onOurClock(Map<String, ProbeLine> lines, long firstFrameMillis) {
        long shift = firstFrameMillis - Results.firstFrame(lines).orElseThrow().millis();
        Map<String, ProbeLine> moved = new LinkedHashMap<>();
        lines.forEach((tag, l) -> moved.put(tag, new ProbeLine(tag, l.millis() + shift, l.rssKiB(), l.cpuMillis())));
        return moved;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The command line's options. */
    static final class Options {
        int runs = 10;
        int timeoutSeconds = 180;
        String modulePath;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        final List<String> jvmOptions = new ArrayList<>();
        final Map<String, Path> images = new LinkedHashMap<>();
        final Map<String, String> otherBuilds = new LinkedHashMap<>();
        final Map<String, String> runJava = new LinkedHashMap<>();
        final List<String> runJavaOptions = new ArrayList<>();

        static Options parse(String... args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--runs" -> o.runs = positive(args[i], value);
                    case "--timeout" -> o.timeoutSeconds = positive(args[i], value);
                    case "--module-path" -> o.modulePath = value;
                    case "--java" -> o.java = value;
                    case "--jvm-option" -> o.jvmOptions.add(value);
                    case "--image" -> o.images.put(name(args[i], value), Path.of(value.substring(value.indexOf('=') + 1)));
                    case "--run-java" -> o.runJava.put(name(args[i], value), value.substring(value.indexOf('=') + 1));
                    case "--run-java-option" -> o.runJavaOptions.add(value);
                    case "--other-build" -> o.otherBuilds.put(name(args[i], value), value.substring(value.indexOf('=') + 1));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (o.modulePath == null) {
                throw new IllegalArgumentException("--module-path is required: Gloss's module, the benchmark's and their dependencies");
            }
            return o;
        }

        /** The NAME of a NAME=VALUE option value. */
        private static String name(String option, String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new IllegalArgumentException(option + " is NAME=VALUE, not " + value);
            }
            String name = value.substring(0, eq);
            if (name.equals("floor") || name.equals("gloss")) {
                throw new IllegalArgumentException(option + ": the names floor and gloss are taken");
            }
            return name;
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException(option + " wants a positive number, not " + value);
        }
    }
}
