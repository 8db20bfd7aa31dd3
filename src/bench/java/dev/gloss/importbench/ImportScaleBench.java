package dev.gloss.importbench;

import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.corpus.SyntheticCorpus;
import dev.gloss.core.userlibrary.UserLibrary;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Imports N synthetic articles through the window's own import on a headless stage while an
 * AnimationTimer watches the gaps between frames, then starts the app on that data folder and
 * reads its start-up probe. Not a test: run with {@code mvn -Pimport-bench verify -DskipTests}
 * ({@code -Dimport.bench.articles=2000} for a shorter run).
 */
public final class ImportScaleBench {
    private static final long STALL_NANOS = 100_000_000L;

    /** The gaps between frames on the FX thread. */
    static final class FrameWatch extends AnimationTimer {
        private volatile long last;
        volatile long longest;
        volatile int stalls;
        /** Each stall over 100 ms: when it began and ended (System.nanoTime). */
        final List<long[]> stallTimes = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void handle(long now) {
            if (last != 0) {
                long gap = now - last;
                longest = Math.max(longest, gap);
                if (gap > STALL_NANOS) {
                    stalls++;
                    stallTimes.add(new long[] {last, now});
                }
            }
            last = now;
        }

        void reset() {
            last = 0;
            longest = 0;
            stalls = 0;
            stallTimes.clear();
        }
    }

    /**
     * Samples the FX thread every 10 ms while no frame has come for 50 ms, and counts where it
     * was, by its topmost Gloss frames, so that a stall names its cause.
     */
    static final class StallSampler extends Thread {
        private final FrameWatch watch;
        private final Thread fx;
        private final java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();
        /** Every sample with its time, to name what each stall over 100 ms was made of. */
        private final List<Object[]> timeline = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile boolean on = true;

