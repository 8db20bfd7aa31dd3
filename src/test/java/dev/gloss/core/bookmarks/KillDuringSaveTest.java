package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            for (String line : reported) {
                String id = line.substring(line.indexOf(' ') + 1);
                if (line.startsWith("added ")) {
                    present.add(id);
                } else {
                    present.remove(id);
                    removed.add(id);
                }
            }
            Set<String> onDisk;
            try {
                onDisk = Fixtures.idsInFile(dir.resolve(BookmarkStore.FILE_NAME));
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
            assertTrue(missing.size() + unexpected.size() <= 1, "after kill " + kills + ", missing " + missing
                    + " and never reported " + unexpected + ": more than the one change in flight");
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

        /** Starts a writer, lets it save at least once, waits a random moment, kills it; returns what it reported. */
        private List<String> runAndKill(String key, int delayMillis) throws Exception {
            Process child = new ProcessBuilder(Fixtures.javaCommand(WriterProcess.class, "loop", dir.toString(), key))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The pipe closes when the child dies.
                }
            });
            reader.start();
            long waitedFrom = System.nanoTime();
            while (lines.isEmpty() && child.isAlive()) {
                if (System.nanoTime() - waitedFrom > TimeUnit.SECONDS.toNanos(30)) {
                    child.destroyForcibly();
                    fail("the writer did not save within 30 s");
                }
                Thread.sleep(1);
            }
            assertTrue(child.isAlive(), "the writer died by itself");
            Thread.sleep(delayMillis);
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the killed writer did not stop");
            assertEquals(137, child.exitValue(), "not killed by SIGKILL");
            reader.join(10_000);
            return new ArrayList<>(lines);
        }
    }
}
