package dev.gloss.app.article;

import javafx.geometry.Orientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image as wide as the column allows and never wider than it is: it asks for no width of its
 * own, takes what its parent gives, and is as tall as the image at that width.
 */
final class ImageBox extends Region {
    private final Image image;
    private final ImageView view;

    ImageBox(Image image) {
        this.image = image;
        this.view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        image.progressProperty().addListener((obs, o, n) -> requestLayout());
        image.widthProperty().addListener((obs, o, n) -> requestLayout());
        getStyleClass().add("image-box");
    }

    private double shownWidth(double available) {
        double natural = image.getWidth();
        if (natural <= 0) {
            return 0;
        }
        return available <= 0 ? natural : Math.min(natural, available);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? image.getWidth() : width - snappedLeftInset() - snappedRightInset();
        double w = shownWidth(inner);
        double h = image.getWidth() <= 0 ? 0 : image.getHeight() * w / image.getWidth();
        return snappedTopInset() + snappedBottomInset() + Math.max(h, image.getWidth() <= 0 ? 48 : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double w = shownWidth(inner);
        view.setFitWidth(w);
        view.relocate(snappedLeftInset(), snappedTopInset());
    }
}
