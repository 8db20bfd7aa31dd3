package dev.gloss.app;

import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.ReaderViewModel;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.Optional;

/** The reader's window. */
public class GlossApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(GlossApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ReaderViewModel model = new ReaderViewModel();
        stage.setTitle("Gloss");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = GlossApp.class.getResourceAsStream("icons/gloss-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.setScene(MainWindow.createScene(model, new dev.gloss.app.shell.ThemeModel(java.util.Optional.empty()), Platform::exit, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
        model.currentArticleProperty().addListener((obs, o, a) ->
                stage.setTitle(a == null ? "Gloss" : a.title() + " — Gloss"));
        stage.show();
        model.load(BundledLibrary::load, Background.threads("gloss-library", 1), Optional.empty());
    }
}
