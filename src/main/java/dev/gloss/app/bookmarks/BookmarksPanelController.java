package dev.gloss.app.bookmarks;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.bookmarks.BookmarkRows.Row;
import dev.gloss.core.bookmarks.BookmarkOrder;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Bookmarks tab of the sidebar: filter, order, the bookmarks grouped by article; Enter or a
 * double-click opens one, F2 edits its note, Delete deletes it, and Undo (or Ctrl+Z) brings it back.
 */
public final class BookmarksPanelController {
    private final BookmarksViewModel model;
    /** The bookmark whose note is being edited in its row, or null. */
    private final ObjectProperty<String> editing = new SimpleObjectProperty<>(this, "editing");
    private ArticleView articleView;
    /** The bookmark (or article) chosen last, chosen again when the rows are replaced. */
    private String chosenKey;

    @FXML private VBox bookmarksPanel;
    @FXML private TextField bookmarkFilter;
    @FXML private ComboBox<BookmarkOrder> bookmarkOrder;
    @FXML private Label bookmarksEmpty;
    @FXML private HBox colourFilter;
    @FXML private ListView<Row> bookmarkList;
    @FXML private HBox undoBar;
    @FXML private Label undoMessage;
    @FXML private Button openButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;

    public BookmarksPanelController(BookmarksViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bookmarkFilter.textProperty().bindBidirectional(model.filterProperty());
        bookmarkOrder.getItems().setAll(BookmarkOrder.values());
        bookmarkOrder.setConverter(new OrderNames());
        bookmarkOrder.valueProperty().bindBidirectional(model.orderProperty());
        bookmarkList.setItems(model.rows());
        bookmarkList.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                chosenKey = key(row);
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> keepChoice());
        bookmarkList.setCellFactory(list -> new BookmarkCell(editing, model::saveNote, this::onEditNote));
        bookmarkList.setContextMenu(rowMenu());
        colourFilterButtons();
        bookmarksEmpty.textProperty().bind(model.emptyMessageProperty());
        showWhen(bookmarksEmpty, model.emptyMessageProperty().isNotEmpty());
        showWhen(undoBar, model.canUndoProperty());
        undoMessage.textProperty().bind(model.undoMessageProperty());
        BooleanBinding noBookmark = Bindings.createBooleanBinding(() -> !(selected() instanceof BookmarkRow),
                bookmarkList.getSelectionModel().selectedItemProperty());
        openButton.disableProperty().bind(bookmarkList.getSelectionModel().selectedItemProperty().isNull());
        editButton.disableProperty().bind(noBookmark);
        deleteButton.disableProperty().bind(noBookmark);
        bookmarkList.setOnKeyPressed(this::onListKey);
        bookmarkList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !e.isConsumed()) {
                onOpen();
            }
        });
        bookmarksPanel.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> pickUpChangesIf(focused));
                    }
                });
            }
        });
    }

    /** Coming back to the window picks up bookmarks added meanwhile from the command line. */
    private void pickUpChangesIf(boolean focused) {
        if (focused) {
            model.pickUpChanges();
        }
    }

    /** Marks bookmarked passages in the article, offers bookmarking in its context menu, and shows opened passages. */
    public void attach(ArticleView view) {
        this.articleView = view;
        ArticleBookmarks.attach(model, view);
    }

    /** Edit > Bookmark Passage: the text selected in the article, after asking for a note. */
    public void bookmarkSelection() {
        ArticleBookmarks.bookmarkSelection(model, articleView);
    }

    /** File > Export Bookmarks. */
    public void exportBookmarks() {
        BookmarkFiles.export(bookmarksPanel.getScene().getWindow(), model);
    }

    /** Flashcards…: the highlighted passages, for Anki. */
    @javafx.fxml.FXML
    private void onFlashcards() {
        model.reader().exportRequests().send(dev.gloss.app.reader.Export.HIGHLIGHT_CARDS);
    }

    /** File > Import Bookmarks. */
    public void importBookmarks() {
        BookmarkFiles.importInto(bookmarksPanel.getScene().getWindow(), model);
    }

    public BookmarksViewModel model() {
        return model;
    }

    public void focus() {
        bookmarkList.requestFocus();
        if (bookmarkList.getSelectionModel().isEmpty() && !bookmarkList.getItems().isEmpty()) {
            bookmarkList.getSelectionModel().select(firstBookmark(0));
        }
    }

    private void onListKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            onOpen();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            onDelete();
        } else if (e.getCode() == KeyCode.F2) {
            onEditNote();
        } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            onUndo();
        } else {
            return;
        }
        e.consume();
    }

    @FXML private void onOpen() {
        Row row = selected();
        if (row != null) {
            model.open(row);
        }
    }

    @FXML private void onEditNote() {
        if (selected() instanceof BookmarkRow row) {
            editing.set(row.id());
        }
    }

    @FXML private void onDelete() {
        if (selected() instanceof BookmarkRow row) {
            int index = bookmarkList.getSelectionModel().getSelectedIndex();
            model.delete(row.id());
            if (!bookmarkList.getItems().isEmpty()) {
                bookmarkList.getSelectionModel().select(firstBookmark(Math.min(index, bookmarkList.getItems().size() - 1)));
            }
        }
    }

    @FXML private void onUndo() {
        model.undo();
    }

    @FXML private void onDismissUndo() {
        model.dismissUndo();
    }

    /** The first bookmark at or after {@code index}, skipping article headings; else the last bookmark before it. */
    private int firstBookmark(int index) {
        var items = bookmarkList.getItems();
        for (int i = index; i < items.size(); i++) {
            if (items.get(i) instanceof BookmarkRow) {
                return i;
            }
        }
        for (int i = Math.min(index, items.size() - 1); i >= 0; i--) {
            if (items.get(i) instanceof BookmarkRow) {
                return i;
            }
        }
        return index;
    }

    /**
     * The rows are replaced whenever the bookmarks change (a note saved, a filter typed), which
     * clears the list's selection: the same bookmark is chosen again, so that the keys go on working.
     */
    private void keepChoice() {
        if (chosenKey == null || !bookmarkList.getSelectionModel().isEmpty()) {
            return;
        }
        var items = bookmarkList.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (chosenKey.equals(key(items.get(i)))) {
                bookmarkList.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static String key(Row row) {
        return row instanceof BookmarkRow b ? b.id() : "article:" + ((BookmarkRows.ArticleRow) row).articleId();
    }

    private Row selected() {
        return bookmarkList.getSelectionModel().getSelectedItem();
    }

    /** One toggle a colour: pressed, the panel lists only that colour's bookmarks; pressed again, all. */
    private void colourFilterButtons() {
        Label label = new Label("Colour:");
        label.getStyleClass().add("colour-filter-label");
        colourFilter.getChildren().add(label);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (dev.gloss.core.bookmarks.HighlightColour colour : dev.gloss.core.bookmarks.HighlightColour.values()) {
            javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(null,
                    ArticleBookmarks.swatch(colour));
            button.setToggleGroup(group);
            button.setUserData(colour);
            button.setFocusTraversable(false);
            button.setAccessibleText("Only " + colour.key() + " bookmarks");
            button.setTooltip(new javafx.scene.control.Tooltip("Only " + colour.key()
                    + " bookmarks; press again for all"));
            colourFilter.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, o, t) ->
                model.colourFilterProperty().set(t == null ? null : (dev.gloss.core.bookmarks.HighlightColour) t.getUserData()));
        model.colourFilterProperty().addListener((obs, o, c) -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == c)));
    }

    private ContextMenu rowMenu() {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(e -> onOpen());
        MenuItem edit = new MenuItem("Edit Note");
        edit.setOnAction(e -> onEditNote());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> onDelete());
        javafx.scene.control.Menu colour = new javafx.scene.control.Menu("Colour");
        for (dev.gloss.core.bookmarks.HighlightColour c : dev.gloss.core.bookmarks.HighlightColour.values()) {
            MenuItem item = new MenuItem(c.label(), ArticleBookmarks.swatch(c));
            item.setOnAction(e -> {
                if (selected() instanceof BookmarkRow row) {
                    model.setColour(row.id(), c);
                }
            });
            colour.getItems().add(item);
        }
        ContextMenu menu = new ContextMenu(open, edit, colour, delete);
        menu.setOnShowing(e -> {
            colour.setDisable(!(selected() instanceof BookmarkRow));
            open.setDisable(selected() == null);
            edit.setDisable(!(selected() instanceof BookmarkRow));
            delete.setDisable(!(selected() instanceof BookmarkRow));
        });
        return menu;
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static final class OrderNames extends StringConverter<BookmarkOrder> {
        @Override
        public String toString(BookmarkOrder order) {
            if (order == null) {
                return "";
            }
            return order == BookmarkOrder.NEWEST_FIRST ? "Newest first" : "Reading order";
        }

        @Override
        public BookmarkOrder fromString(String text) {
            return "Reading order".equals(text) ? BookmarkOrder.READING_ORDER : BookmarkOrder.NEWEST_FIRST;
        }
    }
}
