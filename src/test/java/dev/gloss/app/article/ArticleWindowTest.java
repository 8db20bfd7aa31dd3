package dev.gloss.app.article;

import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.snapshot.PngWriter;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.Theme;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article with every kind of block in the main window: the Contents tree and the images of an
 * imported article. With GLOSS_PICTURES set to a folder, it also writes pictures of the window there.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleWindowTest {
    @TempDir
    static Path dataDir;

    private ReaderState model;
    private ThemeModel theme;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = dataDir.resolve("library").resolve(EveryBlock.ID);
        Files.createDirectories(folder.resolve("images"));
        Files.copy(Path.of("assets", "icons", "gloss-128.png"), folder.resolve(EveryBlock.IMAGE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Library library = new Library(List.of(EveryBlock.article()));
        LibrarySource source = new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return Optional.of(EveryBlock.ID);
            }

            @Override
            public Optional<Article> article(String id) {
                return library.article(id);
            }

            @Override
            public Library load() {
                return library;
            }
        };
        model = new ReaderState();
        theme = new ThemeModel(Optional.empty());
        theme.choiceProperty().set(Theme.LIGHT);
        scene = TestWindows.open(stage, new WindowContext(model, theme, Background.sameThread(), dataDir, () -> { }),
                1200, 1900);
        stage.setScene(scene);
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        model.load(source, Background.sameThread(), Optional.empty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void contentsNestSubsectionsUnderTheirSectionAndFollowTheReader(FxRobot robot) {
        TreeView<Section> tree = robot.lookup("#contentsList").queryAs(TreeView.class);
        List<TreeItem<Section>> top = tree.getRoot().getChildren();
        assertEquals(List.of("Every block", "More"), top.stream().map(i -> i.getValue().title()).toList());
        TreeItem<Section> details = top.get(0).getChildren().get(0);
        assertEquals("Details", details.getValue().title());
        assertEquals("Deeper still", details.getChildren().get(0).getValue().title());
        assertTrue(top.get(0).isExpanded() && details.isExpanded(), "expanded at first");
        robot.interact(() -> model.openSection(EveryBlock.ID + "/deeper"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EveryBlock.ID + "/deeper", tree.getSelectionModel().getSelectedItem().getValue().id());
    }

    @Test
    void theArticlesImageIsReadFromItsFolder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".article-view .image-frame").queryAll().isEmpty());
        assertEquals(1, robot.lookup(".article-view .image-placeholder").queryAll().size(), "the image not kept");
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        String folder = System.getenv("GLOSS_PICTURES");
        if (folder == null) {
            return;
        }
        Path out = Path.of(folder);
        Files.createDirectories(out);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> theme.choiceProperty().set(dark ? Theme.DARK : Theme.LIGHT));
            for (int i = 0; i < 2; i++) {
                double v = i * 1.0;
                robot.interact(() -> robot.lookup(".article-view").queryAs(ArticleView.class).setVvalue(v));
                WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
                try (OutputStream o = Files.newOutputStream(out.resolve((dark ? "dark" : "light") + "-" + i + ".png"))) {
                    PngWriter.write(image, o);
                }
            }
        }
    }
}
