package dev.gloss.app.shell;

import dev.gloss.core.settings.Theme;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's dialogs, menus, context menus, tooltips and popovers in the theme shown. Each is a
 * window of its own. A popup finds sepia's colours through the node that owns it, but a dialog's
 * root is reached by nothing of the main window's, so it kept Primer Light's white in sepia; and
 * a tooltip or menu of a dialog has only the dialog to go by. So every window that the main window
 * owns, directly or through another, gets the theme's style class ("theme-sepia") when it shows and
 * when the theme changes, and a dialog gets Gloss's stylesheet too. FX thread only.
 */
final class ThemedWindows {
    private static final String[] CLASSES = {"theme-light", "theme-sepia", "theme-dark"};

    private ThemedWindows() {
    }

    static void follow(Scene main, ObservableValue<Theme> shown, String stylesheet) {
        ListChangeListener<Window> showing = c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (ownedBy(w, main)) {
                        style(w, shown.getValue(), stylesheet);
                    }
                }
            }
        };
        Window.getWindows().addListener(new javafx.collections.WeakListChangeListener<>(showing));
        // The weak listener lives as long as the window's scene does.
        main.getProperties().put(ThemedWindows.class, showing);
        shown.addListener((obs, o, theme) -> {
            for (Window w : Window.getWindows()) {
                if (ownedBy(w, main)) {
                    style(w, theme, stylesheet);
                }
            }
        });
    }

    /** Whether {@code w} is owned by the main window, directly or through other windows. */
    private static boolean ownedBy(Window w, Scene main) {
        Window mainWindow = main.getWindow();
        for (Window at = owner(w); at != null; at = owner(at)) {
            if (at == mainWindow) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window w) {
        if (w instanceof PopupWindow popup) {
            return popup.getOwnerWindow();
        }
        return w instanceof Stage stage ? stage.getOwner() : null;
    }

    private static void style(Window w, Theme theme, String stylesheet) {
        Scene scene = w.getScene();
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        scene.getRoot().getStyleClass().removeAll(CLASSES);
        scene.getRoot().getStyleClass().add("theme-" + theme.key());
        if (!(w instanceof PopupWindow) && !scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
