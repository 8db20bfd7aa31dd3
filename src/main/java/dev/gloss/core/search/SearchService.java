package dev.gloss.core.search;

import dev.gloss.core.library.Library;

import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        if (StoredIndex.holds(folder, source.stampsNow().get())) {
            Optional<StoredIndex> read = StoredIndex.openToRead(folder);
            if (read.isPresent()) {
                return new SearchService(read.get().index(), read.get(), Freshness.CURRENT, null);
            }
        }
        Library library = source.library().get();
        Function<String, Set<String>> topics = lazily(() -> source.topics().apply(library));
        try {
            StoredIndex opened = StoredIndex.open(folder, library, topics);
            boolean changed = opened.opening().rebuilt() || opened.opening().articlesWritten() > 0;
            return new SearchService(opened.index(), opened, changed ? Freshness.UPDATED : Freshness.CURRENT, library);
        } catch (UncheckedIOException e) {
            if (StoredIndex.locked(e)) {
                Optional<StoredIndex> read = StoredIndex.openToRead(folder);
                if (read.isPresent()) {
                    Freshness freshness = StoredIndex.holds(folder, library) ? Freshness.CURRENT : Freshness.BEHIND;
                    return new SearchService(read.get().index(), read.get(), freshness, library);
                }
            }
            SearchIndex inMemory = SearchIndex.builder().topics(topics).build();
            inMemory.addArticles(library.articles());
            return new SearchService(inMemory, null, Freshness.IN_MEMORY, library);
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
}
