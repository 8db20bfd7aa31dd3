package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search results cover the sidebar only while the search is open: Esc from anywhere, Ctrl+1..5
 * and the panel's close button give the tabs back, and the words of an old search do not stay
 * marked in the text once it is closed or the reader has gone elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class SearchOverSidebarWindowTest {
    private static final String QUERY = "psoriasis";
    private ReaderState model;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir, Background.threads("test-search-sidebar", 1), BundledLibrary.source(),
                Background.sameThread());
    }

    private static boolean panelShown(FxRobot robot) {
        return robot.lookup(".search-panel").query().isVisible();
    }

    private static long searchMarks(FxRobot robot) {
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        return view.textBlocks().stream().mapToLong(b -> b.highlighted("search").size()).sum();
    }

    /** Types the query in the search field and waits for its results. */
    private static void search(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".search-field").queryAs(TextField.class).getPromptText().startsWith("Search"));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(QUERY);
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertTrue(panelShown(robot));
    }

    /** Another article, then the section again, as a bookmark or the contents would open it. */
    private void awayAndBack(FxRobot robot, String section) {
        robot.interact(() -> model.openArticle("vitamin-k2-and-osteoporosis"));
        robot.interact(() -> model.openSection(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void escInTheArticleClosesTheSearchAndItsMarks(FxRobot robot) throws Exception {
        search(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".article-view").query().isFocused(), "Enter reads the result");
        assertTrue(panelShown(robot), "the results stay while the result is read");
        assertTrue(searchMarks(robot) > 0);
        String section = model.currentSectionProperty().get().id();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panelShown(robot), "Esc with the focus in the article closes the search");
        assertEquals(0, searchMarks(robot), "the closed search's words are no longer marked");
        awayAndBack(robot, section);
        assertEquals(0, searchMarks(robot), "nor when the section is opened again later, from a bookmark or the contents");
    }

    @Test
    void goingElsewhereLetsTheMarksGoEvenWithTheSearchOpen(FxRobot robot) throws Exception {
        search(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String section = model.currentSectionProperty().get().id();
        assertTrue(searchMarks(robot) > 0);
        awayAndBack(robot, section);
        assertEquals(0, searchMarks(robot), "marks belong to the result opened, not to the section for ever");
    }

    @Test
    void ctrlNumberShowsItsTabOverTheResults(FxRobot robot) throws Exception {
        search(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panelShown(robot), "Ctrl+2 brings the tabs back");
        TabPane sidebar = robot.lookup(".sidebar").queryAs(TabPane.class);
        assertEquals("Library", sidebar.getSelectionModel().getSelectedItem().getText());
        assertEquals("", robot.lookup(".search-field").queryAs(TextField.class).getText());
    }

    @Test
    void theCloseButtonClosesTheSearch(FxRobot robot) throws Exception {
        search(robot);
        Node close = robot.lookup(".search-close").query();
        assertTrue(close.isVisible());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panelShown(robot));
        assertEquals("", robot.lookup(".search-field").queryAs(TextField.class).getText());
    }
}
