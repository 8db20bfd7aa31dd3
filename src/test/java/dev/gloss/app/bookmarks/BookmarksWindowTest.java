package dev.gloss.app.bookmarks;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bookmarks in the window: Ctrl+D and the toolbar toggle, the panel, notes, delete and undo, passages. */
@ExtendWith(ApplicationExtension.class)
class BookmarksWindowTest {
    private static final String CONCLUSION = "vitamin-k2-and-osteoporosis/conclusion";
    private static final String FRACTURES = "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin";
    private static final String PASSAGE = "activating a protein called osteocalcin";

    @TempDir
    static Path dataDir;

    private ReaderState reader;
    private BookmarksViewModel bookmarks;

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
        reader.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
    }

    @BeforeEach
    void bookmarksOpened() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bookmarks.readyProperty().get());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(bookmarks::close);
    }

    @Test
    void ctrlDBookmarksTheSectionAndThePanelListsIt(FxRobot robot) {
        robot.interact(() -> reader.openSection(CONCLUSION));
        ToggleButton toggle = robot.lookup(".bookmark-toggle").queryAs(ToggleButton.class);
        assertFalse(toggle.isSelected());
        assertEquals("☆ Bookmark", toggle.getText());

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toggle.isSelected());
        assertEquals("★ Bookmarked", toggle.getText());
        assertEquals("Bookmarked “Conclusion”.", reader.status().messageProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#bookmarkList").queryAs(ListView.class);
        assertTrue(list.isFocused(), "Ctrl+5 moves to the bookmarks panel");
        assertTrue(bookmarkCell(robot, "Section: Conclusion").isPresent());

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(toggle.isSelected(), "the toggle removes the bookmark again");
        assertTrue(bookmarkCell(robot, "Section: Conclusion").isEmpty());
    }

    @Test
    void aBookmarkIsDeletedWithTheDeleteKeyAndComesBackWithUndoOrCtrlZ(FxRobot robot) {
        robot.interact(() -> bookmarks.addSection(CONCLUSION));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#bookmarkList").queryAs(ListView.class);
        assertTrue(list.getSelectionModel().getSelectedItem() instanceof BookmarkRow, "the first bookmark is chosen");
        assertFalse(robot.lookup(".undo-bar").query().isVisible());

        robot.type(KeyCode.DELETE);
        assertTrue(bookmarks.rows().isEmpty());
        assertTrue(robot.lookup(".undo-bar").query().isVisible());
        robot.clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bookmarkCell(robot, "Section: Conclusion").isPresent(), "the Undo button brings it back");
        assertFalse(robot.lookup(".undo-bar").query().isVisible());

        robot.clickOn(bookmarkCell(robot, "Section: Conclusion").orElseThrow());
        robot.type(KeyCode.DELETE);
        assertTrue(bookmarks.rows().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bookmarkCell(robot, "Section: Conclusion").isPresent(), "Ctrl+Z brings it back");
    }

    @Test
    void aNoteIsEditedInPlaceAndSavedWithCtrlEnter(FxRobot robot) {
        robot.interact(() -> bookmarks.addSection(CONCLUSION));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea editor = robot.lookup(".bookmark-note-editor").queryAllAs(TextArea.class).stream()
                .filter(TextArea::isVisible).findFirst().orElseThrow();
        assertTrue(editor.isFocused(), "F2 opens the note for typing");
        robot.write("First line.");
        robot.type(KeyCode.ENTER);
        robot.write("Second line.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        BookmarkRow row = (BookmarkRow) bookmarks.rows().get(1);
        assertEquals("First line.\nSecond line.", row.note());
        assertTrue(robot.lookup(".bookmark-note-editor").queryAllAs(TextArea.class).stream().noneMatch(TextArea::isVisible));
        assertTrue(bookmarkCell(robot, "Note: First line.\nSecond line.").isPresent());

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(" More.");
        robot.clickOn("#bookmarkFilter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("First line.\nSecond line. More.", ((BookmarkRow) bookmarks.rows().get(1)).note(),
                "leaving the note saves it");
    }

    @Test
    void aSelectedPassageIsBookmarkedWithANoteMarkedAndOpenedAgain(FxRobot robot) {
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        robot.interact(() -> {
            reader.openSection(FRACTURES);
            String text = BundledLibrary.load().section(FRACTURES).orElseThrow().plainText();
            int start = text.indexOf(PASSAGE);
            view.revealInSection(FRACTURES, start, start + PASSAGE.length());
        });
        assertEquals(PASSAGE, view.selectedText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.listTargetWindows().stream().filter(w -> w != view.getScene().getWindow()
                && w.isShowing() && w.getScene() != null && w.getScene().lookup(".passage-note-dialog") != null)
                .findFirst().orElseThrow();
        assertTrue(dialog.getScene().getFocusOwner() instanceof TextArea, "the note is ready for typing");
        robot.targetWindow(dialog).write("How K2 works.");
        robot.clickOn("Bookmark");
        WaitForAsyncUtils.waitForFxEvents();
        BookmarkRow row = (BookmarkRow) bookmarks.rows().get(1);
        assertEquals(PASSAGE, row.quote());
        assertEquals("How K2 works.", row.note());
        long marked = view.textBlocks().stream().mapToLong(b -> b.highlighted(ArticleBookmarks.layer(dev.gloss.core.bookmarks.HighlightColour.DEFAULT)).size()).sum();
        assertEquals(1, marked, "the passage is marked in the article");

        robot.interact(() -> {
            reader.openSection(CONCLUSION);
            view.selectAll();
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FRACTURES, reader.currentSectionProperty().get().id());
        assertEquals(PASSAGE, view.selectedText(), "opening the bookmark selects its passage");
    }

    @Test
    void aHeadingsContextMenuBookmarksItsSection(FxRobot robot) {
        robot.interact(() -> reader.openSection(CONCLUSION));
        TextBlock heading = robot.lookup(".article-view .section-heading").queryAllAs(TextBlock.class).stream()
                .filter(h -> h.text().equals("Conclusion")).findFirst().orElseThrow();
        robot.interact(() -> requestContextMenu(heading));
        robot.clickOn("Bookmark This Section");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bookmarks.isSectionBookmarked(CONCLUSION));
        assertTrue(robot.lookup(".bookmark-toggle").queryAs(ToggleButton.class).isSelected());
    }

    /** Monocle makes no context-menu event of a right click, so the test makes the one a desktop would. */
    private static void requestContextMenu(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        Point2D inScene = node.localToScene(20, b.getHeight() / 2);
        Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(),
                inScene.getY(), b.getMinX() + 20, b.getMinY() + b.getHeight() / 2, false,
                new PickResult(node, inScene.getX(), inScene.getY())));
    }

    @SuppressWarnings("rawtypes")
    private static Optional<ListCell> bookmarkCell(FxRobot robot, String text) {
        return robot.lookup("#bookmarkList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getAccessibleText() != null
                        && c.getAccessibleText().contains(text))
                .findFirst();
    }
}
