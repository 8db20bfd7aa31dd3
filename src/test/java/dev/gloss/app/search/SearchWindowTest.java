package dev.gloss.app.search;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typing in the search field lists results as you type; Enter opens one with the words marked. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private ReaderState model;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir, Background.threads("test-search", 1), BundledLibrary.source(),
                Background.sameThread());
    }

    @Test
    void typingAQueryListsResultsAndEnterOpensOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".search-field").queryAs(TextField.class).getPromptText().startsWith("Search"));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        assertTrue(robot.lookup(".search-field").queryAs(TextField.class).isFocused(), "Ctrl+K focuses the field");
        robot.write("psoriasis");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertTrue(robot.lookup(".search-panel").query().isVisible());
        ResultRow first = (ResultRow) results.getItems().get(0);
        assertEquals("vitamin-k2-and-skin-conditions", first.articleId());
        robot.type(KeyCode.DOWN);
        ResultRow second = (ResultRow) results.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.sectionId(), model.currentSectionProperty().get().id());
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        long marked = view.textBlocks().stream().mapToLong(b -> b.highlighted("search").size()).sum();
        assertTrue(marked > 0, "the query's words are marked in the opened section");
        assertTrue(view.textBlocks().stream().filter(b -> !b.highlighted("search").isEmpty())
                .allMatch(b -> b.highlighted("search").stream()
                        .allMatch(r -> b.text().substring(r.start(), r.end()).equalsIgnoreCase("psoriasis"))));
        robot.clickOn(".search-field");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup(".search-panel").query().isVisible(), "Esc returns to reading");
        assertTrue(view.isFocused());
    }

    @Test
    void theResultsFitTheSidebarAndAreNotCutOffAtItsEdges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".search-field").queryAs(TextField.class).getPromptText().startsWith("Search"));
        robot.clickOn(".search-field").write("bone");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node panel = robot.lookup(".search-panel").query();
        javafx.scene.Node holder = robot.lookup("#sidebarHolder").query();
        javafx.geometry.Bounds inHolder = holder.sceneToLocal(panel.localToScene(panel.getLayoutBounds()));
        assertTrue(inHolder.getMinX() >= -0.5 && inHolder.getMaxX() <= holder.getLayoutBounds().getWidth() + 0.5,
                "the search panel spans " + inHolder.getMinX() + " to " + inHolder.getMaxX()
                        + " of a sidebar " + holder.getLayoutBounds().getWidth() + " wide");
    }

    @Test
    void ctrlShiftFAlsoFocusesTheSearchField(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(robot.lookup(".search-field").queryAs(TextField.class).isFocused());
    }

    @Test
    void everyResultShowsItsWholeSnippet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".search-field").queryAs(TextField.class).getPromptText().startsWith("Search"));
        robot.clickOn(".search-field").write("calcium bone");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() > 3);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.Node> boxes = robot.from(results).lookup(".result").queryAll();
        assertTrue(boxes.size() > 3, "results are shown");
        for (javafx.scene.Node node : boxes) {
            javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) node;
            if (!box.isVisible() || box.getParent() == null || box.getScene() == null) {
                continue;
            }
            javafx.scene.text.TextFlow snippet = (javafx.scene.text.TextFlow) box.lookup(".result-snippet");
            double needed = snippet.getLayoutY() + snippet.prefHeight(snippet.getWidth());
            assertTrue(needed <= box.getHeight() + 1, "the snippet needs " + needed + " px of a " + box.getHeight()
                    + " px result at width " + snippet.getWidth());
            javafx.scene.layout.Region cell = (javafx.scene.layout.Region) box.getParent();
            assertTrue(box.getBoundsInParent().getMaxY() <= cell.getHeight() + 1,
                    "the result fits its row: " + box.getBoundsInParent().getMaxY() + " in " + cell.getHeight());
        }
    }
}
