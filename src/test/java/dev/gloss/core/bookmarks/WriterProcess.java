package dev.gloss.core.bookmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the reliability tests. {@code loop DIR KEY}: forever, adds a bookmark (and every
 * fourth step removes the one before), saves, and only then prints {@code added ID} or
 * {@code removed ID}, so what it printed is on disk. {@code burst DIR KEY N}: adds N bookmarks
 * and removes every tenth, saving now and then as a window would, then exits.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        String key = args[2];
        try (BookmarkStore store = BookmarkStore.open(dir)) {
            if (args[0].equals("loop")) {
                loop(store, key);
            } else {
                burst(store, key, Integer.parseInt(args[3]));
            }
        }
    }

    private static void loop(BookmarkStore store, String key) throws Exception {
        List<String> mine = new ArrayList<>();
        for (int i = 0; ; i++) {
            String line;
            if (i % 4 == 3) {
                String victim = mine.remove(mine.size() - 1);
                store.remove(victim);
                line = "removed " + victim;
            } else {
                Bookmark b = store.addSection(Fixtures.SCRATCH, Fixtures.section(key + "-" + i), "note " + i);
                mine.add(b.id());
                line = "added " + b.id();
            }
            store.flush();
            System.out.println(line);
            System.out.flush();
        }
    }

    private static void burst(BookmarkStore store, String key, int count) throws Exception {
        Bookmark previous = null;
        for (int i = 0; i < count; i++) {
            Bookmark b = store.addSection(Fixtures.SCRATCH, Fixtures.section(key + "-" + i), "");
            if (i % 10 == 9) {
                store.remove(previous.id());
            }
            if (i % 3 == 0) {
                store.flush();
            }
            previous = b;
        }
        Thread.sleep(Duration.ofMillis(5).toMillis());
    }
}
