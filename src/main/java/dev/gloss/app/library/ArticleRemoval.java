package dev.gloss.app.library;

import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.core.model.Article;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.function.Supplier;

/** Removing the chosen article from the Library view, and undoing that: its context menu, Delete and Ctrl+Z. */
final class ArticleRemoval {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private ArticleRemoval() {
    }

    /** Gives {@code tree} the menu and the keys; {@code chosen} is the article of the selected row, or null. */
    static void install(TreeView<Object> tree, ImportViewModel imports, Supplier<Article> chosen) {
        tree.setContextMenu(menu(imports, chosen));
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && chosen.get() != null && imports.isRemovable(chosen.get())) {
                imports.remove(chosen.get().id());
                e.consume();
            } else if (UNDO.match(e)) {
                imports.undoRemove();
                e.consume();
            }
        });
    }

    /** "Remove from Library" for the article of the row under the pointer; bundled articles say why they stay. */
    private static ContextMenu menu(ImportViewModel imports, Supplier<Article> chosen) {
        MenuItem remove = new MenuItem("Remove from Library");
        remove.setOnAction(e -> {
            Article a = chosen.get();
            if (a != null) {
                imports.remove(a.id());
            }
        });
        MenuItem undo = new MenuItem("Undo Remove");
        undo.setAccelerator(UNDO);
        undo.setOnAction(e -> imports.undoRemove());
        ContextMenu menu = new ContextMenu(remove, undo);
        menu.setOnShowing(e -> {
            Article a = chosen.get();
            boolean removable = a != null && imports.isRemovable(a);
            remove.setDisable(!removable);
            remove.setText(a == null || removable ? "Remove from Library (Delete)"
                    : "Remove from Library: bundled articles cannot be removed");
            undo.setDisable(imports.undoableProperty().get() == null);
        });
        return menu;
    }
}
