package dev.gloss.core.search;

import dev.gloss.core.library.Library;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The search of a data folder's library through its index on disk, for a process that searches and
 * ends (the command line): it opens the index, checks it against the library, brings it up to date
 * when it can, searches, and closes it.
 *
 * <p>The check is cheap when nothing changed: the index records the stamps (sizes, times, file
 * keys) of the files each article was read from, so when every file is as stamped the index is
 * searched as it is, and no article is read. Otherwise the library is read and the index brought
 * to it under its write lock. When another Gloss (a window) holds that lock, the index is searched
 * as that Gloss last wrote it, and {@link #freshness()} says whether it may be behind.
 *
 * <p>A window keeps its index open while it runs instead: {@link #kept} (the same index on disk,
 * the same checks, kept up to date as the library changes).
 */
public final class SearchService implements AutoCloseable {

    /** How the index searched compares with the library. */
    public enum Freshness {
        /** It holds the library as it is. */
        CURRENT,
        /** It was brought up to date (or built) before the search. */
        UPDATED,
        /** Another Gloss is writing it; it may not hold the library's latest changes. */
        BEHIND,
        /** The index on disk could not be used; one was built in memory for this search. */
        IN_MEMORY
    }

    /**
     * What the service reads the library with.
     *
     * @param stampsNow the stamps of every article's files as they are now, without reading them
     * @param library   the library, read
     * @param topics    the topic ids of each section of a library, asked for only when sections are written
     */
    public record Source(Supplier<Map<String, String>> stampsNow, Supplier<Library> library,
                         Function<Library, Function<String, Set<String>>> topics) {
    }

    private final SearchIndex index;
    private final StoredIndex stored;
    private final Freshness freshness;
    private final Library library;

    private SearchService(SearchIndex index, StoredIndex stored, Freshness freshness, Library library) {
        this.index = index;
        this.stored = stored;
        this.freshness = freshness;
        this.library = library;
    }

    /** Opens the index in {@code folder} for the library {@code source} reads. Never throws for a damaged index. */
    public static SearchService open(Path folder, Source source) {
        // The index is opened on a second core while the library's files are looked at on this
        // one: when nothing changed (the usual case) the search can start as soon as both are done.
        java.util.concurrent.FutureTask<Optional<StoredIndex>> opening =
                new java.util.concurrent.FutureTask<>(() -> StoredIndex.openToRead(folder));
        Thread opener = new Thread(opening, "gloss-index-open");
        opener.setDaemon(true);
        opener.start();
        Map<String, String> stamps = source.stampsNow().get();
        Optional<StoredIndex> read = joined(opening);
        // Checked against the marker of the very index opened: one read of it, and no other version.
        if (read.isPresent() && read.get().holds(stamps)) {
            return new SearchService(read.get().index(), read.get(), Freshness.CURRENT, null);
        }
        read.ifPresent(StoredIndex::close);
        Library library = source.library().get();
        Function<String, Set<String>> topics = lazily(() -> source.topics().apply(library));
        try {
            StoredIndex opened = StoredIndex.open(folder, library, topics);
            boolean changed = opened.opening().rebuilt() || opened.opening().articlesWritten() > 0;
            return new SearchService(opened.index(), opened, changed ? Freshness.UPDATED : Freshness.CURRENT, library);
        } catch (UncheckedIOException e) {
            if (StoredIndex.locked(e)) {
                Optional<StoredIndex> last = StoredIndex.openToRead(folder);
                if (last.isPresent()) {
                    Freshness freshness = last.get().holds(library) ? Freshness.CURRENT : Freshness.BEHIND;
                    return new SearchService(last.get().index(), last.get(), freshness, library);
                }
            }
            return new SearchService(inMemory(library, topics), null, Freshness.IN_MEMORY, library);
        }
    }

    /** What the opening thread found; it has ended when this returns. */
    private static Optional<StoredIndex> joined(java.util.concurrent.FutureTask<Optional<StoredIndex>> opening) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return opening.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            // openToRead never throws; anything else means the index is not used.
            return Optional.empty();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The index to search. */
    public SearchIndex index() {
        return index;
    }

    public Freshness freshness() {
        return freshness;
    }

    /** The library, when the check had to read it; empty when the index was searched without it. */
    public Optional<Library> library() {
        return Optional.ofNullable(library);
    }

    @Override
    public void close() {
        if (stored != null) {
            stored.close();
        } else {
            index.close();
        }
    }

    /** The topics, worked out at the first section that needs them: an index that is current never asks. */
    /** An index of the library in memory, for when the one on disk cannot be used. */
    private static SearchIndex inMemory(Library library, Function<String, Set<String>> topics) {
        SearchIndex built = SearchIndex.builder().topics(topics).build();
        built.addArticles(library.articles());
        return built;
    }

    private static Function<String, Set<String>> lazily(Supplier<Function<String, Set<String>>> made) {
        return new Function<>() {
            private Function<String, Set<String>> topics;

            @Override
            public synchronized Set<String> apply(String sectionId) {
                if (topics == null) {
                    topics = made.get();
                }
                return topics.apply(sectionId);
            }
        };
    }

    /**
     * The index of a window's library, kept open while the window runs: opened from disk as soon as
     * the window is up (before the library is read), then brought to the library once it is read,
     * and kept in step with it. In memory when there is no folder or another Gloss holds it. Every
     * method but {@link #close} is for one worker thread, one call at a time.
     */
    public static Kept kept(Optional<Path> folder, Function<Library, Function<String, Set<String>>> topics) {
        return new Kept(folder, topics);
    }

    /** See {@link #kept}. */
    public static final class Kept implements AutoCloseable {
        private final Optional<Path> folder;
        private final Function<Library, Function<String, Set<String>>> topicsOf;
        /** The index on disk as it was, opened before the library was read; null until tried. */
        private Optional<StoredIndex> held;
        /** The index kept on disk once brought to the library; null for one in memory. */
        private StoredIndex stored;
        /** The index brought to the library, to search and to update; null before. */
        private volatile SearchIndex index;
        /** The library the index holds. */
        private Library indexed;
        /** The topics of the library whose sections are being written, asked for at the first section. */
        private volatile Function<String, Set<String>> topics;
        private volatile boolean closed;

        private Kept(Optional<Path> folder, Function<Library, Function<String, Set<String>>> topicsOf) {
            this.folder = folder;
            this.topicsOf = topicsOf;
            this.topics = lazily(() -> topicsOf.apply(null));
        }

        /**
         * Opens the index on disk as its marker says, without the library, so that searches can
         * be answered while the library is still being read. Empty when there is none, it cannot
         * be trusted, or another Gloss holds it.
         */
        public synchronized Optional<SearchIndex> openAsHeld() {
            if (held == null && !closed && folder.isPresent()) {
                try {
                    held = StoredIndex.openAsHeld(folder.get(), this::topicIds);
                } catch (UncheckedIOException e) {
                    held = Optional.empty();
                }
            }
            return held == null ? Optional.empty() : held.map(StoredIndex::index);
        }

        /**
         * The index brought to {@code library}: the one opened by {@link #openAsHeld} (articles
         * written or removed as they changed), else the one on disk opened or built anew, else one
         * built in memory.
         */
        public synchronized SearchIndex bringTo(Library library) {
            if (closed) {
                // A window that closed meanwhile: nothing is opened on disk any more.
                return index != null ? index : SearchIndex.builder().build();
            }
            topicsFor(library);
            SearchIndex brought = folder.map(f -> onDisk(f, library)).orElseGet(() -> inMemory(library, this::topicIds));
            indexed = library;
            index = brought;
            return brought;
        }

        /** Whether {@link #bringTo} has made the index ready for updates. */
        public boolean brought() {
            return index != null;
        }

        /**
         * Brings the index to a changed library (an import, a removal, an undo) by writing only the
         * articles added, changed or removed. False when nothing changed, or before {@link #bringTo}.
         */
        public synchronized boolean update(Library library) {
            SearchIndex target = index;
            if (target == null || closed) {
                return false;
            }
            Library before = indexed;
            // Sections are tagged with the topics of the library they now belong to.
            topicsFor(library);
            indexed = library;
            if (stored != null) {
                return stored.update(library) > 0;
            }
            List<dev.gloss.core.model.Article> changed = library.articles().stream()
                    .filter(a -> !before.article(a.id()).map(b -> b == a || b.equals(a)).orElse(false)).toList();
            List<String> removed = before.articles().stream().map(dev.gloss.core.model.Article::id)
                    .filter(id -> library.article(id).isEmpty()).toList();
            if (changed.isEmpty() && removed.isEmpty()) {
                return false;
            }
            target.replaceArticles(removed, changed);
            return true;
        }

        /** The index on disk, reused or rebuilt; in memory when the folder cannot be used (another Gloss holds it). */
        private SearchIndex onDisk(Path f, Library library) {
            try {
                Optional<StoredIndex> opened = held != null ? held : StoredIndex.openAsHeld(f, this::topicIds);
                held = Optional.empty();
                stored = StoredIndex.open(f, opened, library, this::topicIds);
                return stored.index();
            } catch (UncheckedIOException e) {
                return inMemory(library, this::topicIds);
            }
        }

        private void topicsFor(Library library) {
            topics = lazily(() -> topicsOf.apply(library));
        }

        private Set<String> topicIds(String sectionId) {
            return topics.apply(sectionId);
        }

        /**
         * Closes the index on disk, so that another Gloss (or the next start) may write it. The
         * caller runs this on the worker, after whatever it is doing with the index.
         */
        @Override
        public synchronized void close() {
            closed = true;
            if (stored != null) {
                stored.close();
            } else if (index != null) {
                index.close();
            }
            if (held != null) {
                held.ifPresent(StoredIndex::close);
            }
        }
    }
}
