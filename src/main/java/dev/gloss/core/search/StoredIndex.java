package dev.gloss.core.search;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.TextUnit;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.Folders;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The search index of a library kept in this computer's cache folder, so that a start does not
 * index ten thousand articles again. Beside the Lucene files, {@value #MARKER} says what the index
 * holds: one line per article, its id and a fingerprint of its text. At open, articles whose
 * fingerprint changed are written again and those gone are removed; an index that is missing,
 * damaged or cannot be read is built anew from the library. The marker is deleted before the
 * index is written and written after the commit, so a crash in between means a rebuild, never an
 * index that says it holds what it does not.
 *
 * <p>Each line of the marker may also carry the stamps of the article's files as they were when
 * the article was read ({@link Library#stamps()}). A reader that finds every file as stamped
 * ({@link #holds}) knows the index holds the library without reading one article, and may search
 * it at once ({@link #openToRead}), even while another Gloss holds the index to write.
 */
public final class StoredIndex implements AutoCloseable {
    static final String MARKER = "gloss-index-contents.txt";
    /**
     * Changes when what a document holds changes (fields, analysis, topics): older indexes are
     * rebuilt. 2: article metadata, known titles, languages, code and identifiers, dates, completions.
     */
    static final String FORMAT = "gloss-index 2";

    /** How an open went: whether the index was built anew (and why), and how many articles were written. */
    public record Opening(boolean rebuilt, int articlesWritten, String reason) {
    }

    private final Path folder;
    private final Directory directory;
    private final SearchIndex index;
    private final Opening opening;
    /** What the index holds now, as its marker says. */
    private Marker contents;

    private StoredIndex(Path folder, Directory directory, SearchIndex index, Opening opening, Marker contents) {
        this.folder = folder;
        this.directory = directory;
        this.index = index;
        this.opening = opening;
        this.contents = contents;
    }

    /** A marker's lines: each article's fingerprint, and the stamps of its files where known. */
    record Marker(Map<String, String> fingerprints, Map<String, String> stamps) {
        /** The fingerprints, with the library's stamps of those articles. */
        static Marker of(Library library, Map<String, String> fingerprints) {
            Map<String, String> stamps = new LinkedHashMap<>();
            library.stamps().forEach((id, stamp) -> {
                if (fingerprints.containsKey(id)) {
                    stamps.put(id, stamp);
                }
            });
            return new Marker(fingerprints, stamps);
        }

        int sections() {
            return fingerprints.values().stream().mapToInt(StoredIndex::sectionsOf).sum();
        }
    }

    /**
     * Whether this index holds the library whose files have these stamps now
     * ({@code UserLibrary.stampsNow}): the same articles, each stamped as its marker says, so that
     * it can be searched as it is without reading the library. False when anything differs or an
     * article was recorded without stamps.
     */
    public boolean holds(Map<String, String> stampsNow) {
        return !stampsNow.isEmpty() && contents.fingerprints().keySet().equals(stampsNow.keySet())
                && contents.stamps().equals(stampsNow);
    }

    /** Whether this index holds every article of {@code library} as it is now. */
    public boolean holds(Library library) {
        return contents.fingerprints().equals(fingerprints(library));
    }

    /**
     * The index in {@code folder} opened to search only, as its last commit has it, without its
     * write lock: another Gloss may be writing it meanwhile. Empty when there is none, it does not
     * hold what its marker says, or it cannot be read. {@link #update} is refused.
     */
    public static Optional<StoredIndex> openToRead(Path folder) {
        Directory dir = null;
        SearchIndex index = null;
        try {
            Marker marker = readMarker(folder);
            if (marker == null) {
                return Optional.empty();
            }
            dir = FSDirectory.open(folder);
            index = SearchIndex.builder().directory(dir).readOnly().build();
            if (index.sectionCount() != marker.sections()) {
                closeQuietly(index, dir);
                return Optional.empty();
            }
            return Optional.of(new StoredIndex(folder, dir, index, new Opening(false, 0, ""), marker));
        } catch (IOException | RuntimeException e) {
            if (dir != null) {
                closeQuietly(index, dir);
            }
            return Optional.empty();
        }
    }

    /**
     * Opens the index in {@code folder} and brings it to {@code library}. Never throws for a damaged
     * index: it is built anew. Throws {@link UncheckedIOException} when the folder cannot be written
     * or another Gloss holds the index ({@link LockObtainFailedException} as the cause).
     */
    public static StoredIndex open(Path folder, Library library, Function<String, Set<String>> topics) {
        return open(folder, openAsHeld(folder, topics), library, topics);
    }

    /**
     * Opens the index as its marker says it is, without the library, so that a window can search
     * while the library is still being read; {@link #open(Path, StoredIndex, Library, Function)}
     * brings it to the library afterwards. Empty when there is none or it cannot be trusted.
     * Throws {@link UncheckedIOException} when another Gloss holds the index.
     */
    public static Optional<StoredIndex> openAsHeld(Path folder, Function<String, Set<String>> topics) {
        try {
            Marker held = readMarker(folder);
            return held == null ? Optional.empty() : Optional.ofNullable(reuse(folder, topics, held));
        } catch (IOException | RuntimeException e) {
            if (locked(e)) {
                throw new UncheckedIOException("The search index is in use by another Gloss.", new IOException(e));
            }
            return Optional.empty();
        }
    }

    /**
     * The index {@code held} (from {@link #openAsHeld}) brought to {@code library}: articles whose
     * fingerprint changed are written again, those gone removed. Without one, or when it cannot be
     * written, the index is built anew from the library.
     */
    public static StoredIndex open(Path folder, Optional<StoredIndex> held, Library library,
                                   Function<String, Set<String>> topics) {
        Marker wanted = Marker.of(library, fingerprints(library));
        String reason = Files.isDirectory(folder) ? "it is missing, damaged or its contents are not recorded" : "there is none";
        if (held.isPresent()) {
            StoredIndex stored = held.get();
            try {
                int written = stored.bringTo(library, wanted);
                return new StoredIndex(folder, stored.directory, stored.index, new Opening(false, written, ""), stored.contents);
            } catch (IOException | RuntimeException e) {
                stored.close();
                if (locked(e)) {
                    throw new UncheckedIOException("The search index is in use by another Gloss.", new IOException(e));
                }
                reason = "it cannot be written (" + e.getClass().getSimpleName() + ")";
            }
        }
        return rebuild(folder, library, topics, wanted, reason);
    }

    /** The index as the marker says; null if it does not hold what the marker says. */
    private static StoredIndex reuse(Path folder, Function<String, Set<String>> topics, Marker held)
            throws IOException {
        Directory dir = FSDirectory.open(folder);
        SearchIndex index = null;
        try {
            index = SearchIndex.builder().directory(dir).topics(topics).build();
            int expectedSections = held.sections();
            if (index.sectionCount() != expectedSections) {
                throw new IOException("the index holds " + index.sectionCount() + " sections, not " + expectedSections);
            }
            // Reading a search through every segment finds damage that opening alone does not.
            index.search(SearchRequest.typing("gloss"));
            return new StoredIndex(folder, dir, index, null, held);
        } catch (IOException | RuntimeException e) {
            closeQuietly(index, dir);
            if (locked(e)) {
                throw e;
            }
            return null;
        }
    }

    private static StoredIndex rebuild(Path folder, Library library, Function<String, Set<String>> topics,
                                       Marker wanted, String reason) {
        try {
            clearUnderLock(folder);
            Directory dir = FSDirectory.open(folder);
            SearchIndex index = SearchIndex.builder().directory(dir).topics(topics).build();
            index.addArticles(library.articles());
            writeMarker(folder, wanted);
            return new StoredIndex(folder, dir, index, new Opening(true, library.size(), reason), wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be written in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties the folder for a new index, holding the index's write lock while it does: a folder
     * that another Gloss is writing (an index it is building has no marker yet) is left alone, and
     * the lock is the reason given ({@link LockObtainFailedException}).
     */
    private static void clearUnderLock(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Folders.deleteTree(folder);
            Files.createDirectories(folder);
            return;
        }
        try (Directory dir = FSDirectory.open(folder);
             org.apache.lucene.store.Lock lock = dir.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (!file.getFileName().toString().equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
                        Folders.deleteTree(file);
                    }
                }
            }
            lock.ensureValid();
        }
    }

    /**
     * Writes the articles of {@code library} that the index does not hold as they are, removes
     * those gone, and records the new contents. Returns how many articles were written.
     */
    public synchronized int update(Library library) {
        try {
            return bringTo(library, Marker.of(library, fingerprints(library)));
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be written: " + e.getMessage(), e);
        }
    }

    private int bringTo(Library library, Marker wanted) throws IOException {
        if (index.readOnly()) {
            throw new IllegalStateException("This search index was opened to read only");
        }
        List<Article> changed = new ArrayList<>();
        for (Article a : library.articles()) {
            if (!wanted.fingerprints().get(a.id()).equals(contents.fingerprints().get(a.id()))) {
                changed.add(a);
            }
        }
        List<String> removed = contents.fingerprints().keySet().stream()
                .filter(id -> !wanted.fingerprints().containsKey(id)).toList();
        if (changed.isEmpty() && removed.isEmpty()) {
            if (!wanted.stamps().equals(contents.stamps())) {
                // The same articles, read from files stamped anew (or stamped for the first time).
                writeMarker(folder, wanted);
                contents = wanted;
            }
            return 0;
        }
        Files.deleteIfExists(folder.resolve(MARKER));
        index.replaceArticles(removed, changed);
        writeMarker(folder, wanted);
        contents = wanted;
        return changed.size();
    }

    public SearchIndex index() {
        return index;
    }

    public Opening opening() {
        return opening;
    }

    @Override
    public synchronized void close() {
        closeQuietly(index, directory);
    }

    /**
     * Article id to "sections:hash" of everything an article's documents are made of. The text is
     * hashed run by run, as if each section's plain text had been built, without building it: at
     * ten thousand articles that string building was most of a start's check of the index.
     */
    public static Map<String, String> fingerprints(Library library) {
        List<String> prints = library.articles().parallelStream().map(StoredIndex::fingerprint).toList();
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < prints.size(); i++) {
            byId.put(library.articles().get(i).id(), prints.get(i));
        }
        return byId;
    }

    private static String fingerprint(Article a) {
        long h = 1125899906842597L;
        h = mix(h, a.title());
        Article.Meta meta = a.meta();
        for (String part : new String[] {meta.author(), meta.published(), meta.description(), meta.language()}) {
            h = mix(h, part == null ? "" : part);
        }
        for (String tag : meta.tags()) {
            h = mix(h, tag);
        }
        for (Section s : a.sections()) {
            h = mix(h, s.id());
            h = mix(h, s.title());
            h = mix(h, s.titleKind().name());
            h = mixPlainText(h, s);
        }
        return a.sections().size() + ":" + Long.toHexString(h);
    }

    private static long mix(long h, String s) {
        return hashChars(h, s) * 0x9E3779B97F4A7C15L + s.length();
    }

    private static long hashChars(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** {@code mix(h, section.plainText())}, fed the runs and separators that text would be made of. */
    private static long mixPlainText(long h, Section section) {
        int length = 0;
        boolean first = true;
        for (Block block : section.blocks()) {
            for (TextUnit unit : block.units()) {
                if (!first) {
                    h = 31 * h + unit.separator();
                    length++;
                }
                first = false;
                for (Run run : unit.runs()) {
                    h = hashChars(h, run.text());
                    length += run.text().length();
                }
            }
        }
        return h * 0x9E3779B97F4A7C15L + length;
    }

    private static int sectionsOf(String fingerprint) {
        return Integer.parseInt(fingerprint.substring(0, fingerprint.indexOf(':')));
    }

    /** The marker's contents, or null when there is none or it is not one of this format. */
    private static Marker readMarker(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return null;
        }
        Map<String, String> held = new LinkedHashMap<>();
        Map<String, String> stamps = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isEmpty() || fields[1].indexOf(':') < 0) {
                return null;
            }
            held.put(fields[0], fields[1]);
            if (fields.length == 3 && !fields[2].isEmpty()) {
                stamps.put(fields[0], fields[2]);
            }
        }
        return new Marker(held, stamps);
    }

    private static void writeMarker(Path folder, Marker contents) throws IOException {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        contents.fingerprints().forEach((id, print) -> {
            text.append(id).append('\t').append(print);
            String stamp = contents.stamps().get(id);
            if (stamp != null) {
                text.append('\t').append(stamp);
            }
            text.append('\n');
        });
        AtomicFiles.write(folder.resolve(MARKER), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether another writer holds the index: then its files must be left alone. */
    static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(SearchIndex index, Directory dir) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (RuntimeException ignored) {
            // Closing a damaged index can fail; it is rebuilt or left as it is.
        }
        try {
            dir.close();
        } catch (IOException | RuntimeException ignored) {
            // Nothing was written through it that a close would keep.
        }
    }
}
