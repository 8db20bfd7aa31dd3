package dev.gloss.bench.startup;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor: the least a JavaFX window can do, one label on a stage of Gloss's default size. Once
 * its first frame has been painted it prints a probe line like Gloss's and quits:
 * <pre>FLOOR_FIRST_FRAME millis=640 rssKiB=98765</pre>
 */
public final class FloorApp extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Floor");
        stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX stage")), 1200, 800));
        // An animation timer runs at the start of each pulse: its second call comes after the first frame.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println(ProbeLine.now("FLOOR_FIRST_FRAME"));
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
        stage.show();
    }
}
