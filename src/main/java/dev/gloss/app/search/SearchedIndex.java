package dev.gloss.app.search;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.search.SearchIndex;
import dev.gloss.core.search.SearchService;
import dev.gloss.core.topics.TopicIndex;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The index the search panel searches, kept in step with the library on the search worker. The
 * index on disk is opened as soon as the first article is painted, while the library is still
 * being read; once the library is loaded it answers at once and is checked against the library
 * right after (a fingerprint of every article: half a second at ten thousand articles), or it is
 * built then. Every later library (an import, a removal, an undo) is brought in by writing only
 * the articles that changed.
 */
final class SearchedIndex {

    /** What the panel hears about the index, on the FX thread. */
    interface Events {
        /** The library is loaded and its index is being opened or built. */
        void indexing();

        /** The index answers searches from now on. */
        void ready();

        /** The index now holds other articles: what is shown should be searched again. */
        void changed();

        /** The index failed; {@code sentence} says so to the reader. */
        void failed(String sentence);
    }

    private final Background background;
    private final Events events;
    /** The index, opened, brought to the library and kept in step with it on the search worker. */
    private final SearchService.Kept kept;
    private final ReadOnlyBooleanWrapper datesKnown = new ReadOnlyBooleanWrapper(this, "datesKnown");
    /** The index searched: the one on disk as it was at first, then the one brought to the library. */
    private volatile SearchIndex index;
    /** The library the index was last asked to hold (on the FX thread). */
    private Library indexed;
    private volatile boolean closed;

    /**
     * @param folder where the index is kept between starts; empty for an index in memory, built at
     *               every start
     */
    SearchedIndex(ReaderState reader, Background background, Optional<Path> folder, Events events) {
        this.background = background;
        this.events = events;
        this.kept = SearchService.kept(folder, library -> {
            TopicIndex topics = reader.topics().indexOf(library);
            return sectionId -> topicIds(topics, sectionId);
        });
        // (Another Gloss holding the index leaves it unopened: the build finds that again and searches in memory.)
        reader.startup().whenFirstFramePainted(() -> background.task(() -> closed ? null : kept.openAsHeld().orElse(null))
                .start());
        reader.startup().whenReady(this::build);
        reader.libraryProperty().addListener((obs, o, library) -> {
            if (library != null && indexed != null && library != indexed) {
                update(library);
            }
        });
    }

    /** The index to search, or null before it is ready. */
    SearchIndex current() {
        return index;
    }

    boolean isClosed() {
        return closed;
    }

    /** Whether any article has a date, so that ordering by date means something. */
    ReadOnlyBooleanProperty datesKnownProperty() {
        return datesKnown.getReadOnlyProperty();
    }

    /**
     * Closes the index kept on disk, so that another Gloss (or the next start) may write it.
     * Updates after this do nothing.
     */
    void close() {
        closed = true;
        // On the search worker, after whatever it is doing with the index: never under a write.
        background.task(() -> {
            kept.close();
            return null;
        }).start();
    }

    /**
     * Makes the index ready for the loaded library; a search typed meanwhile is run again if
     * checking the index against the library changed anything.
     */
    private void build(Library library) {
        events.indexing();
        indexed = library;
        if (closed) {
            return;
        }
        background.task(() -> kept.openAsHeld().orElseGet(() -> kept.bringTo(library)))
                .onSuccess(built -> {
                    index = built;
                    refreshDatesKnown();
                    events.ready();
                    if (!kept.brought()) {
                        check();
                    }
                })
                .onError(error -> events.failed("Search is not available: " + error.getMessage()))
                .start();
    }

    /** Brings an index opened from disk to the library as it is now: a change that came meanwhile found no index to update. */
    private void check() {
        Library latest = indexed;
        background.task(() -> kept.bringTo(latest))
                .onSuccess(checked -> {
                    index = checked;
                    refreshDatesKnown();
                    // Articles written or removed: what is shown is searched again.
                    events.changed();
                })
                .onError(error -> events.failed("Search is not available: " + error.getMessage()))
                .start();
    }

    private void update(Library library) {
        indexed = library;
        // Comparing ten thousand articles takes seconds: the diff is made on the worker, not here.
        background.task(() -> kept.update(library))
                .onSuccess(updated -> {
                    if (updated) {
                        refreshDatesKnown();
                        events.changed();
                    }
                })
                .onError(error -> events.failed("Search could not take in the library's changes: " + error.getMessage()))
                .start();
    }

    private void refreshDatesKnown() {
        SearchIndex searched = index;
        if (searched != null) {
            background.task(searched::hasDates).onSuccess(datesKnown::set).start();
        }
    }

    private static Set<String> topicIds(TopicIndex topics, String sectionId) {
        Set<String> ids = new HashSet<>();
        topics.topicsOf(sectionId).forEach(t -> ids.add(t.id()));
        return ids;
    }
}
