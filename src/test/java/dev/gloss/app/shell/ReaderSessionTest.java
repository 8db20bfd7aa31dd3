package dev.gloss.app.shell;

import dev.gloss.app.article.TextBlock;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.settings.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window remembers the reader's zoom, theme and place across a restart on the same data folder. */
@ExtendWith(ApplicationExtension.class)
class ReaderSessionTest {
    private static final String CONCLUSION = "vitamin-k2-and-osteoporosis/conclusion";

    @TempDir
    Path dataDir;

    private ReaderSession open(Stage stage) throws Exception {
        ReaderSession session = TestWindows.openSession(stage, dataDir);
        // A window's library is read once its first article has been painted.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.model().loadingProperty().get());
        return session;
    }

    @Test
    void zoomThemeAndPlaceAreRestoredAfterARestart(FxRobot robot) throws Exception {
        Stage firstStage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        ReaderSession first = open(firstStage);
        robot.targetWindow(firstStage);
        double baseSize = robot.from(firstStage.getScene().getRoot()).lookup(".article-view .paragraph .run")
                .queryAs(Text.class).getFont().getSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.interact(() -> {
            first.model().openSection(CONCLUSION);
            first.theme().choiceProperty().set(Theme.DARK);
        });
        assertEquals(1.2, first.model().zoom().get(), 1e-9);
        robot.interact(() -> {
            firstStage.close();
            first.close();
        });
        assertTrue(Files.readString(first.settingsFile()).contains("\"zoom\""));

        Stage secondStage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        ReaderSession second = open(secondStage);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.2, second.model().zoom().get(), 1e-9);
        assertEquals("120 %", robot.from(secondStage.getScene().getRoot()).lookup(".zoom-label").queryAs(Label.class).getText());
        Text text = robot.from(secondStage.getScene().getRoot()).lookup(".article-view .paragraph .run").queryAs(Text.class);
        assertEquals(baseSize * 1.2, text.getFont().getSize(), 0.2);
        assertEquals(Theme.DARK, second.theme().choiceProperty().get());
        assertEquals("vitamin-k2-and-osteoporosis", second.model().currentArticleProperty().get().id());
        assertEquals(CONCLUSION, second.model().currentSectionProperty().get().id());
        robot.interact(() -> {
            secondStage.close();
            second.close();
        });
    }

    @Test
    void glossaryMarkingSwitchedOffStaysOffAfterARestart(FxRobot robot) throws Exception {
        Stage firstStage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        ReaderSession first = open(firstStage);
        assertTrue(first.model().glossaryMarkingProperty().get(), "terms are marked by default");
        robot.interact(() -> first.model().glossaryMarkingProperty().set(false));
        robot.interact(() -> {
            firstStage.close();
            first.close();
        });
        assertTrue(Files.readString(first.settingsFile()).contains("\"glossaryMarking\" : false"),
                Files.readString(first.settingsFile()));

        Stage secondStage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        ReaderSession second = open(secondStage);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(second.model().glossaryMarkingProperty().get());
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.from(secondStage.getScene()
                .getRoot()).lookup("#glossaryStatus").query().isVisible());
        javafx.scene.control.CheckMenuItem marking = robot.from(secondStage.getScene().getRoot()).lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "_Mark Glossary Terms".equals(i.getText())).map(javafx.scene.control.CheckMenuItem.class::cast)
                .findFirst().orElseThrow();
        assertFalse(marking.isSelected());
        long marks = robot.from(secondStage.getScene().getRoot()).lookup(".article-view .text-block")
                .queryAllAs(TextBlock.class).stream().mapToLong(b -> b.highlighted("term").size()).sum();
        assertEquals(0, marks);
        robot.interact(() -> {
            secondStage.close();
            second.close();
        });
    }

    @Test
    void theSidebarsHiddenTabsJoinTheWindowOnceTheFirstArticleIsPainted(FxRobot robot) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        List<String> emptyBeforeShowing = new ArrayList<>();
        ReaderSession session = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<ReaderSession>) () -> {
            ReaderSession opened = ReaderSession.open(stage, dataDir, Background.sameThread(), BundledLibrary.source(),
                    Optional.empty(), () -> { });
            sidebar(stage).getTabs().stream().filter(tab -> tab.getContent() == null)
                    .forEach(tab -> emptyBeforeShowing.add(tab.getText()));
            stage.show();
            return opened;
        }).get();
        assertEquals(List.of("Library", "Topics", "Glossary", "Bookmarks"), emptyBeforeShowing);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.model().startup().isFirstFramePainted());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sidebar(stage).getTabs().stream().allMatch(tab -> tab.getContent() != null));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TreeView<?> tree = robot.from(stage.getScene().getRoot()).lookup(".sidebar .tree-view").queryAs(TreeView.class);
        assertTrue(tree.isVisible());
        assertEquals(5, tree.getRoot().getChildren().size());
        robot.interact(() -> {
            stage.close();
            session.close();
        });
    }

    private static TabPane sidebar(Stage stage) {
        SplitPane split = (SplitPane) stage.getScene().lookup("#split");
        return (TabPane) split.getItems().get(0).lookup("#sidebar");
    }

    @Test
    void aBrokenSettingsFileIsKeptAsideAndTheReaderIsTold(FxRobot robot) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{ this is not json");
        Stage stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        ReaderSession session = open(stage);
        WaitForAsyncUtils.waitForFxEvents();
        String status = session.model().status().messageProperty().get();
        assertTrue(status.startsWith("Your settings could not be read"), status);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.broken-")));
        }
        assertEquals(1.0, session.model().zoom().get(), 1e-9);
        robot.interact(() -> {
            stage.close();
            session.close();
        });
    }
}
