package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two windows, or a window and the command line, writing the same file at once lose nothing. */
class ConcurrentWritersTest {
    private static final int PER_WRITER = 150;

    @TempDir
    Path dir;

    @Test
    void twoStoresInTwoThreadsLoseNothing() throws Exception {
        BookmarkStore first = BookmarkStore.open(dir);
        BookmarkStore second = BookmarkStore.open(dir);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Set<String>> a = pool.submit(() -> write(first, "a", together));
        Future<Set<String>> b = pool.submit(() -> write(second, "b", together));
        Set<String> expected = new HashSet<>(a.get(60, TimeUnit.SECONDS));
        expected.addAll(b.get(60, TimeUnit.SECONDS));
        first.close();
        second.close();
        pool.shutdown();

        assertEquals(2 * (PER_WRITER - PER_WRITER / 10), expected.size());
        assertEquals(expected, Fixtures.idsInFile(dir.resolve(BookmarkStore.FILE_NAME)));
        // Each store, after its last save, also sees the other's bookmarks.
        try (BookmarkStore reopened = BookmarkStore.open(dir)) {
            assertEquals(expected.size(), reopened.all().size());
        }
    }

    /** Adds bookmarks, removes every tenth one and edits notes, saving at random moments; returns the ids that should remain. */
    private static Set<String> write(BookmarkStore store, String key, CyclicBarrier together) throws Exception {
        together.await();
        Set<String> kept = new HashSet<>();
        Bookmark previous = null;
        for (int i = 0; i < PER_WRITER; i++) {
            Bookmark b = store.addSection(Fixtures.SCRATCH, Fixtures.section(key + i), "");
            kept.add(b.id());
            if (i % 10 == 9) {
                store.remove(previous.id());
                kept.remove(previous.id());
            }
            if (i % 7 == 0) {
                store.updateNote(b.id(), "edited by " + key);
            }
            if (i % 3 == 0) {
                store.flush();
            }
            previous = b;
        }
        store.flush();
        return kept;
    }

    @Test
    void aWindowAndTheCommandLineEditingTheSameBookmarkKeepTheLaterEdit() throws Exception {
        try (BookmarkStore window = BookmarkStore.open(dir)) {
            Bookmark b = window.addSection(Fixtures.SCRATCH, Fixtures.section("shared"), "first");
            Bookmark gone = window.addSection(Fixtures.SCRATCH, Fixtures.section("gone"), "");
            window.flush();
            try (BookmarkStore cli = BookmarkStore.open(dir)) {
                cli.remove(gone.id());
                cli.updateNote(b.id(), "from the command line");
            }
            // The window still holds its old copies; its next save must not bring them back.
            window.addSection(Fixtures.SCRATCH, Fixtures.section("later"), "");
            window.flush();
            assertEquals("from the command line", window.get(b.id()).orElseThrow().note());
            assertTrue(window.get(gone.id()).isEmpty());
        }
        try (BookmarkStore reopened = BookmarkStore.open(dir)) {
            assertEquals(2, reopened.all().size());
            assertTrue(reopened.all().stream().anyMatch(x -> x.note().equals("from the command line")));
        }
    }

    @Test
    void refreshPicksUpWhatAnotherWriterSavedAndTellsTheListener() throws Exception {
        try (BookmarkStore window = BookmarkStore.open(dir)) {
            AtomicInteger changes = new AtomicInteger();
            window.setChangeListener(changes::incrementAndGet);
            Bookmark fromCli;
            try (BookmarkStore cli = BookmarkStore.open(dir)) {
                fromCli = cli.addSection(Fixtures.SCRATCH, Fixtures.section("cli"), "");
            }
            assertTrue(window.get(fromCli.id()).isEmpty());
            window.refresh();
            assertTrue(window.get(fromCli.id()).isPresent());
            assertEquals(1, changes.get());
            window.refresh();
            assertEquals(1, changes.get(), "nothing new, no call");
        }
    }

    @Test
    void twoProcessesAtOnceLoseNothing() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (String key : List.of("p", "q")) {
            writers.add(new ProcessBuilder(Fixtures.javaCommand(WriterProcess.class, "burst", dir.toString(), key,
                    String.valueOf(PER_WRITER))).redirectErrorStream(true).start());
        }
        for (Process p : writers) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a writer did not finish");
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        }
        Set<String> expected = new HashSet<>();
        for (String key : List.of("p", "q")) {
            for (int i = 0; i < PER_WRITER; i++) {
                if (i % 10 != 8) {
                    expected.add("scratch/" + key + "-" + i);
                }
            }
        }
        Set<String> onDisk = new HashSet<>();
        for (Bookmark b : BookmarkCodec.read(Files.readAllBytes(dir.resolve(BookmarkStore.FILE_NAME))).live()) {
            onDisk.add(b.sectionId());
        }
        assertEquals(expected, onDisk);
    }
}
