package dev.gloss.app.shell;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.function.Consumer;

/**
 * Opening web and mail addresses in the system's browser, after asking. The application sets how
 * ({@code HostServices.showDocument}); without it, as in the tests and the snapshot, nothing opens.
 */
public final class ExternalLinks {
    private static volatile Consumer<String> opener;

    private ExternalLinks() {
    }

    /** How addresses are opened, set once by the application. */
    public static void setOpener(Consumer<String> open) {
        opener = open;
    }

    static void askAndOpen(Node owner, String href, Consumer<String> tell) {
        Consumer<String> open = opener;
        if (open == null) {
            tell.accept("Gloss cannot open " + href + " here.");
            return;
        }
        ButtonType openButton = new ButtonType("Open in Browser", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, href, openButton, ButtonType.CANCEL);
        ask.setTitle("Open Link");
        ask.setHeaderText("Open this address in your browser?");
        if (owner.getScene() != null) {
            ask.initOwner(owner.getScene().getWindow());
        }
        ask.showAndWait().filter(openButton::equals).ifPresent(b -> open.accept(href));
    }
}
