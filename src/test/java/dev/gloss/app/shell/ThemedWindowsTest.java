package dev.gloss.app.shell;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.settings.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Menus, context menus, tooltips and dialogs are windows of their own: in sepia they have sepia's
 * cream, not Primer Light's white, and they follow a change of theme. With
 * {@code -Dgloss.snapshots=DIR}, each is also written as a PNG there, for looking at.
 */
@ExtendWith(ApplicationExtension.class)
class ThemedWindowsTest {
    /** Sepia's page and overlay colour (gloss.css, .theme-sepia). */
    private static final Color SEPIA = Color.web("#f8f1e3");

    @TempDir
    static Path dataDir;

    private Stage stage;
    private ThemeModel theme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new ThemeModel(Optional.empty());
        theme.choiceProperty().set(Theme.SEPIA);
        ReaderState model = new ReaderState();
        stage.setScene(TestWindows.open(stage, new WindowContext(model, theme, Background.sameThread(), dataDir, () -> { }),
                1000, 700));
        stage.show();
        model.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        // The Primer theme is the application's: the next test's window starts light.
        robot.interact(() -> theme.choiceProperty().set(Theme.LIGHT));
    }

    @Test
    void aMenuOfTheBarIsSepiaAndFollowsTheTheme(FxRobot robot) {
        robot.interact(() -> robot.lookup(".article-view").query().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            ContextMenu popup = showing(ContextMenu.class);
            assertEquals(SEPIA, background(popup.getSkin().getNode()), "the View menu in sepia");
            look(popup, "menu-sepia");
        } finally {
            robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        }
        for (Theme other : new Theme[] {Theme.DARK, Theme.LIGHT, Theme.SEPIA}) {
            robot.interact(() -> theme.choiceProperty().set(other));
            robot.interact(() -> robot.lookup(".article-view").query().requestFocus());
            robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            try {
                ContextMenu popup = showing(ContextMenu.class);
                Color shown = (Color) background(popup.getSkin().getNode());
                if (other == Theme.DARK) {
                    assertTrue(shown.getBrightness() < 0.3, "dark after the theme changed: " + shown);
                } else {
                    assertEquals(other == Theme.SEPIA ? SEPIA : Color.WHITE, shown, "the menu in " + other);
                }
                look(popup, "menu-" + other.key());
            } finally {
                robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
            }
        }
    }

    @Test
    void aTooltipAndAContextMenuAreSepia(FxRobot robot) throws Exception {
        Tooltip tip = robot.lookup(".reading-button").queryAs(javafx.scene.control.Button.class).getTooltip();
        assertNotNull(tip);
        robot.interact(() -> tip.show(stage, stage.getX() + 40, stage.getY() + 40));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            robot.interact(() -> tip.getScene().getRoot().applyCss());
            assertEquals(SEPIA, background(tip.getSkin().getNode()), "the tooltip in sepia");
            look(tip, "tooltip-sepia");
        } finally {
            robot.interact(tip::hide);
        }
        // The library's context menu (Remove from Library, Undo), shown as a right click shows it.
        ContextMenu menu = robot.lookup(".sidebar-panel .tree-view").queryAs(javafx.scene.control.TreeView.class).getContextMenu();
        assertNotNull(menu);
        robot.interact(() -> menu.show(stage, stage.getX() + 60, stage.getY() + 200));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(SEPIA, background(menu.getSkin().getNode()), "the library's context menu in sepia");
            look(menu, "context-menu-sepia");
        } finally {
            robot.interact(menu::hide);
        }
    }

    @Test
    void aDialogIsSepia(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals(SEPIA, background(pane), "Help > Keyboard Shortcuts in sepia");
            look(pane.getScene().getWindow(), "dialog-sepia");
        } finally {
            robot.type(KeyCode.ESCAPE);
        }
    }

    private static <T extends Window> T showing(Class<T> type) {
        return Window.getWindows().stream().filter(type::isInstance).filter(Window::isShowing).map(type::cast)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " showing"));
    }

    /** The colour a region is painted in: its last background fill (Primer draws borders as fills under it). */
    private static Paint background(Node node) {
        assertNotNull(node);
        var fills = ((Region) node).getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    private static void look(Window window, String name) {
        String dir = System.getProperty("gloss.snapshots");
        if (dir == null) {
            return;
        }
        try {
            Parent root = window.getScene().getRoot();
            var image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
            try (var out = java.nio.file.Files.newOutputStream(Path.of(dir).resolve(name + ".png"))) {
                dev.gloss.app.snapshot.PngWriter.write(image, out);
            }
        } catch (Exception e) {
            throw new AssertionError("the snapshot of " + name + " could not be written", e);
        }
    }
}
