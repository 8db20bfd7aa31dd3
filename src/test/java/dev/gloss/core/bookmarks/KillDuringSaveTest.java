package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A writer killed with SIGKILL at random moments, a couple of hundred times, over the same data
 * folder: after each kill the file must parse and hold every change the writer reported as saved,
 * give or take the one change it was saving when it died. Two lanes, each with its own folder,
 * run side by side to fit the kills into a minute and a half.
 */
class KillDuringSaveTest {
    private static final int KILLS = Integer.getInteger("gloss.test.kills", 200);
    private static final int LANES = 2;
    /** On a loaded machine the test stops here rather than take minutes; it still requires 60 kills. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(90);
    private static final int MIN_KILLS = Math.min(KILLS, 60);
    /** What {@link WriterProcess} prints after each saved change. */
    private static final Pattern REPORT = Pattern.compile("(added|removed) [0-9a-f-]{36}");

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesAReadableFileMissingAtMostTheChangeInFlight() throws Exception {
        long start = System.nanoTime();
        AtomicInteger kills = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<Lane>> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            Lane lane = new Lane(dir.resolve("lane-" + i), new Random(42 + i));
            lanes.add(pool.submit(() -> {
                while (System.nanoTime() - start < BUDGET_NANOS && kills.getAndIncrement() < KILLS) {
                    lane.killOnce();
                }
                return lane;
            }));
        }
        int saved = 0;
        int inFlight = 0;
        int done = 0;
        for (Future<Lane> f : lanes) {
            Lane lane = f.get();
            done += lane.kills;
            saved += lane.present.size();
            inFlight += lane.inFlightOnDisk;
            lane.assertNoTempFilesPileUp();
        }
        pool.shutdown();
        assertTrue(done >= MIN_KILLS, "only " + done + " kills fitted in the time budget");
        assertTrue(saved > done / 2, "the writers saved too little to test anything: " + saved);
        System.out.printf("kills=%d bookmarks=%d changesInFlightThatReachedDisk=%d seconds=%.1f%n", done, saved,
                inFlight, (System.nanoTime() - start) / 1e9);
    }

    /** One data folder, written by one writer at a time, each killed in turn. */
    private static final class Lane {
        private final Path dir;
        private final Random random;
        private final Set<String> present = new HashSet<>();
        private final Set<String> removed = new HashSet<>();
        private int kills;
        private int inFlightOnDisk;

        Lane(Path dir, Random random) {
            this.dir = dir;
            this.random = random;
        }

        void killOnce() throws Exception {
            List<String> reported = runAndKill("k" + kills, random.nextInt(40));
            kills++;
            // The writer's own list of its bookmarks (WriterProcess.loop), rebuilt from what it reported.
            List<String> mine = new ArrayList<>();
            for (String line : reported) {
                String id = line.substring(line.indexOf(' ') + 1);
                if (line.startsWith("added ")) {
                    mine.add(id);
                    present.add(id);
                } else {
                    assertTrue(!mine.isEmpty() && mine.remove(mine.size() - 1).equals(id),
                            "after kill " + kills + " the writer reported removing " + id + " out of turn: " + reported);
                    present.remove(id);
                    removed.add(id);
                }
            }
            Path file = dir.resolve(BookmarkStore.FILE_NAME);
            Set<String> onDisk;
            try {
                // No file yet reads as no bookmarks, as BookmarkFile reads it: any reported one is missing.
                onDisk = Files.exists(file) ? Fixtures.idsInFile(file) : Set.of();
            } catch (BookmarkFormatException e) {
                fail("after kill " + kills + " the file does not parse: " + e.getMessage());
                return;
            }
            Set<String> missing = new HashSet<>(present);
            missing.removeAll(onDisk);
            Set<String> unexpected = new HashSet<>(onDisk);
            unexpected.removeAll(present);
            Set<String> resurrected = new HashSet<>(unexpected);
            resurrected.retainAll(removed);
            assertTrue(resurrected.isEmpty(), "after kill " + kills + " deleted bookmarks came back: " + resurrected);
            // The one change in flight is the step after the last one reported: every fourth step
            // removes the writer's latest bookmark, the others add a new one.
            boolean removalInFlight = reported.size() % 4 == 3;
            String victim = removalInFlight ? mine.get(mine.size() - 1) : null;
            boolean onlyTheChangeInFlight = removalInFlight
                    ? unexpected.isEmpty() && (missing.isEmpty() || missing.equals(Set.of(victim)))
                    : missing.isEmpty() && unexpected.size() <= 1;
            String inFlight = removalInFlight ? "the removal of " + victim : "the addition of a new bookmark";
            assertTrue(onlyTheChangeInFlight, "after kill " + kills + ", missing " + missing + " and never reported "
                    + unexpected + ": more than the one change in flight (" + inFlight + " after " + reported.size()
                    + " reported changes)");
            inFlightOnDisk += missing.size() + unexpected.size();
            // The change in flight reached the disk: from now on it counts as reported.
            present.removeAll(missing);
            removed.addAll(missing);
            present.addAll(unexpected);
        }

        void assertNoTempFilesPileUp() throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                long temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
                assertTrue(temps <= 1, "temporary files of killed writers pile up: " + temps);
            }
        }

        /**
         * Starts a writer, lets it save at least once, waits a random moment, kills it; returns every
         * line it printed. The child is killed through its {@link ProcessHandle}: {@code
         * Process.destroyForcibly()} also closes our end of its output, so lines it had printed but we
         * had not read yet (the reader thread is easily a few lines behind on a loaded machine) would
         * be lost and look like bookmarks missing from the file.
         */
        private List<String> runAndKill(String key, int delayMillis) throws Exception {
            Process child = new ProcessBuilder(Fixtures.javaCommand(WriterProcess.class, "loop", dir.toString(), key))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            AtomicReference<Throwable> readFailure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try (InputStream in = child.getInputStream()) {
                    readLines(in, lines);
                } catch (IOException | RuntimeException e) {
                    readFailure.set(e);
                }
            });
            reader.start();
            long waitedFrom = System.nanoTime();
            while (lines.isEmpty() && child.isAlive()) {
                if (System.nanoTime() - waitedFrom > TimeUnit.SECONDS.toNanos(30)) {
                    child.toHandle().destroyForcibly();
                    fail("the writer did not save within 30 s");
                }
                Thread.sleep(1);
            }
            assertTrue(child.isAlive(), "the writer died by itself");
            Thread.sleep(delayMillis);
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the killed writer did not stop");
            assertEquals(137, child.exitValue(), "not killed by SIGKILL");
            // Everything the writer printed is in the pipe or, once it is reaped, in memory: read it all.
            reader.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(reader.isAlive(), "the writer's output was not read to its end within 60 s");
            if (readFailure.get() != null) {
                throw new AssertionError("the writer's output could not be read to its end", readFailure.get());
            }
            return new ArrayList<>(lines);
        }

        /**
         * Adds each whole line of {@code in} to {@code lines}. A line counts only with its line break:
         * the writer prints a line after its change is saved, so a cut-off last line (killed while
         * printing) is not a report and its change is the one in flight.
         */
        private static void readLines(InputStream in, List<String> lines) throws IOException {
            InputStream buffered = new BufferedInputStream(in);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = buffered.read(); b != -1; b = buffered.read()) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (!REPORT.matcher(text).matches()) {
                    throw new IOException("the writer printed something else than a report: " + text);
                }
                lines.add(text);
            }
        }
    }
}
