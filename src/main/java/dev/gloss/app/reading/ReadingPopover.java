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
    private final javafx.beans.value.ObservableValue<dev.gloss.core.settings.Theme> shown;
    private final java.util.List<String> stylesheets;
    private PopOver popover;

    /**
     * @param shown the theme the window shows, which the popover follows
     * @param stylesheets the window's style sheets, for the popover's own scene
     */
    public ReadingPopover(ReadingViewModel model, javafx.beans.value.ObservableValue<dev.gloss.core.settings.Theme> shown,
                          java.util.List<String> stylesheets) {
        this.model = model;
        this.shown = shown;
        this.stylesheets = stylesheets;
    }

    /** Shows the settings next to {@code owner}, or hides them when they are showing. */
    public void toggle(Node owner) {
        PopOver p = popover();
        if (p.isShowing()) {
            p.hide();
        } else {
            p.show(owner);
            // The popover's skin sets its root's style classes when it is first shown.
            dress(p.getRoot(), shown.getValue());
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

    /** The popover in the window's theme: the classes Gloss's style sheet looks for on its root. */
    private static void dress(javafx.scene.Parent root, dev.gloss.core.settings.Theme theme) {
        java.util.List<String> classes = root.getStyleClass();
        classes.removeAll(java.util.List.of("theme-light", "theme-sepia", "theme-dark"));
        if (!classes.contains("reading-popover")) {
            classes.add("reading-popover");
        }
        classes.add("theme-" + theme.key());
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
            // ControlsFX adds its own style sheet to the popover's root; Gloss's, added after it, wins, and
            // the theme's colours are looked up from the root's theme class.
            javafx.scene.Parent root = popover.getRoot();
            root.getStylesheets().addAll(stylesheets);
            shown.addListener((obs, o, theme) -> dress(popover.getRoot(), theme));
        }
        return popover;
    }
}
