package dev.gloss.app.reader;

import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.settings.ReadingPosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader state's parts, each on its own. */
class ReaderPartsTest {
    private static final String OSTEO = "vitamin-k2-and-osteoporosis";

    @Test
    void heavyWorkWaitsForTheLibraryAndTheFirstFrameAndWhatMustComeFirstDoes() {
        StartupGate gate = new StartupGate();
        List<String> ran = new ArrayList<>();
        gate.whenReady(l -> ran.add("glossary"));
        gate.whenReadyFirst(l -> ran.add("topics"));
        gate.libraryLoaded(BundledLibrary.load());
        assertEquals(List.of(), ran, "nothing before the first frame");
        gate.firstFramePainted();
        assertEquals(List.of("topics", "glossary"), ran);
        gate.whenReady(l -> ran.add("later"));
        assertEquals("later", ran.get(2), "once ready, at once");
    }

    @Test
    void theStatusLineDerivesItsWordsFromTheStateAndAToldMessageGoesWhenTheReaderMoves() {
        ReaderState reader = new ReaderState();
        reader.load(BundledLibrary.source(), Background.sameThread(), Optional.of(OSTEO));
        StatusLine status = reader.status();
        Article osteo = reader.currentArticleProperty().get();
        assertEquals(StatusLine.describe(osteo), status.articleStatusProperty().get());
        assertTrue(status.progressStatusProperty().get().startsWith("section 1 of " + osteo.sections().size()),
                status.progressStatusProperty().get());

        reader.sectionInView(osteo.sections().get(2));
        assertEquals(osteo.sections().get(2).title(), status.sectionStatusProperty().get());
        assertTrue(status.progressStatusProperty().get().startsWith("section 3 of "));

        List<Runnable> timers = new ArrayList<>();
        status.setMessageTimer(clear -> {
            timers.add(clear);
            return () -> { };
        });
        status.tell("Bookmark added");
        assertEquals("Bookmark added", status.messageProperty().get());
        reader.openNeighbourArticle(1);
        assertEquals("", status.messageProperty().get(), "going elsewhere clears it");
        assertNotEquals(StatusLine.describe(osteo), status.articleStatusProperty().get());

        status.tell("Copied");
        timers.get(1).run();
        assertEquals("", status.messageProperty().get(), "the timer clears it");
    }

    @Test
    void positionsKeepTheFurthestPointAndCountOnlyChangesTheLibraryShows() {
        Library library = BundledLibrary.load();
        Article osteo = library.article(OSTEO).orElseThrow();
        String second = osteo.sections().get(1).id();
        ReadingPositions positions = new ReadingPositions();
        assertEquals("unread", positions.progressLabel(OSTEO));
        assertEquals(Place.article(OSTEO), positions.reopenAt(osteo));

        positions.moved(OSTEO, new ReadingPosition(0, Optional.of(second), 40, 0.5));
        int revision = positions.revisionProperty().get();
        positions.moved(OSTEO, new ReadingPosition(0, Optional.of(second), 10, 0.2));
        assertEquals("50 %", positions.progressLabel(OSTEO), "the furthest point is kept");
        assertEquals(revision, positions.revisionProperty().get(), "the label did not change");
        assertEquals(0.2, positions.throughProperty().get(), "but the view is where it is now");
        assertEquals(Place.at(OSTEO, second, 10), positions.reopenAt(osteo));
        assertEquals(Map.of(OSTEO, second), positions.sections());

        positions.restoreSections(Map.of(OSTEO, OSTEO + "/gone"));
        assertEquals(Place.article(OSTEO), positions.reopenAt(osteo), "a section that is gone reopens the top");
    }

    @Test
    void topicsForALibraryReplacedMeanwhileAreDropped() {
        Library first = BundledLibrary.load();
        Library[] current = {first};
        LibraryTopics topics = new LibraryTopics(() -> current[0]);
        var index = topics.indexOf(first);
        assertSame(index, topics.indexOf(first), "computed once");
        current[0] = BundledLibrary.load();
        topics.computed(first, index);
        assertNull(topics.topicsProperty().get(), "computed for a library no longer read");
        topics.changed(current[0], index);
        assertSame(index, topics.topicsProperty().get());
    }
}
