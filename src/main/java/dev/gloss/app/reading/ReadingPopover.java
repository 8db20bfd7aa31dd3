package dev.gloss.app.reading;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.controlsfx.control.PopOver;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The reading settings in a popover under the toolbar's Aa button; made the first time it is asked for. */
public final class ReadingPopover {
    private final ReadingViewModel model;
    private PopOver popover;

    public ReadingPopover(ReadingViewModel model) {
        this.model = model;
    }

    /** Shows the settings next to {@code owner}, or hides them when they are showing. */
    public void toggle(Node owner) {
        PopOver p = popover();
        if (p.isShowing()) {
            p.hide();
        } else {
            p.show(owner);
            p.getContentNode().requestFocus();
        }
    }

    public boolean isShowing() {
        return popover != null && popover.isShowing();
    }

    public void hide() {
        if (popover != null) {
            popover.hide();
        }
    }

    /** The panel inside, for tests. */
    public Parent content() {
        return (Parent) popover().getContentNode();
    }

    private PopOver popover() {
        if (popover == null) {
            FXMLLoader loader = new FXMLLoader(ReadingPopover.class.getResource("ReadingPanel.fxml"));
            loader.setControllerFactory(type -> new ReadingPanelController(model));
            Parent panel;
            try {
                panel = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException("The reading settings' layout cannot be loaded", e);
            }
            popover = new PopOver(panel);
            popover.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            popover.setDetachable(false);
            popover.setTitle("Reading");
            popover.setHeaderAlwaysVisible(false);
            popover.setAnimated(false);
        }
        return popover;
    }
}
