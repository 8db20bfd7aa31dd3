package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window shows the first article without waiting for the rest of the library. */
@ExtendWith(ApplicationExtension.class)
class FirstArticleFirstTest {
    private final CountDownLatch releaseLibrary = new CountDownLatch(1);
    private final CountDownLatch libraryAsked = new CountDownLatch(1);
    private ReaderState model;

    @TempDir
    static Path dataDir;

    /** A library source whose whole library takes as long as the test wants. */
    private final LibrarySource slow = new LibrarySource() {
        private final LibrarySource real = BundledLibrary.source();

        @Override
        public Optional<String> firstArticleId() {
            return real.firstArticleId();
        }

        @Override
        public Optional<Article> article(String id) {
            return real.article(id);
        }

        @Override
        public Library load() {
            libraryAsked.countDown();
            try {
                releaseLibrary.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.load();
        }
    };

    @Start
    void start(Stage stage) {
        model = new ReaderState();
        Background background = Background.threads("test-library", 2);
        stage.setScene(TestWindows.open(stage, new WindowContext(model, new ThemeModel(Optional.empty()),
                background, dataDir, () -> { }), 1000, 700));
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        model.load(slow, background, Optional.empty());
    }

    @AfterEach
    void release() {
        releaseLibrary.countDown();
    }

    @Test
    void theFirstArticleIsShownWhileTheLibraryIsStillLoading(FxRobot robot) throws Exception {
        assertTrue(libraryAsked.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".article-view").queryAs(ArticleView.class).article().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.startup().isFirstFramePainted());
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        assertEquals("vitamin-k2-for-bones-and-heart", view.article().orElseThrow().id());
        assertTrue(model.loadingProperty().get(), "the library is still loading");
        assertNull(model.libraryProperty().get());
        assertNull(model.topics().topicsProperty().get(), "topics wait for the library");

        releaseLibrary.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.topics().topicsProperty().get() != null);
        assertEquals(5, model.articles().size());
        assertFalse(model.loadingProperty().get());
        assertEquals("vitamin-k2-for-bones-and-heart", view.article().orElseThrow().id());
    }
}
