package dev.gloss.app.article;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** An image at its full size in a window of its own; Esc closes it. */
final class ImageWindow {
    private ImageWindow() {
    }

    static Stage show(Node from, Image image, String alt) {
        ImageView view = new ImageView(image);
        ScrollPane scroll = new ScrollPane(view);
        scroll.getStyleClass().add("image-window");
        scroll.setPannable(true);
        var screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(image.getWidth() + 4, screen.getWidth() * 0.9);
        double h = Math.min(image.getHeight() + 4, screen.getHeight() * 0.9);
        Scene scene = new Scene(scroll, Math.max(200, w), Math.max(150, h));
        Stage stage = new Stage();
        if (from.getScene() != null && from.getScene().getWindow() != null) {
            stage.initOwner(from.getScene().getWindow());
            scene.getStylesheets().setAll(from.getScene().getStylesheets());
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(alt.isEmpty() ? "Image" : alt);
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        scroll.setAccessibleText(alt.isEmpty() ? "Image" : "Image: " + alt);
        stage.show();
        return stage;
    }
}
