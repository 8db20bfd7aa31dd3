package dev.gloss.app.glossary;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The reader's own definition of a term: the term, other names for it, a one-sentence definition
 * and an optional explanation. The dialog stays open until the definition is saved, and shows why
 * when it cannot be.
 */
final class DefineTermDialog {
    private static final int ERROR_LINES = 2;
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private DefineTermDialog() {
    }

    /** The dialog with its fields filled in from a draft, as for editing a definition quoted from an article. */
    static Dialog<ButtonType> create(Window owner, DefinitionsViewModel model, DefinitionsViewModel.Draft draft) {
        String term = draft.term();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Define a Term");
        dialog.setHeaderText("Your definition is kept in your data folder; the bundled glossary stays as it is.");
        TextField name = new TextField(term);
        name.setId("defineTerm");
        name.setAccessibleText("Term");
        TextField aliases = new TextField(draft.aliases());
        aliases.setId("defineAliases");
        aliases.setPromptText("Other names, separated by commas");
        aliases.setAccessibleText("Also called: abbreviations and other names, separated by commas");
        TextArea definition = area("defineDefinition", 2, "One sentence that says what it is");
        definition.setAccessibleText("Definition, in one sentence");
        definition.setText(draft.definition());
        TextArea explanation = area("defineExplanation", 4, "Optional: a few sentences more");
        explanation.setText(draft.explanation());
        explanation.setAccessibleText("Explanation, optional");
        Label error = new Label();
        error.setId("defineError");
        error.getStyleClass().add("define-error");
        error.setWrapText(true);
        // The error's room (two lines) is kept while there is none, so that the form does not jump when one comes.
        error.setMinHeight(ERROR_LINES * Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 1.4));
        error.setVisible(false);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("define-form");
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "_Term", name);
        row(grid, 1, "_Also called", aliases);
        row(grid, 2, "_Definition", definition);
        row(grid, 3, "_Explanation", explanation);
        grid.add(error, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getStylesheets().addAll(owner == null || owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());

        Node save = dialog.getDialogPane().lookupButton(SAVE);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            // Saving runs in the background; the dialog closes itself once it is done.
            e.consume();
            save.setDisable(true);
            error.setVisible(false);
            model.define(name.getText(), aliases.getText(), definition.getText(), explanation.getText(), () -> {
                dialog.setResult(SAVE);
                dialog.close();
            }, message -> {
                save.setDisable(false);
                error.setText(message);
                error.setVisible(true);
            });
        });
        dialog.setOnShown(e -> (term == null || term.isBlank() ? name : definition).requestFocus());
        return dialog;
    }

    static void show(Window owner, DefinitionsViewModel model, DefinitionsViewModel.Draft draft) {
        create(owner, model, draft).show();
    }

    private static TextArea area(String id, int rows, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.setPromptText(prompt);
        // Tab moves on to the next field, as in the text fields, instead of typing a tab.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
