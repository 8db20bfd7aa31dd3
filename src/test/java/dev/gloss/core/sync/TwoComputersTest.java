package dev.gloss.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.bookmarks.Bookmark;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.StepClock;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserGlossary;
import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.PlainTextImporter;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two computers sharing a data folder through a sync tool that, like Syncthing, Dropbox and
 * Nextcloud, copies a file changed on one side to the other and, when both changed it, keeps the
 * newer as the file and the other as a conflict copy on both sides. Random interleavings of edits
 * (bookmarks with notes, glossary definitions), syncs, and starts of Gloss (which merge): at the end
 * nothing made is lost, nothing deleted comes back, and every note that lost a conflict is kept in
 * its bookmark's history.
 */
class TwoComputersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Article ARTICLE = article();

    @TempDir
    Path tmp;

    /** What happened to one bookmark or term, in the order of the shared clock. */
    record Event(Instant at, boolean deleted, String text) {
    }

    private final class Computer {
        final String name;
        final Path data;
        final Path state;
        /** Every bookmark's note (id, newline, note) that this computer's bookmarks.json has held. */
        final Set<String> seenNotes = new java.util.HashSet<>();

        Computer(String name) throws IOException {
            this.name = name;
            this.data = Files.createDirectories(tmp.resolve(name).resolve("data"));
            this.state = tmp.resolve(name).resolve("state");
        }

        SyncedFiles sync() {
            return new SyncedFiles(data, state, clock);
        }

        /**
         * Reads this computer's bookmarks.json as the reader would see it: its notes are known
         * here from now on, and a note that lost a conflict is safe once it is there (as the note
         * or in the history); the reader may replace it after that.
         */
        void look() throws IOException {
            byte[] bytes = read(data.resolve(BookmarkStore.FILE_NAME));
            if (bytes == null) {
                return;
            }
            notes(bytes).forEach((id, note) -> seenNotes.add(id + "\n" + note));
            for (JsonNode b : JSON.readTree(bytes).path("bookmarks")) {
                Set<String> pending = lostSides.get(b.path("id").asText());
                if (pending == null) {
                    continue;
                }
                List<String> kept = new ArrayList<>();
                kept.add(b.path("note").asText());
                b.path(EntryMerge.HISTORY).forEach(h -> kept.add(h.path("note").asText()));
                // A note added to (a second bookmark of the same passage joins the notes) is kept inside the longer one.
                pending.removeIf(lost -> kept.stream().anyMatch(k -> k.contains(lost)));
            }
        }
    }

    /** A clock both computers read (their clocks agree, as synced computers' do), moved by the test. */
    private final StepClock clock = new StepClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final Map<String, List<Event>> bookmarkEvents = new HashMap<>();
    private final Map<String, List<Event>> termEvents = new HashMap<>();
    /** Notes that were on the losing side of a conflict: bookmark id to the notes. */
    private final Map<String, Set<String>> lostSides = new HashMap<>();
    private final Map<String, byte[]> synced = new HashMap<>();
    private int counter;

    @Test
    void anyInterleavingOfEditsAndSyncsLosesNothingAndBringsNothingDeletedBack() throws Exception {
        // More interleavings: -Dgloss.sync.seeds=200 (from -Dgloss.sync.first=N).
        long first = Long.getLong("gloss.sync.first", 1);
        for (long seed = first; seed < first + Integer.getInteger("gloss.sync.seeds", 10); seed++) {
            runScenario(seed, 45);
        }
    }

    private void runScenario(long seed, int steps) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("seed-" + seed));
        bookmarkEvents.clear();
        termEvents.clear();
        lostSides.clear();
        synced.clear();
        Computer a = new Computer("seed-" + seed + "/laptop");
        Computer b = new Computer("seed-" + seed + "/desktop");
        Random random = new Random(seed);
        for (int step = 0; step < steps; step++) {
            clock.advance(Duration.ofSeconds(7));
            Computer on = random.nextBoolean() ? a : b;
            int what = random.nextInt(10);
            if (what < 5) {
                editBookmarks(on, random);
            } else if (what < 7) {
                editGlossary(on, random);
            } else if (what < 9) {
                syncStep(a, b, random);
            } else {
                on.sync().run(SyncedFiles.ALL);
            }
            a.look();
            b.look();
        }
        // Both computers stay online until all is in step.
        for (int round = 0; round < 8; round++) {
            clock.advance(Duration.ofSeconds(7));
            syncStep(a, b, random);
            a.sync().run(SyncedFiles.ALL);
            a.look();
            syncStep(a, b, random);
            b.sync().run(SyncedFiles.ALL);
            b.look();
        }
        syncStep(a, b, random);
        String context = "seed " + seed + " in " + root;
        for (String file : List.of(BookmarkStore.FILE_NAME, UserGlossary.FILE_NAME)) {
            assertEquals(JSON.readTree(a.data.resolve(file).toFile()), JSON.readTree(b.data.resolve(file).toFile()),
                    "both computers end with the same " + file + ": " + context);
        }
        for (Computer c : List.of(a, b)) {
            assertTrue(ConflictCopies.of(c.data.resolve(BookmarkStore.FILE_NAME)).isEmpty(), context);
            assertTrue(ConflictCopies.of(c.data.resolve(UserGlossary.FILE_NAME)).isEmpty(), context);
            checkBookmarks(c, context);
            checkGlossary(c, context);
        }
    }

    private void editBookmarks(Computer on, Random random) throws IOException {
        try (BookmarkStore store = BookmarkStore.open(on.data, clock)) {
            List<Bookmark> live = store.all();
            int op = live.isEmpty() ? 0 : random.nextInt(3);
            if (op == 0) {
                Section section = ARTICLE.sections().get(random.nextInt(ARTICLE.sections().size()));
                String note = on.name + " note " + (++counter);
                Bookmark made = store.addPassage(ARTICLE, section,
                        new dev.gloss.core.bookmarks.TextRange(0, Math.min(12, section.plainText().length())), note);
                // Two passages of one section with the same range are one bookmark: only its first note is "made".
                bookmarkEvents.computeIfAbsent(made.id(), k -> new ArrayList<>()).add(new Event(made.updated(), false, made.note()));
            } else if (op == 1) {
                Bookmark b = live.get(random.nextInt(live.size()));
                String note = on.name + " edit " + (++counter);
                Bookmark edited = store.updateNote(b.id(), note).orElseThrow();
                bookmarkEvents.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Event(edited.updated(), false, note));
            } else {
                Bookmark b = live.get(random.nextInt(live.size()));
                store.remove(b.id());
                bookmarkEvents.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Event(clock.instant(), true, null));
            }
        }
        touch(on.data.resolve(BookmarkStore.FILE_NAME));
    }

    private void editGlossary(Computer on, Random random) throws IOException {
        UserGlossary glossary = new UserGlossary(on.data, clock);
        List<Term> terms = new ArrayList<>(glossary.load().terms());
        int op = terms.isEmpty() ? 0 : random.nextInt(3);
        if (op == 0) {
            String id = "term-" + (++counter);
            terms.add(term(id, "Defined on the " + on.name + " (" + counter + ")."));
            termEvents.computeIfAbsent(id, k -> new ArrayList<>()).add(new Event(clock.instant(), false, terms.get(terms.size() - 1).definition()));
        } else if (op == 1) {
            int i = random.nextInt(terms.size());
            Term t = terms.get(i);
            String definition = "Redefined on the " + on.name + " (" + (++counter) + ").";
            terms.set(i, term(t.id(), definition));
            termEvents.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new Event(clock.instant(), false, definition));
        } else {
            Term t = terms.remove(random.nextInt(terms.size()));
            termEvents.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(new Event(clock.instant(), true, null));
        }
        glossary.save(terms);
        touch(on.data.resolve(UserGlossary.FILE_NAME));
    }

    /**
     * The sync tool: per file, a change on one side is copied to the other (a deletion deletes); a
     * change on both keeps the newer as the file and the older as a conflict copy on both sides,
     * named by Syncthing's, Dropbox's or Nextcloud's rule. Modification times travel with the files.
     */
    private void syncStep(Computer a, Computer b, Random random) throws IOException {
        Set<String> names = new TreeSet<>(synced.keySet());
        names.addAll(files(a.data));
        names.addAll(files(b.data));
        for (String name : names) {
            byte[] inA = read(a.data.resolve(name));
            byte[] inB = read(b.data.resolve(name));
            byte[] before = synced.get(name);
            boolean aChanged = !Arrays.equals(inA, before);
            boolean bChanged = !Arrays.equals(inB, before);
            if (!aChanged && !bChanged) {
                continue;
            }
            if (aChanged && !bChanged) {
                copy(a.data.resolve(name), b.data.resolve(name));
                synced.put(name, inA);
            } else if (bChanged && !aChanged) {
                copy(b.data.resolve(name), a.data.resolve(name));
                synced.put(name, inB);
            } else if (Arrays.equals(inA, inB)) {
                synced.put(name, inA);
            } else if (inA == null || inB == null) {
                // Changed on one side, deleted on the other: the tools keep the change.
                Computer keeper = inA == null ? b : a;
                Computer other = keeper == a ? b : a;
                copy(keeper.data.resolve(name), other.data.resolve(name));
                synced.put(name, inA == null ? inB : inA);
            } else {
                Instant ta = Files.getLastModifiedTime(a.data.resolve(name)).toInstant();
                Instant tb = Files.getLastModifiedTime(b.data.resolve(name)).toInstant();
                Computer winner = tb.isAfter(ta) ? b : a;
                Computer loser = winner == a ? b : a;
                String copyName = conflictName(name, random);
                recordLosingNotes(name, winner, read(loser.data.resolve(name)), read(winner.data.resolve(name)));
                Files.copy(loser.data.resolve(name), loser.data.resolve(copyName));
                Files.setLastModifiedTime(loser.data.resolve(copyName), Files.getLastModifiedTime(loser.data.resolve(name)));
                copy(loser.data.resolve(copyName), winner.data.resolve(copyName));
                copy(winner.data.resolve(name), loser.data.resolve(name));
                synced.put(name, read(winner.data.resolve(name)));
                synced.put(copyName, read(winner.data.resolve(copyName)));
            }
        }
    }

    private String conflictName(String name, Random random) {
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot);
        String ext = name.substring(dot);
        String date = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(ZoneOffset.UTC));
        return switch (random.nextInt(3)) {
            case 0 -> stem + ".sync-conflict-" + date + "-" + "ABCDEF" + (char) ('A' + counter++ % 26) + ext;
            case 1 -> stem + " (Reader's conflicted copy " + date.substring(0, 8) + " " + counter++ + ")" + ext;
            default -> stem + " (conflicted copy " + date.substring(0, 8) + " " + date.substring(9) + counter++ + ")" + ext;
        };
    }

    /**
     * The notes of the losing side that the winning computer never had: they must survive, as note
     * or history. (A note the winning computer had and its reader replaced is not lost.)
     */
    private void recordLosingNotes(String name, Computer winningComputer, byte[] loser, byte[] winner) throws IOException {
        if (!name.equals(BookmarkStore.FILE_NAME)) {
            return;
        }
        Set<String> known = winningComputer.seenNotes;
        Map<String, String> theirs = notes(loser);
        Map<String, String> ours = notes(winner);
        theirs.forEach((id, note) -> {
            if (!note.equals(ours.get(id)) && !known.contains(id + "\n" + note)) {
                lostSides.computeIfAbsent(id, k -> new TreeSet<>()).add(note);
            }
        });
    }

    private static Map<String, String> notes(byte[] bookmarksJson) throws IOException {
        Map<String, String> notes = new LinkedHashMap<>();
        for (JsonNode b : JSON.readTree(bookmarksJson).path("bookmarks")) {
            notes.put(b.path("id").asText(), b.path("note").asText());
        }
        return notes;
    }

    private void checkBookmarks(Computer c, String context) throws IOException {
        JsonNode doc = JSON.readTree(c.data.resolve(BookmarkStore.FILE_NAME).toFile());
        Map<String, JsonNode> live = new HashMap<>();
        for (JsonNode b : doc.path("bookmarks")) {
            live.put(b.path("id").asText(), b);
        }
        try (BookmarkStore store = BookmarkStore.open(c.data, clock)) {
            assertEquals(live.size(), store.all().size(), "Gloss reads the merged file: " + context);
        }
        bookmarkEvents.forEach((id, events) -> {
            Event last = events.stream().max(java.util.Comparator.comparing(Event::at)).orElseThrow();
            JsonNode found = live.get(id);
            if (last.deleted()) {
                assertFalse(found != null, "bookmark " + id + " was deleted last and came back on the " + c.name + ": " + context);
                return;
            }
            if (found == null) {
                fail("bookmark " + id + " with the note '" + last.text() + "' was lost on the " + c.name + ": " + context);
            }
            assertEquals(last.text(), found.path("note").asText(), "the latest note wins: " + id + ", " + context);
            assertEquals(Set.of(), lostSides.getOrDefault(id, Set.of()),
                    "the notes of the side that lost a conflict reached the merged file: " + id + ", " + context);
        });
    }

    private void checkGlossary(Computer c, String context) {
        Map<String, Term> terms = new HashMap<>();
        new UserGlossary(c.data, clock).load().terms().forEach(t -> terms.put(t.id(), t));
        termEvents.forEach((id, events) -> {
            Event last = events.stream().max(java.util.Comparator.comparing(Event::at)).orElseThrow();
            if (last.deleted()) {
                assertFalse(terms.containsKey(id), "term " + id + " was deleted last and came back on the " + c.name + ": " + context);
            } else {
                assertTrue(terms.containsKey(id), "term " + id + " ('" + last.text() + "') was lost on the " + c.name + ": " + context);
                assertEquals(last.text(), terms.get(id).definition(), "the later definition wins: " + context);
            }
        });
    }

    private void touch(Path file) throws IOException {
        if (Files.exists(file)) {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        }
    }

    private static Term term(String id, String definition) {
        return new Term(id, id.replace('-', ' '), List.of(), definition, "", List.of(), "", false, Term.Origin.USER);
    }

    private static Set<String> files(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                // What a reader is told not to sync: lock files and the backups of this computer's saves.
                if (Files.isRegularFile(p) && !n.endsWith(".lock") && !n.endsWith(".bak") && !n.startsWith(".")) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            Files.deleteIfExists(to);
            return;
        }
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static Article article() {
        StringBuilder text = new StringBuilder("Sourdough at home\n\n");
        for (String heading : List.of("Starter", "Hydration", "Folding", "Proofing", "Baking")) {
            text.append(heading).append("\n\n");
            for (int i = 0; i < 3; i++) {
                text.append("The ").append(heading.toLowerCase()).append(" step ").append(i)
                        .append(" decides how open the crumb is and how the crust browns in a hot oven.\n\n");
            }
        }
        try {
            return PlainTextImporter.parse(text.toString(), "sourdough", new Article.Origin("sourdough.txt", "text"));
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }
}
