package dev.gloss.app.bookmarks;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.shell.WordInEveryBlock;
import dev.gloss.app.tasks.Background;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Passages selected in a table cell, in code and from a paragraph into a list item, bookmarked
 * with Ctrl+Shift+D: the quote is the text selected, and opening the bookmark selects it again,
 * also once the article has been left and shown again.
 */
@ExtendWith(ApplicationExtension.class)
class PassagesInEveryBlockWindowTest {
    private static final String KINDS = WordInEveryBlock.KINDS;

    @TempDir
    static Path dataDir;

    private ReaderState reader;
    private BookmarksViewModel bookmarks;
    private ArticleView view;

    @Start
    void start(Stage stage) {
        reader = new ReaderState();
        WindowContext context = new WindowContext(reader, new ThemeModel(Optional.empty()), Background.sameThread(),
                dataDir.resolve(String.valueOf(System.nanoTime())), () -> { });
        bookmarks = context.bookmarks();
        stage.setScene(TestWindows.open(stage, context, 1200, 800));
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        reader.load(WordInEveryBlock.source(), Background.sameThread(), Optional.empty());
    }

    @BeforeEach
    void bookmarksOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bookmarks.readyProperty().get());
        view = robot.lookup(".article-view").queryAs(ArticleView.class);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(bookmarks::close);
    }

    private static String kindsText() {
        return WordInEveryBlock.article().sections().get(0).plainText();
    }

    /** Selects a passage of the section as opening one does, bookmarks it with Ctrl+Shift+D, and checks it. */
    private void bookmarkAndOpenAgain(FxRobot robot, int start, int end, String expected) {
        robot.interact(() -> {
            reader.openSection(KINDS);
            view.revealInSection(KINDS, start, end);
        });
        assertEquals(expected, view.selectedText(), "the selection");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Bookmark");
        WaitForAsyncUtils.waitForFxEvents();
        BookmarkRow row = bookmarks.rows().stream().filter(r -> r instanceof BookmarkRow b && b.isPassage()
                && b.passage().map(p -> p.start() == start).orElse(false)).map(r -> (BookmarkRow) r)
                .findFirst().orElseThrow();
        assertEquals(expected.strip().replaceAll("\\s+", " "), row.quote(), "the quote the panel shows");
        assertEquals(expected, kindsText().substring(row.passage().get().start(), row.passage().get().end()),
                "the passage kept is the text selected");

        robot.interact(() -> {
            view.selectAll();
            bookmarks.open(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, view.selectedText(), "opening the bookmark selects its passage");

        robot.interact(() -> reader.openArticle(WordInEveryBlock.OTHER));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WordInEveryBlock.OTHER, view.article().orElseThrow().id());
        robot.interact(() -> bookmarks.open(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WordInEveryBlock.ID, view.article().orElseThrow().id());
        assertEquals(expected, view.selectedText(), "and again once the article is shown again");
    }

    @Test
    void aPassageInsideATableCell(FxRobot robot) {
        int at = kindsText().indexOf("quasar light");
        bookmarkAndOpenAgain(robot, at, at + "quasar".length(), "quasar");
    }

    @Test
    void aPassageAcrossTheCellsOfARow(FxRobot robot) {
        String passage = "273\tquasar";
        int at = kindsText().indexOf(passage);
        bookmarkAndOpenAgain(robot, at, at + passage.length(), passage);
    }

    @Test
    void aPassageInsideCodeAcrossItsLines(FxRobot robot) {
        String passage = "quasar = 1; // far\nreturn";
        int at = kindsText().indexOf(passage);
        bookmarkAndOpenAgain(robot, at, at + passage.length(), passage);
    }

    @Test
    void aPassageFromAParagraphIntoAListItem(FxRobot robot) {
        String passage = "scrolled to. \nOuter";
        int at = kindsText().indexOf(passage, kindsText().indexOf("Filler text number 2"));
        bookmarkAndOpenAgain(robot, at, at + passage.length(), passage);
    }
}
