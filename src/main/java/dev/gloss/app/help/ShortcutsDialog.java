package dev.gloss.app.help;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Help > Keyboard Shortcuts. The list is read from the menus' own accelerators, so that it cannot
 * drift from what the keys do, plus the keys that belong to no menu item.
 */
public final class ShortcutsDialog {
    /** Keys that act inside a part of the window rather than through a menu. */
    static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"Enter / Shift+Enter", "Next / previous match, in the find bar"},
            new String[] {"Esc", "Close the find bar or a glossary popover; clear the glossary filter"},
            new String[] {"Up, Down, Enter", "Move through the sidebar and open the chosen item"},
            new String[] {"F2, then Ctrl+Enter", "Edit a bookmark's note, then save it (Esc cancels)"},
            new String[] {"Delete", "Delete the chosen bookmark, in the bookmarks panel"},
            new String[] {"Tab / Shift+Tab", "Move between the sidebar, the article and the find bar"},
            new String[] {"Page Up / Page Down, Space", "Scroll the article"},
            new String[] {"Delete / Ctrl+Z", "Remove the chosen imported article / undo the removal, in the library"},
            new String[] {"Mouse back / forward buttons", "Back / Forward"});

    private ShortcutsDialog() {
    }

    /** Every menu item with a shortcut, as {menu > item, key}. */
    public static List<String[]> shortcuts(MenuBar menuBar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            collect(menu, clean(menu.getText()), rows);
        }
        rows.addAll(OTHER_KEYS.stream().map(r -> new String[] {r[1], r[0]}).toList());
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " > " + clean(sub.getText()), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {path + " > " + clean(item.getText()), item.getAccelerator().getDisplayText()});
            }
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("_", "").replace("…", "");
    }

    public static void show(MenuBar menuBar) {
        create(menuBar).showAndWait();
    }

    /** The dialog, not shown yet: for the window and the snapshot command. */
    public static Alert create(MenuBar menuBar) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(menuBar.getScene().getWindow());
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().getStylesheets().setAll(menuBar.getScene().getStylesheets());
        alert.getDialogPane().setContent(content(menuBar));
        alert.getDialogPane().setPrefWidth(640);
        alert.setResizable(true);
        return alert;
    }

    /**
     * The table of keys: every key whole in its column, as wide as the widest, and every
     * description wrapped onto more lines where it is long, never cut.
     */
    static ScrollPane content(MenuBar menuBar) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcuts-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        actions.setMinWidth(120);
        grid.getColumnConstraints().setAll(keys, actions);
        int row = 0;
        for (String[] s : shortcuts(menuBar)) {
            Label action = new Label(s[0]);
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            Label key = new Label(s[1]);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            key.setAccessibleText(s[0] + ": " + s[1]);
            grid.addRow(row++, key, action);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(420);
        return scroll;
    }
}
