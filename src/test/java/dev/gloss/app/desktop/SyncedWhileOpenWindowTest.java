package dev.gloss.app.desktop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.app.glossary.GlossaryViewModel;
import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.ReaderSession;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserGlossary;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.settings.ReadingPosition;
import dev.gloss.core.settings.SettingsStore;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicService;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two computers share a data folder through a sync tool while a window is open on one of them (A):
 * what the other (B) wrote is not lost when A's window saves, and what is merged when A's window
 * gains the focus shows in it.
 */
@ExtendWith(ApplicationExtension.class)
class SyncedWhileOpenWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path computerA;
    @TempDir
    Path computerB;

    /** What a sync tool does when only one side changed a file: the other side's is put in its place. */
    private static void sync(Path from, Path to, String file) throws Exception {
        Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A bundled article the window does not open: the last one (it opens the first). */
    private static String unopenedArticle() {
        List<Article> articles = BundledLibrary.load().articles();
        return articles.get(articles.size() - 1).id();
    }

    private static ReadingPosition at(String articleId, double part) {
        String section = BundledLibrary.load().article(articleId).orElseThrow().sections().get(1).id();
        return new ReadingPosition(part, Optional.of(section), 12, part);
    }

    private static void write(Path dataDir, String articleId, ReadingPosition position) throws Exception {
        try (SettingsStore b = SettingsStore.open(dataDir)) {
            b.update(s -> s.withReadingPosition(articleId, position));
            b.flush();
        }
    }

    private ReaderSession open(Stage stage, Path dataDir) throws Exception {
        ReaderSession session = TestWindows.openSession(stage, dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.model().loadingProperty().get());
        return session;
    }

    private static Stage newStage() throws Exception {
        return WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
    }

    @Test
    void positionsWrittenElsewhereForArticlesTheWindowNeverOpenedAreNotLostWhenItSaves(FxRobot robot) throws Exception {
        String x = unopenedArticle();
        // Both computers knew X at 20 %; then B reads on to 70 % and to the very end of another.
        write(computerB, x, at(x, 0.2));
        sync(computerB, computerA, SettingsStore.FILE_NAME);
        Stage stage = newStage();
        ReaderSession a = open(stage, computerA);
        String first = a.model().currentArticleProperty().get().id();
        assertFalse(first.equals(x), "the window opens another article than X");
        String y = BundledLibrary.load().articles().get(1).id();
        write(computerB, x, at(x, 0.7));
        write(computerB, y, at(y, 1.0));
        sync(computerB, computerA, SettingsStore.FILE_NAME);

        // A reads on in its own article, which the window saves, and closes the window.
        String section = a.model().currentArticleProperty().get().sections().get(2).id();
        robot.interact(() -> a.model().openSection(section));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.close();
            a.close();
        });

        JsonNode saved = JSON.readTree(computerA.resolve(SettingsStore.FILE_NAME).toFile()).path("readingPositions");
        assertEquals(0.7, saved.path(x).path("furthest").asDouble(), 1e-9, "B's position of X, not A's older one: " + saved);
        assertEquals(1.0, saved.path(y).path("furthest").asDouble(), 1e-9, "B's position of Y, which A never had: " + saved);
        assertTrue(saved.has(first), "and A's own: " + saved);

        // After the next sync, B still has them, and A's own.
        sync(computerA, computerB, SettingsStore.FILE_NAME);
        try (SettingsStore b = SettingsStore.open(computerB)) {
            assertEquals(0.7, b.current().readingPosition(x).orElseThrow().furthest(), 1e-9);
            assertTrue(b.current().readingPosition(y).orElseThrow().finished());
            assertTrue(b.current().readingPosition(first).isPresent());
        }
    }

    @Test
    void conflictCopiesMergedWhenTheWindowGainsTheFocusShowInIt(FxRobot robot) throws Exception {
        String x = unopenedArticle();
        Stage stage = newStage();
        ReaderSession a = open(stage, computerA);
        robot.interact(() -> a.model().openSection(a.model().currentArticleProperty().get().sections().get(1).id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.close();
            a.close();
        });
        // A's files as the window saved them, then B's made apart: the sync tool keeps B's as conflict copies.
        assertTrue(Files.isRegularFile(computerA.resolve(SettingsStore.FILE_NAME)));
        write(computerB, x, at(x, 0.55));
        new UserGlossary(computerB, Clock.systemUTC()).save(List.of(new Term("ristretto", "ristretto", List.of(),
                "A short espresso, pulled with half the water.", "", List.of(), "", false, Term.Origin.USER)));
        Library library = BundledLibrary.load();
        TopicService.open(computerB, Clock.systemUTC()).create(library, "Things to cook", "recipe");
        Files.copy(computerB.resolve(SettingsStore.FILE_NAME),
                computerA.resolve("settings.sync-conflict-20260301-101010-BBBBBBB.json"));
        Files.copy(computerB.resolve(UserGlossary.FILE_NAME),
                computerA.resolve("glossary-user (conflicted copy 2026-03-01 101010).json"));
        Files.copy(computerB.resolve("topics-user.json"),
                computerA.resolve("topics-user.sync-conflict-20260301-101010-BBBBBBB.json"));

        // The window again on A (its positions, glossary and topics as A left them: the copies arrive
        // after the merge at start), and it gains the focus.
        Stage again = newStage();
        ReaderSession reopened = open(again, computerA);
        GlossaryViewModel glossary = reopened.window().glossary();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> glossary.readyProperty().get());
        assertEquals("unread", reopened.model().positions().progressLabel(x));
        assertFalse(hasTerm(glossary, "ristretto"));

        ImportViewModel imports = reopened.window().imports();
        robot.interact(() -> {
            LibraryRescan rescan = new LibraryRescan(computerA, reopened.model(), imports, Background.sameThread(),
                    DesktopIntegration.pickUp(reopened, glossary, Background.sameThread()));
            rescan.onFocus().accept(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals("55 %", reopened.model().positions().progressLabel(x), "B's position of X shows in the library");
            assertTrue(hasTerm(glossary, "ristretto"), "B's definition is in the glossary");
            assertTrue(reopened.model().topics().topicsProperty().get().topics().stream().map(Topic::name)
                    .anyMatch("Things to cook"::equals), "B's topic is among the topics");
            assertTrue(reopened.model().status().messageProperty().get().contains("Merged 1 conflict copy"),
                    reopened.model().status().messageProperty().get());
            try (var left = Files.list(computerA)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                        .filter(n -> n.contains("conflict")).toList(), "the copies are set aside");
            }
        } finally {
            robot.interact(() -> {
                again.close();
                reopened.close();
            });
        }
    }

    private static boolean hasTerm(GlossaryViewModel glossary, String name) {
        return glossary.list().terms().stream().anyMatch(t -> t.term().equals(name));
    }
}
