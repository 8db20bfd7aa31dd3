package dev.gloss.app.search;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.shell.WordInEveryBlock;
import dev.gloss.app.tasks.Background;
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

/** A search result opened from the field marks its words wherever they are: code, a table cell, every block. */
@ExtendWith(ApplicationExtension.class)
class SearchEveryBlockWindowTest {
    @TempDir
    static Path dataDir;

    private ReaderState model;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir, Background.threads("test-search", 1), WordInEveryBlock.source(),
                Background.sameThread());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theWordsOfAnOpenedResultAreMarkedInCodeAndInATableCell(FxRobot robot) throws Exception {
        TextField field = robot.lookup(".search-field").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> field.getPromptText().startsWith("Search"));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(WordInEveryBlock.WORD);
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(r -> ((ResultRow) r).sectionId().equals(WordInEveryBlock.KINDS)));
        robot.interact(() -> results.getItems().stream()
                .filter(r -> ((ResultRow) r).sectionId().equals(WordInEveryBlock.KINDS)).findFirst()
                .ifPresent(r -> ((ListView<Object>) (ListView) results).getSelectionModel().select(r)));
        robot.clickOn(".search-field");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WordInEveryBlock.KINDS, model.currentSectionProperty().get().id());
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        for (String text : WordInEveryBlock.TEXTS.subList(0, 8)) {
            TextBlock block = view.textBlocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
            int at = text.indexOf(WordInEveryBlock.WORD);
            assertEquals(List.of(new TextRange(at, at + WordInEveryBlock.WORD.length())), block.highlighted("search"),
                    "the word marked in “" + text + "”");
        }
    }
}
