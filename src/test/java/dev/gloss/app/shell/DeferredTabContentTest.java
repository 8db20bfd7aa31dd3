package dev.gloss.app.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Hidden tabs get their content after the first frame, or when chosen before it. */
@ExtendWith(ApplicationExtension.class)
class DeferredTabContentTest {
    private final Label contents = new Label("contents");
    private final Label library = new Label("library");
    private final Label topics = new Label("topics");
    private final Tab contentsTab = new Tab("Contents", contents);
    private final Tab libraryTab = new Tab("Library", library);
    private final Tab topicsTab = new Tab("Topics", topics);
    private final List<Runnable> firstFrame = new ArrayList<>();
    private TabPane pane;

    @Start
    void start(Stage stage) {
        pane = new TabPane(contentsTab, libraryTab, topicsTab);
        DeferredTabContent.install(pane, firstFrame::add);
    }

    @Test
    void hiddenTabsAreEmptyUntilTheFirstFrameThenAllHaveTheirContent(FxRobot robot) {
        assertSame(contents, contentsTab.getContent(), "the tab on show keeps its content");
        assertNull(libraryTab.getContent());
        assertNull(topicsTab.getContent());

        robot.interact(() -> firstFrame.forEach(Runnable::run));
        assertSame(library, libraryTab.getContent());
        assertSame(topics, topicsTab.getContent());
    }

    @Test
    void aTabChosenBeforeTheFirstFrameGetsItsContentAtOnce(FxRobot robot) {
        robot.interact(() -> pane.getSelectionModel().select(topicsTab));
        assertSame(topics, topicsTab.getContent());
        assertNull(libraryTab.getContent());

        robot.interact(() -> firstFrame.forEach(Runnable::run));
        assertSame(library, libraryTab.getContent());
        assertSame(topics, topicsTab.getContent());
        assertSame(contents, contentsTab.getContent());
    }
}
