package dev.gloss.app.shell;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the main window's scene from its FXML, for the app, the snapshot command and the tests. */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 800;

    private MainWindow() {
    }

    public static Scene createScene(ReaderViewModel model, Runnable quit, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(model, quit);
            }
            throw new IllegalArgumentException("No controller of type " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's layout cannot be loaded", e);
        }
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/gloss/app/gloss.css").toExternalForm());
        return scene;
    }
}
