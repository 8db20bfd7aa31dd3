package dev.gloss.app.search;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phrase's looser matches under a divider, completions as one types, related reading at each section's end. */
@ExtendWith(ApplicationExtension.class)
class SearchRefinementsWindowTest {
    private ReaderState model;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir, Background.threads("test-search-refine", 1), BundledLibrary.source(),
                Background.sameThread());
    }

    private static void ready(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".search-field").queryAs(TextField.class).getPromptText().startsWith("Search"));
    }

    @Test
    void aPhrasesLooserMatchesFollowADividerThatEnterAndTheArrowsPassOver(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn(".search-field").write("\"bone health\"");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(r -> ((ResultRow) r).isDivider()));
        List<ResultRow> rows = results.getItems().stream().map(r -> (ResultRow) r).toList();
        int divider = rows.indexOf(rows.stream().filter(ResultRow::isDivider).findFirst().orElseThrow());
        assertTrue(divider > 0, "exact matches first");
        assertTrue(rows.subList(0, divider).stream().allMatch(ResultRow::allWords));
        assertTrue(rows.subList(divider + 1, rows.size()).stream().noneMatch(ResultRow::allWords));
        assertEquals("Looser matches: the words, not the exact phrase", rows.get(divider).heading());
        robot.interact(() -> results.scrollTo(divider));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".result-divider").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().equals(rows.get(divider).heading())), "the divider is drawn");
        robot.clickOn(".search-field");
        for (int i = 0; i < divider + 1; i++) {
            robot.type(KeyCode.DOWN);
        }
        ResultRow selected = (ResultRow) results.getSelectionModel().getSelectedItem();
        assertFalse(selected.isDivider(), "Down passes over the divider");
    }

    @Test
    void completionsComeAsOneTypesAndTabTakesTheFirst(FxRobot robot) throws Exception {
        ready(robot);
        TextField field = robot.lookup(".search-field").queryAs(TextField.class);
        robot.clickOn(field).write("fractures and");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup(".search-completion").queryAll().isEmpty());
        Hyperlink first = robot.lookup(".search-completion").queryAs(Hyperlink.class);
        assertEquals("Fractures and osteocalcin", first.getText());
        robot.type(KeyCode.TAB);
        assertEquals("Fractures and osteocalcin", field.getText());
        assertTrue(field.isFocused(), "Tab took the completion and kept the field");
    }

    @Test
    void eachSectionEndsWithRelatedReadingFromOtherArticles(FxRobot robot) throws Exception {
        ready(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup(".related-toggle").queryAll().isEmpty());
        String shown = model.currentArticleProperty().get().id();
        Hyperlink toggle = robot.lookup(".related-toggle").queryAs(Hyperlink.class);
        assertTrue(toggle.getText().startsWith("Related in your library ("), toggle.getText());
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) toggle.getParent();
        javafx.scene.layout.VBox list = (javafx.scene.layout.VBox) box.getChildren().get(1);
        assertFalse(list.isVisible(), "the list waits for a click: the text does not move under the reader");
        robot.interact(toggle::fire);
        assertTrue(list.isVisible());
        List<Hyperlink> links = list.getChildren().stream().filter(n -> n instanceof Hyperlink).map(n -> (Hyperlink) n).toList();
        assertFalse(links.isEmpty());
        assertTrue(links.size() <= RelatedReading.MAX);
        Hyperlink link = links.get(0);
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.currentArticleProperty().get().id().equals(shown), "a related section is in another article");
    }
}
