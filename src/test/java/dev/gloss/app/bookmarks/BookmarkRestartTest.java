package dev.gloss.app.bookmarks;

import dev.gloss.app.shell.ReaderSession;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test: a section bookmarked in the window is there after a restart on the same data folder. */
@ExtendWith(ApplicationExtension.class)
class BookmarkRestartTest {
    private static final String CONCLUSION = "vitamin-k2-and-osteoporosis/conclusion";

    @TempDir
    Path dataDir;

    private ReaderSession open(Stage stage) throws Exception {
        ReaderSession session = TestWindows.openSession(stage, dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.bookmarks().readyProperty().get());
        return session;
    }

    @Test
    void aBookmarkedSectionAndItsNoteAreThereAfterARestart(FxRobot robot) throws Exception {
        Stage firstStage = WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
        ReaderSession first = open(firstStage);
        robot.targetWindow(firstStage);
        robot.interact(() -> first.model().openSection(CONCLUSION));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.type(KeyCode.F2).write("Kept across restarts.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            firstStage.close();
            first.close();
        });
        String saved = Files.readString(dataDir.resolve("bookmarks.json"));
        assertTrue(saved.contains(CONCLUSION) && saved.contains("Kept across restarts."), saved);

        Stage secondStage = WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
        ReaderSession second = open(secondStage);
        robot.targetWindow(secondStage);
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = secondStage.getScene().getRoot();
        assertTrue(robot.from(root).lookup(".bookmark-toggle").queryAs(ToggleButton.class).isSelected(),
                "the window reopens on the bookmarked section, and says so");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(root).lookup("#bookmarkList .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getAccessibleText() != null && c.getAccessibleText()
                        .startsWith("Section: Conclusion. Note: Kept across restarts.")), "the panel lists it");
        robot.interact(() -> {
            secondStage.close();
            second.close();
        });
    }
}
