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
import javafx.scene.layout.HBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import dev.gloss.core.bookmarks.HighlightColour;

import java.util.Optional;

/**
 * "Bookmark Passage…": shows the passage and asks for its highlight's colour and an optional note;
 * Ctrl+Enter bookmarks, Esc cancels.
 */
final class PassageNoteDialog {
    private static final int PREVIEW = 300;

    private PassageNoteDialog() {
    }

    /** What the reader chose: a colour and a note (maybe empty). */
    record Answer(HighlightColour colour, String note) {
    }

    /** The colour chosen and the note typed, or nothing if the reader cancelled. */
    static Optional<Answer> ask(Node owner, String passage) {
        Dialog<Answer> dialog = new Dialog<>();
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
        ToggleGroup colours = new ToggleGroup();
        HBox colourRow = new HBox(6);
        colourRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label colourLabel = new Label("Colour:");
        colourRow.getChildren().add(colourLabel);
        for (HighlightColour colour : HighlightColour.values()) {
            ToggleButton button = new ToggleButton(colour.label(), ArticleBookmarks.swatch(colour));
            button.setToggleGroup(colours);
            button.setUserData(colour);
            button.setAccessibleText("Highlight in " + colour.key());
            button.getStyleClass().add("small");
            button.setSelected(colour == HighlightColour.DEFAULT);
            colourRow.getChildren().add(button);
        }
        VBox content = new VBox(10, quote, colourRow, label, note);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button != bookmark ? null : new Answer(
                colours.getSelectedToggle() == null ? HighlightColour.DEFAULT
                        : (HighlightColour) colours.getSelectedToggle().getUserData(), note.getText()));
        dialog.setOnShown(e -> Platform.runLater(note::requestFocus));
        return dialog.showAndWait();
    }
}
