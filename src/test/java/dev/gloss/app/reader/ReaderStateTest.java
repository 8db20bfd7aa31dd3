package dev.gloss.app.reader;

import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderStateTest {
    private static final String OSTEO = "vitamin-k2-and-osteoporosis";
    private static final String SKIN = "vitamin-k2-and-skin-conditions";
    private ReaderState model;

    @BeforeEach
    void load() {
        model = new ReaderState();
        model.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
    }

    @Test
    void opensOnTheFirstArticleWithItsLengthInTheStatus() {
        assertFalse(model.loadingProperty().get());
        assertEquals("vitamin-k2-for-bones-and-heart", model.currentArticleProperty().get().id());
        assertTrue(model.status().articleStatusProperty().get().matches("546 words · 2 minutes of reading"),
                model.status().articleStatusProperty().get());
    }

    @Test
    void backAndForwardReturnToEarlierPlaces() {
        model.openArticle(OSTEO);
        model.openSection(SKIN + "/in-conclusion");
        assertTrue(model.navigation().canGoBackProperty().get());
        model.back();
        assertEquals(Place.section(OSTEO, OSTEO + "/introduction"), model.placeProperty().get(),
                "back returns to where the reader was in the article");
        model.back();
        assertEquals("vitamin-k2-for-bones-and-heart", model.currentArticleProperty().get().id());
        assertFalse(model.navigation().canGoBackProperty().get());
        model.forward();
        model.forward();
        assertEquals(Place.section(SKIN, SKIN + "/in-conclusion"), model.placeProperty().get());
        assertFalse(model.navigation().canGoForwardProperty().get());
    }

    @Test
    void backReturnsToWhereTheReaderHadScrolled() {
        model.openArticle(OSTEO);
        model.sectionInView(model.libraryProperty().get().section(OSTEO + "/dosage-and-diet").orElseThrow());
        model.openArticle(SKIN);
        model.back();
        assertEquals(Place.section(OSTEO, OSTEO + "/dosage-and-diet"), model.placeProperty().get());
    }

    @Test
    void reopeningAnArticleRestoresItsReadingPosition() {
        model.openSection(OSTEO + "/conclusion");
        model.openArticle(SKIN);
        model.openArticle(OSTEO);
        assertEquals(Place.section(OSTEO, OSTEO + "/conclusion"), model.placeProperty().get());
        assertEquals(OSTEO + "/conclusion", model.positions().sections().get(OSTEO));
    }

    @Test
    void restoredPositionsApplyAndUnknownSectionsAreIgnored() {
        model.positions().restoreSections(Map.of(SKIN, SKIN + "/the-basics-of-vitamin-k2", OSTEO, OSTEO + "/gone"));
        model.openArticle(SKIN);
        assertEquals(Place.section(SKIN, SKIN + "/the-basics-of-vitamin-k2"), model.placeProperty().get());
        model.openArticle(OSTEO);
        assertEquals(Place.article(OSTEO), model.placeProperty().get());
    }

    @Test
    void zoomStepsAndStaysInRange() {
        ZoomModel zoom = model.zoom();
        zoom.zoomIn();
        zoom.zoomIn();
        assertEquals(1.2, zoom.get(), 1e-9);
        assertEquals("120 %", zoom.percent());
        zoom.set(10);
        assertEquals(ZoomModel.MAX, zoom.get(), 1e-9);
        zoom.reset();
        assertEquals(1.0, zoom.get(), 1e-9);
    }

    @Test
    void aWindowAboutToBeShownHasTheLibraryReadOnlyAfterTheFirstFrame() {
        List<String> asked = new ArrayList<>();
        LibrarySource real = BundledLibrary.source();
        LibrarySource recording = new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return real.firstArticleId();
            }

            @Override
            public Optional<Article> article(String id) {
                asked.add("article " + id);
                return real.article(id);
            }

            @Override
            public Library load() {
                asked.add("library");
                return real.load();
            }
        };
        ReaderState window = new ReaderState();
        window.startup().holdLibraryUntilFirstFrame();
        window.load(recording, Background.sameThread(), Optional.of(SKIN));

        assertEquals(List.of("article " + SKIN), asked, "only the first article is read before the first frame");
        assertEquals(SKIN, window.currentArticleProperty().get().id());
        assertTrue(window.loadingProperty().get());
        window.startup().firstFramePainted();
        assertEquals(List.of("article " + SKIN, "library"), asked);
        assertFalse(window.loadingProperty().get());
        assertEquals(5, window.articles().size());
        assertEquals(SKIN, window.currentArticleProperty().get().id());
    }

    @Test
    void withNoFirstArticleToPaintTheLibraryIsNotHeld() {
        ReaderState window = new ReaderState();
        window.startup().holdLibraryUntilFirstFrame();
        LibrarySource real = BundledLibrary.source();
        window.load(new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return Optional.of("gone");
            }

            @Override
            public Optional<Article> article(String id) {
                return real.article(id);
            }

            @Override
            public Library load() {
                return real.load();
            }
        }, Background.sameThread(), Optional.empty());

        assertFalse(window.loadingProperty().get(), "nothing will be painted, so nothing waits for it");
        assertEquals("vitamin-k2-for-bones-and-heart", window.currentArticleProperty().get().id());
    }

    @Test
    void nextArticleStopsAtTheEnd() {
        model.openArticle(SKIN);
        model.openNeighbourArticle(1);
        assertEquals(SKIN, model.currentArticleProperty().get().id());
        model.openNeighbourArticle(-1);
        assertEquals("vitamin-k2-and-the-gut-brain-axis", model.currentArticleProperty().get().id());
    }
}
