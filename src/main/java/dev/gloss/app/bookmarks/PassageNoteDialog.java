package dev.gloss.app.bookmarks;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** "Bookmark Passage…": shows the passage and asks for an optional note; Ctrl+Enter bookmarks, Esc cancels. */
final class PassageNoteDialog {
    private static final int PREVIEW = 300;

    private PassageNoteDialog() {
    }

    /** The note typed (maybe empty), or nothing if the reader cancelled. */
    static Optional<String> ask(Node owner, String passage) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle("Bookmark Passage");
        dialog.setHeaderText("Bookmark this passage");
        ButtonType bookmark = new ButtonType("Bookmark", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(bookmark, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().add("passage-note-dialog");

        String shown = passage.replaceAll("\\s+", " ");
        Label quote = new Label("“" + (shown.length() > PREVIEW ? shown.substring(0, PREVIEW - 1) + "…" : shown) + "”");
        quote.getStyleClass().add("bookmark-quote");
        quote.setWrapText(true);
        Label label = new Label("_Note (optional):");
        TextArea note = new TextArea();
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setAccessibleText("Note for the bookmark (optional)");
        label.setMnemonicParsing(true);
        label.setLabelFor(note);
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(bookmark)).fire();
                e.consume();
            }
        });
        VBox content = new VBox(10, quote, label, note);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == bookmark ? note.getText() : null);
        dialog.setOnShown(e -> Platform.runLater(note::requestFocus));
        return dialog.showAndWait();
    }
}
