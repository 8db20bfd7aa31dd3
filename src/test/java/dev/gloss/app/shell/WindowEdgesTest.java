package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.model.Article;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's rough edges, each as a reader met it: the sidebar cutting its controls and drifting
 * in width, the shortcuts cut, no visible focus, menus that Alt does not open, Ctrl++ that does not
 * zoom, the Library cutting titles and keeping every visited article open, the toolbar shifting,
 * messages that never go, and a white first frame before a dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class WindowEdgesTest {
    private ReaderState model;
    private Stage stage;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.show(stage, dataDir, Background.sameThread(), BundledLibrary.source(), Background.sameThread());
    }

    /** Labels, buttons and tab titles under a node that show less of their text than they have (an ellipsis). */
    static List<String> cutTexts(Node root) {
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text shown && shown.getText().length() < whole.length()) {
                    cut.add(whole + " shown as " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    /** Whether a node and every node above it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Region sidebarHolder(FxRobot robot) {
        return robot.lookup("#sidebarHolder").queryAs(Region.class);
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSidebarKeepsItsWidthAndNeverCutsItsTabs(FxRobot robot) {
        resize(robot, 800);
        javafx.scene.control.SplitPane split = robot.lookup("#split").queryAs(javafx.scene.control.SplitPane.class);
        // The reader drags the divider as far left as it goes.
        robot.interact(() -> split.setDividerPositions(0.05));
        WaitForAsyncUtils.waitForFxEvents();
        Node sidebar = robot.lookup(".sidebar").query();
        Node header = robot.lookup(".sidebar > .tab-header-area").query();
        robot.interact(() -> {
            assertEquals(List.of(), cutTexts(header), "every tab's title whole at the narrowest sidebar");
            double right = header.localToScene(header.getLayoutBounds()).getMaxX();
            for (Node tab : sidebar.lookupAll(".tab")) {
                assertTrue(tab.localToScene(tab.getLayoutBounds()).getMaxX() <= right + 0.5,
                        "every tab inside the header: " + tab);
            }
            Node arrow = sidebar.lookup(".control-buttons-tab .tab-down-button");
            assertTrue(arrow == null || !shown(arrow), "the tabs fit, so the header shows no overflow menu: sidebar "
                    + sidebarHolder(robot).getWidth() + " px");
        });
        robot.interact(() -> split.setDividerPositions(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        resize(robot, 1200);
        double given = sidebarHolder(robot).getWidth();
        for (double w : new double[] {1024, 800, 1200, 1100, 1200}) {
            resize(robot, w);
        }
        assertEquals(given, sidebarHolder(robot).getWidth(), 1.0, "the width the reader gave it, after resizing the window");
    }

    @Test
    void theSearchPanelsControlsAreWholeAtTheNarrowestSidebar(FxRobot robot) throws Exception {
        resize(robot, 800);
        javafx.scene.control.SplitPane split = robot.lookup("#split").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.05));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".search-field")
                .queryAs(javafx.scene.control.TextField.class).getPromptText().startsWith("Search"));
        robot.interact(() -> robot.lookup(".search-field").queryAs(javafx.scene.control.TextField.class)
                .setText("calcium absorption in the gut"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".search-panel").query().isVisible()
                && !robot.lookup(".search-status").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertEquals(List.of(), cutTexts(robot.lookup(".search-header").query())));
    }

    @Test
    void theShortcutsDialogShowsEveryKeyAndDescriptionWhole(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        try {
            robot.interact(() -> {
                List<String> cut = cutTexts(pane.getContent());
                assertEquals(List.of(), cut);
                long keys = pane.getContent().lookupAll(".shortcut-key").size();
                assertTrue(keys > 20, "the menus' shortcuts and the other keys: " + keys);
            });
        } finally {
            robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void focusIsVisibleInTheArticleAndOnTheLibrarysRow(FxRobot robot) {
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        robot.interact(view::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertTrue(view.isFocused());
            assertNotEquals(Color.TRANSPARENT, view.getBorder().getStrokes().get(0).getLeftStroke(),
                    "the focused article shows it");
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(Color.TRANSPARENT, view.getBorder().getStrokes().get(0).getLeftStroke(), "and only then");
            Node focusedRow = robot.lookup(".tree-cell:focused").query();
            Paint bar = ((Region) focusedRow).getBackground().getFills().get(0).getFill();
            Paint cell = ((Region) focusedRow).getBackground().getFills().get(1).getFill();
            assertNotEquals(cell, bar, "the row with the keyboard has a bar of its own");
        });
    }

    @Test
    void altAndALetterOpensItsMenu(FxRobot robot) {
        robot.interact(() -> {
            for (javafx.scene.control.Menu menu : robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class)
                    .getMenus()) {
                assertTrue(menu.isMnemonicParsing() && menu.getText().contains("_"), "a mnemonic on " + menu.getText());
            }
        });
        assertEquals("_File", openedByAlt(robot, KeyCode.F), "Alt+F opens the File menu");
        assertEquals("_View", openedByAlt(robot, KeyCode.V), "Alt+V opens the View menu");
        assertEquals("_Help", openedByAlt(robot, KeyCode.H), "Alt+H opens the Help menu");
    }

    /** Presses Alt and a letter in the article and gives the text of the menu that shows, closing it again. */
    private String openedByAlt(FxRobot robot, KeyCode letter) {
        robot.interact(() -> robot.lookup(".article-view").query().requestFocus());
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String> showing = new ArrayList<>();
            robot.interact(() -> robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                    .stream().filter(javafx.scene.control.Menu::isShowing).forEach(m -> showing.add(m.getText())));
            assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()),
                    "a menu's popup shows after Alt+" + letter);
            assertEquals(1, showing.size(), "one menu open after Alt+" + letter + ": " + showing);
            return showing.get(0);
        } finally {
            robot.type(KeyCode.ESCAPE);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void ctrlPlusAsTheMenuShowsItZooms(FxRobot robot) {
        robot.interact(() -> robot.lookup(".article-view").query().requestFocus());
        double before = model.zoom().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.zoom().get() > before, "Ctrl and + (Shift and =) zooms in");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLibraryShowsWholeTitlesWithWhatIsKnownAndClosesTheArticleLeft(FxRobot robot) {
        resize(robot, 800);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<Object> tree = robot.lookup(".sidebar-panel .tree-view").queryAs(TreeView.class);
        robot.interact(() -> {
            List<String> cut = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (Node cell : tree.lookupAll(".tree-cell.article-item")) {
                cut.addAll(cutTexts(cell));
                cell.lookupAll(".library-article-details").forEach(d -> details.add(((Labeled) d).getText()));
            }
            assertEquals(List.of(), cut, "no title cut in a sidebar of 800 px's window");
            assertFalse(details.isEmpty());
            assertTrue(details.stream().allMatch(d -> d.matches("[\\d,]+ words · bundled.*")), details.toString());
        });
        List<Article> articles = List.copyOf(model.articles());
        robot.interact(() -> model.openArticle(articles.get(1).id()));
        robot.interact(() -> model.openArticle(articles.get(2).id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            List<String> expanded = tree.getRoot().getChildren().stream().filter(TreeItem::isExpanded)
                    .map(i -> ((Article) i.getValue()).id()).toList();
            assertEquals(List.of(articles.get(2).id()), expanded, "only the article being read is open");
        });
    }

    @Test
    void theBookmarkButtonKeepsItsWidthSoTheSearchFieldStays(FxRobot robot) throws Exception {
        ToggleButton toggle = robot.lookup(".bookmark-toggle").queryAs(ToggleButton.class);
        Node field = robot.lookup(".search-field").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !toggle.isDisabled() && toggle.getText().contains("Bookmark"));
        String before = toggle.getText();
        double x = WaitForAsyncUtils.asyncFx(() -> field.localToScene(0, 0).getX()).get(5, TimeUnit.SECONDS);
        robot.interact(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertNotEquals(before, toggle.getText());
            assertEquals(x, field.localToScene(0, 0).getX(), 0.01, "the search field does not move");
        });
        robot.interact(toggle::fire);
    }

    @Test
    void aMessageGoesAtTheNextMoveOrWhenItsTimeIsUp(FxRobot robot) {
        List<Runnable> timers = new ArrayList<>();
        robot.interact(() -> model.status().setMessageTimer(clear -> {
            timers.add(clear);
            return () -> timers.remove(clear);
        }));
        String length = model.status().articleStatusProperty().get();
        robot.interact(() -> model.status().tell("Exported 2 bookmarks to bookmarks.md."));
        assertEquals("Exported 2 bookmarks to bookmarks.md.", statusText(robot));
        robot.interact(() -> timers.get(0).run());
        assertEquals(length, statusText(robot), "after its time, the article's length again");
        robot.interact(() -> model.status().tell("Imported 1 file."));
        robot.interact(() -> model.openArticle(model.articles().get(1).id()));
        assertEquals(model.status().articleStatusProperty().get(), statusText(robot), "the next move clears it too");
        assertTrue(timers.isEmpty(), "and stops its timer");
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".status-bar .label").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void theFirstFrameIsPaintedInTheThemesBackground(FxRobot robot) throws Exception {
        Scene scene = stage.getScene();
        Paint light = WaitForAsyncUtils.asyncFx(scene::getFill).get(5, TimeUnit.SECONDS);
        assertEquals(rootBackground(scene), light);
        Stage dark = WaitForAsyncUtils.asyncFx(() -> {
            Stage other = new Stage();
            ThemeModel theme = new ThemeModel(Optional.empty());
            theme.choiceProperty().set(dev.gloss.core.settings.Theme.DARK);
            other.setScene(TestWindows.open(other, new WindowContext(new ReaderState(), theme, Background.sameThread(),
                    dataDir.resolve("dark"), () -> { }), 800, 600));
            return other;
        }).get(20, TimeUnit.SECONDS);
        try {
            Paint fill = dark.getScene().getFill();
            assertTrue(fill instanceof Color c && c.getBrightness() < 0.3,
                    "the scene is dark before its first frame: " + fill);
            assertEquals(rootBackground(dark.getScene()), fill);
        } finally {
            // The theme is the application's: the next window (the next test's) sets its own again.
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
    }

    private static Paint rootBackground(Scene scene) {
        List<javafx.scene.layout.BackgroundFill> fills = ((Region) scene.getRoot()).getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    /** A block of the article showing a text, for selecting in it. */
    static Optional<TextBlock> blockWith(ArticleView view, String text) {
        return view.textBlocks().stream().filter(b -> b.text().contains(text)).findFirst();
    }
}