        StallSampler(FrameWatch watch, Thread fx) {
            super("stall-sampler");
            setDaemon(true);
            this.watch = watch;
            this.fx = fx;
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
                long last = watch.last;
                if (!on || last == 0 || System.nanoTime() - last < 50_000_000L) {
                    continue;
                }
                StackTraceElement[] stack = fx.getStackTrace();
                StringBuilder key = new StringBuilder();
                int top = 0;
                int gloss = 0;
                for (StackTraceElement e : stack) {
                    boolean ours = e.getClassName().startsWith("dev.gloss");
                    if (top < 3 || ours) {
                        key.append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName());
                        key.append(ours ? ":" + e.getLineNumber() : "").append(" < ");
                    }
                    top++;
                    if (ours && ++gloss == 4) {
                        break;
                    }
                }
                samples.merge(key.toString(), 1, Integer::sum);
                timeline.add(new Object[] {System.nanoTime(), key.toString()});
            }
        }

        void print() {
            System.out.println("FX_STALL_SAMPLES (10 ms each, where the FX thread was while no frame came for 50 ms):");
            samples.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                    .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
            for (long[] stall : List.copyOf(watch.stallTimes)) {
                System.out.printf("STALL %d ms%n", (stall[1] - stall[0]) / 1_000_000);
                java.util.Map<String, Integer> inStall = new java.util.TreeMap<>();
                for (Object[] sample : List.copyOf(timeline)) {
                    long t = (Long) sample[0];
                    if (t >= stall[0] && t <= stall[1]) {
                        inStall.merge((String) sample[1], 1, Integer::sum);
                    }
                }
                inStall.forEach((k, n) -> System.out.printf("    %3d  %s%n", n, k.length() > 260 ? k.substring(0, 260) : k));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/import-bench");
        Path files = work.resolve("files");
        Path data = work.resolve("data");
        Optional<Path> image = args.length > 2 && !args[2].isBlank() ? Optional.of(Path.of(args[2])) : Optional.empty();
        if (n == 0) {
            // Start-ups only, on the data folder an earlier run imported into.
            startups(data, image);
            System.exit(0);
        }
        dev.gloss.core.storage.Folders.deleteTree(work);
        Files.createDirectories(files);
        System.out.printf("Writing %d synthetic articles to %s%n", n, files);
        List<Path> written = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED).writeTextFiles(files, n);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FrameWatch watch = new FrameWatch();
        Thread[] fxThread = new Thread[1];
        Platform.runLater(() -> fxThread[0] = Thread.currentThread());
        ReaderState[] model = new ReaderState[1];
        ImportViewModel[] imports = new ImportViewModel[1];
        MainWindow.Parts[] window = new MainWindow.Parts[1];
        Background background = Background.threads("gloss-bench-window", 1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            model[0] = new ReaderState();
            var parts = MainWindow.open(new WindowContext(model[0], new ThemeModel(Optional.empty()),
                    background, data, () -> { }), 1200, 800);
            stage.setScene(parts.scene());
            stage.show();
            window[0] = parts;
            imports[0] = parts.imports();
            model[0].load(UserLibrary.source(data), background, Optional.empty());
            watch.start();
        });
        waitFor(() -> model[0] != null && !model[0].loadingProperty().get(), 60);
        drain(background);
        Thread.sleep(1000);

        onFx(watch::reset);
        StallSampler sampler = new StallSampler(watch, fxThread[0]);
        sampler.start();
        long t0 = System.nanoTime();
        onFx(() -> imports[0].importPaths(List.of(files)));
        waitFor(() -> imports[0] != null && !imports[0].runningProperty().get(), 3600);
        long imported = System.nanoTime() - t0;
        drain(background);
        waitForSearchIndex(data.resolve("index"), onFxGet(() -> model[0].articles().size()));
        long settled = System.nanoTime() - t0;
        Thread.sleep(1000);
        onFx(watch::stop);
        sampler.on = false;
        sampler.print();
        int librarySize = onFxGet(() -> model[0].articles().size());
        System.out.printf("IMPORT articles=%d files=%d library=%d importSeconds=%.1f settledSeconds=%.1f%n",
                n, written.size(), librarySize, imported / 1e9, settled / 1e9);
        System.out.printf("FX_STALLS longestMillis=%d over100ms=%d%n", watch.longest / 1_000_000, watch.stalls);
        // As a window that closes does: the starts below open the index on disk themselves.
        onFx(() -> window[0].close());
        waitForIndexLock(data.resolve("index"));
        Platform.exit();

        startups(data, image);
        System.exit(0);
    }

    /**
     * Three starts from the class path on Monocle, as the tests run; then, given a jlink image,
     * three starts of the image (as installed, on its class-data archive and JVM options) on a
     * display: DISPLAY, or an Xvfb of the benchmark's own.
     */
    private static void startups(Path data, Optional<Path> image) throws IOException, InterruptedException {
        List<String> classPath = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgloss.startupProbe=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"), "dev.gloss.Main");
        for (int run = 1; run <= 3; run++) {
            startup("classpath", classPath, null, data, run);
        }
        if (image.isEmpty()) {
            return;
        }
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            for (int n = 91; n < 100 && xvfb == null; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    continue;
                }
                display = ":" + n;
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Thread.sleep(1000);
                if (!xvfb.isAlive()) {
                    xvfb = null;
                }
            }
            if (xvfb == null) {
                System.out.println("STARTUP image: no DISPLAY and no Xvfb could be started; the image is not timed");
                return;
            }
        }
        try {
            String options = Files.readAllLines(image.get().resolve("bin/gloss")).stream()
                    .filter(l -> l.startsWith("JLINK_VM_OPTIONS=")).findFirst()
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).orElse("");
            List<String> command = new ArrayList<>();
            command.add(image.get().resolve("bin/java").toString());
            command.addAll(List.of(options.split(" ")).stream().filter(o -> !o.isBlank()).toList());
            command.addAll(List.of("-Dgloss.startupProbe=true", "-m", "dev.gloss/dev.gloss.Main"));
            for (int run = 1; run <= 3; run++) {
                startup("image", command, display, data, run);
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** Starts the app on the data folder and prints the probe's first frame, library and search times. */
    private static void startup(String subject, List<String> command, String display, Path data, int run)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GLOSS_DATA_DIR", data.toAbsolutePath().toString());
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
        List<String> awaited = List.of("GLOSS_FIRST_FRAME", "GLOSS_LIBRARY_READY", "GLOSS_LIBRARY_LISTED", "GLOSS_SEARCH_READY",
                "GLOSS_TOPICS_READY", "GLOSS_GLOSSARY_READY");
        awaited.forEach(tag -> marks.put(tag, "?"));
        AtomicBoolean done = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(180_000);
            } catch (InterruptedException e) {
                return;
            }
            if (!done.get()) {
                p.destroy();
            }
        });
        killer.setDaemon(true);
        killer.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                String tag = line.split(" ")[0];
                if (marks.containsKey(tag)) {
                    marks.put(tag, millis(line));
                }
                if (!marks.containsValue("?")) {
                    done.set(true);
                    p.destroy();
                    break;
                }
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        System.out.printf("STARTUP %s run=%d firstFrameMillis=%s libraryReadyMillis=%s libraryListedMillis=%s"
                        + " searchReadyMillis=%s topicsReadyMillis=%s glossaryReadyMillis=%s%n", subject, run,
                marks.get("GLOSS_FIRST_FRAME"), marks.get("GLOSS_LIBRARY_READY"), marks.get("GLOSS_LIBRARY_LISTED"), marks.get("GLOSS_SEARCH_READY"), marks.get("GLOSS_TOPICS_READY"),
                marks.get("GLOSS_GLOSSARY_READY"));
    }

    /** The window's search closes its index on its own worker: waits until the index's write lock is free. */
    private static void waitForIndexLock(Path index) throws IOException, InterruptedException {
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index)) {
            for (int i = 0; i < 600; i++) {
                try (org.apache.lucene.store.Lock lock = dir.obtainLock("write.lock")) {
                    return;
                } catch (org.apache.lucene.store.LockObtainFailedException e) {
                    Thread.sleep(100);
                }
            }
        }
        throw new IllegalStateException("The window did not let go of the search index");
    }

    /** Search updates its index on a worker of its own: waits until its record lists the whole library. */
    private static void waitForSearchIndex(Path index, int articles) throws IOException, InterruptedException {
        Path marker = index.resolve("gloss-index-contents.txt");
        long end = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < end) {
            if (Files.exists(marker)) {
                try (Stream<String> lines = Files.lines(marker)) {
                    if (lines.count() == articles + 1) {
                        return;
                    }
                } catch (IOException e) {
                    // Being replaced: read again.
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The search index did not take in the import");
    }

    private static String millis(String line) {
        return line.replaceAll(".*millis=(\\d+).*", "$1");
    }

    /** Waits until the window's worker has done everything queued before now. */
    private static void drain(Background background) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> background.run(() -> null, x -> done.countDown(), e -> done.countDown()));
            done.await(30, TimeUnit.MINUTES);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> s) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Platform.runLater(() -> {
            result[0] = s.get();
            done.countDown();
        });
        done.await();
        @SuppressWarnings("unchecked") T t = (T) result[0];
        return t;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread.sleep(300);
        while (System.nanoTime() < end) {
            if (onFxGet(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Gave up waiting after " + seconds + " s");
    }
}
