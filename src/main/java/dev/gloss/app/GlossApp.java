package dev.gloss.app;

import javafx.application.Application;
import javafx.stage.Stage;

public class GlossApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(GlossApp.class, args);
    }

    @Override
    public void start(Stage stage) {
    }
}
