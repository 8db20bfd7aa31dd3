package dev.gloss.app.about;

import dev.gloss.Version;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Help > About: the version, the licence, and what the bundled articles are. */
public final class AboutDialog {
    static final String TEXT = """
            An offline reader for a library of articles, with a table of contents for each.

            Licensed under the Apache License, Version 2.0.

            The articles in the library are their authors' work: their claims are the authors', \
            not Gloss's, and nothing in them is medical advice. Ask a qualified professional about \
            your own health.""";

    private AboutDialog() {
    }

    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, TEXT, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Gloss");
        alert.setHeaderText("Gloss " + Version.current());
        alert.getDialogPane().setPrefWidth(460);
        alert.showAndWait();
    }
}
