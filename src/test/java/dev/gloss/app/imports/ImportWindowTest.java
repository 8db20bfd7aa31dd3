package dev.gloss.app.imports;

import dev.gloss.app.search.ResultRow;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.snapshot.PngWriter;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.userlibrary.UserLibrary;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import through the window: the article appears in the library and in search at once; remove and undo. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    private static final String TITLE = "Axolotl care";

    @TempDir
    Path dataDir;
    @TempDir
    Path sources;

    private ReaderState model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new ReaderState();
        scene = TestWindows.open(stage, new WindowContext(model, new ThemeModel(Optional.empty()),
                Background.threads("test-import-window", 1), dataDir, () -> { }), 1200, 800);
        stage.setScene(scene);
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        model.load(UserLibrary.source(dataDir), Background.sameThread(), Optional.empty());
    }

    @Test
    void anImportedFileAppearsInTheLibraryAndInSearchAndCanBeRemovedAndRestored(FxRobot robot) throws Exception {
        Path file = Files.writeString(sources.resolve("axolotl.md"), "# " + TITLE + "\n\n"
                + "The axolotl keeps its gills for life.\n\n## Water\n\nCool, still water suits the salamander.\n");
        Files.write(sources.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0, 0, 9});
        TreeView<?> tree = robot.lookup(".sidebar .tree-view").queryAs(TreeView.class);
        robot.clickOn("Library");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        // The rows are made on the window's worker: wait until the tree lists the library.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == model.articles().size());
        int before = tree.getRoot().getChildren().size();

        robot.interact(() -> TestWindows.parts((javafx.stage.Stage) scene.getWindow()).orElseThrow().imports().importPaths(List.of(file, sources.resolve("broken.txt"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> TestWindows.parts((javafx.stage.Stage) scene.getWindow()).orElseThrow().imports().noticeProperty().get() == ImportViewModel.Notice.REPORT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == before + 1);
        assertTrue(titles(tree).contains(TITLE), "the Library sidebar lists the imported article");
        Label notice = robot.lookup(".import-notice").queryAs(Label.class);
        assertEquals("Import finished, 2 files: 1 imported, 1 failed.", notice.getText());
        assertTrue(robot.lookup(".import-bar").query().isVisible());
        shoot("import-bar");

        robot.clickOn("Show Report");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> report = robot.lookup(".import-report").queryAs(TableView.class);
        assertEquals(2, report.getItems().size());
        shootWindow(report, "import-report");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".import-report").tryQuery().isEmpty(), "Esc closes the report");

        robot.clickOn(".search-field").write("axolotl");
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(r -> ((ResultRow) r).articleTitle().equals(TITLE)));
        robot.type(KeyCode.ESCAPE);

        robot.clickOn(cell(robot, TITLE));
        MenuItem remove = showContextMenu(robot, tree);
        assertFalse(remove.isDisable());
        assertEquals("Remove from Library (Delete)", remove.getText());
        robot.interact(() -> tree.getContextMenu().hide());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.getText().startsWith("Removed “" + TITLE + "”"), notice.getText());
        assertTrue(robot.lookup(".import-bar .button").queryAllAs(Button.class).stream()
                .anyMatch(b -> b.getText().equals("Undo") && b.isVisible()));
        shoot("import-removed");

        robot.clickOn(tree);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“" + TITLE + "” is back in the library.", notice.getText());

        robot.clickOn(cell(robot, titles(tree).get(0)));
        MenuItem bundled = showContextMenu(robot, tree);
        assertTrue(bundled.isDisable(), "a bundled article cannot be removed");
        assertTrue(bundled.getText().contains("bundled articles cannot be removed"));
        robot.interact(() -> tree.getContextMenu().hide());
    }

    /** The tree's context menu as it shows for the chosen row (Monocle gives no secondary click a menu). */
    private static MenuItem showContextMenu(FxRobot robot, TreeView<?> tree) {
        robot.interact(() -> tree.getContextMenu().show(tree, javafx.geometry.Side.RIGHT, 0, 0));
        return tree.getContextMenu().getItems().get(0);
    }

    private static List<String> titles(TreeView<?> tree) {
        return tree.getRoot().getChildren().stream().map(TreeItem::getValue)
                .map(v -> ((dev.gloss.core.model.Article) v).title()).toList();
    }

    private static TreeCell<?> cell(FxRobot robot, String title) {
        return robot.lookup(".sidebar .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    /** With -Dgloss.shots=DIR, the window as it is now, to look at. */
    private void shoot(String name) throws Exception {
        shootNode(scene.getRoot(), name);
    }

    private void shootWindow(Node inside, String name) throws Exception {
        Window window = inside.getScene().getWindow();
        shootNode(window.getScene().getRoot(), name);
    }

    private static void shootNode(Node node, String name) throws Exception {
        String dir = System.getProperty("gloss.shots");
        if (dir == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage> shot = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> shot.complete(node.snapshot(null, null)));
        try (OutputStream out = Files.newOutputStream(Path.of(dir, name + ".png"))) {
            PngWriter.write(shot.get(10, TimeUnit.SECONDS), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
