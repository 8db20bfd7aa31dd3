package dev.gloss.app.bookmarks;

import dev.gloss.app.bookmarks.BookmarkRows.ArticleRow;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.bookmarks.BookmarkRows.Row;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A row of the Bookmarks panel: an article's heading, or a bookmark with its section title, quote,
 * note and date. The note of the bookmark being edited is a text area: Ctrl+Enter or leaving it
 * saves, Esc cancels.
 */
final class BookmarkCell extends ListCell<Row> {
    private static final String DETACHED_TIP =
            "Its text is no longer in the library: the bookmark keeps its saved section title and quote.";

    /** Room for the list's scroll bar, when the cell's width is not known yet. */
    private static final double SCROLL_BAR = 14;

    private final ObjectProperty<String> editing;
    private final BiConsumer<String, String> onSave;
    private final Runnable onEditNote;

    private final Label articleTitle = new Label();
    private final Label sectionTitle = new Label();
    private final javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
    private final Label detached = new Label("Detached");
    private final Label quote = new Label();
    private final Label note = new Label();
    private final TextArea noteEditor = new TextArea();
    private final Label made = new Label();
    private final VBox bookmarkBox;
    /** Held here so that the list's cells, which it replaces at will, are not kept alive by the property. */
    private final ChangeListener<String> onEditingChanged = (obs, o, id) -> updateItem(getItem(), isEmpty());
    /** The bookmark whose note the editor holds, so that a refresh of the list keeps what is being typed. */
    private String editorFor;

    /**
     * @param editing the id of the bookmark whose note is being edited, or null
     * @param onSave saves a note: bookmark id, text
     * @param onEditNote a double-click on a note starts editing it
     */
    BookmarkCell(ObjectProperty<String> editing, BiConsumer<String, String> onSave, Runnable onEditNote) {
        this.editing = editing;
        this.onSave = onSave;
        this.onEditNote = onEditNote;
        setPrefWidth(0);
        articleTitle.getStyleClass().add("bookmark-article");
        articleTitle.setWrapText(true);
        sectionTitle.getStyleClass().add("bookmark-section");
        sectionTitle.setWrapText(true);
        sectionTitle.setMinWidth(0);
        detached.getStyleClass().add("bookmark-detached");
        detached.setMinWidth(Region.USE_PREF_SIZE);
        detached.setTooltip(new Tooltip(DETACHED_TIP));
        quote.getStyleClass().add("bookmark-quote");
        quote.setWrapText(true);
        note.getStyleClass().add("bookmark-note");
        note.setWrapText(true);
        note.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onEditNote.run();
                e.consume();
            }
        });
        noteEditor.getStyleClass().add("bookmark-note-editor");
        noteEditor.setWrapText(true);
        noteEditor.setPrefRowCount(4);
        noteEditor.setPromptText("A note: Ctrl+Enter saves, Esc cancels");
        noteEditor.setAccessibleText("Note");
        noteEditor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        noteEditor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save();
            }
        });
        made.getStyleClass().add("bookmark-made");
        HBox dateRow = new HBox(8, made, detached);
        dateRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        swatch.getStyleClass().add("colour-swatch");
        HBox titleRow = new HBox(6, swatch, sectionTitle);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(sectionTitle, javafx.scene.layout.Priority.ALWAYS);
        bookmarkBox = new VBox(3, titleRow, quote, note, noteEditor, dateRow);
        bookmarkBox.getStyleClass().add("bookmark-box");
        for (Label label : new Label[] {articleTitle, sectionTitle, quote, note}) {
            label.setMaxWidth(Double.MAX_VALUE);
        }
        editing.addListener(new WeakChangeListener<>(onEditingChanged));
    }

    /**
     * A list cell measures its graphic without a width, which makes wrapped text one long line that
     * is then cut off; measured at the cell's width, the notes and quotes wrap inside the sidebar.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (!(getGraphic() instanceof Region graphic) || getListView() == null) {
            return super.computePrefHeight(width);
        }
        double cellWidth = width > 0 ? width : getListView().getWidth() - SCROLL_BAR;
        double inner = cellWidth - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + graphic.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("bookmark-article-cell", "bookmark-cell");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            editorFor = null;
            return;
        }
        if (row instanceof ArticleRow article) {
            getStyleClass().add("bookmark-article-cell");
            articleTitle.setText(article.title());
            setGraphic(articleTitle);
            setAccessibleText("Article: " + article.title() + ", " + article.count()
                    + (article.count() == 1 ? " bookmark" : " bookmarks"));
            editorFor = null;
            return;
        }
        BookmarkRow bookmark = (BookmarkRow) row;
        getStyleClass().add("bookmark-cell");
        sectionTitle.setText(bookmark.sectionTitle());
        swatch.getStyleClass().removeIf(c -> c.startsWith("colour-") && !c.equals("colour-swatch"));
        swatch.getStyleClass().add("colour-" + bookmark.colour().key());
        quote.getStyleClass().removeIf(c -> c.startsWith("quote-"));
        quote.getStyleClass().add("quote-" + bookmark.colour().key());
        show(detached, bookmark.detached());
        quote.setText(bookmark.isPassage() ? "“" + bookmark.quote() + "”" : "");
        show(quote, bookmark.isPassage());
        made.setText(bookmark.made());
        boolean editingThis = bookmark.id().equals(editing.get());
        if (editingThis && !bookmark.id().equals(editorFor)) {
            editorFor = bookmark.id();
            noteEditor.setText(bookmark.note());
            noteEditor.positionCaret(noteEditor.getLength());
            Platform.runLater(noteEditor::requestFocus);
        } else if (!editingThis) {
            editorFor = null;
        }
        note.setText(bookmark.note());
        show(note, !editingThis && !bookmark.note().isBlank());
        show(noteEditor, editingThis);
        setGraphic(bookmarkBox);
        setAccessibleText(describe(bookmark));
    }

    private static String describe(BookmarkRow b) {
        StringBuilder text = new StringBuilder(b.isPassage() ? "Passage in " : "Section: ").append(b.sectionTitle());
        if (b.detached()) {
            text.append(", detached");
        }
        if (b.isPassage()) {
            text.append(": ").append(b.quote());
        }
        if (!b.note().isBlank()) {
            text.append(". Note: ").append(b.note());
        }
        return text.append(". Made ").append(b.made()).append(". Colour: ").append(b.colour().key()).toString();
    }

    private void onEditorKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            editorFor = null;
            editing.set(null);
            getListView().requestFocus();
            e.consume();
        }
    }

    /** Saves the note being edited, once: leaving the editor after Ctrl+Enter does not save again. */
    private void save() {
        String id = editorFor;
        if (id == null || !Objects.equals(id, editing.get())) {
            return;
        }
        String text = noteEditor.getText();
        editorFor = null;
        editing.set(null);
        onSave.accept(id, text);
        if (getListView() != null && noteEditor.isFocused()) {
            getListView().requestFocus();
        }
    }

    private static void show(Region node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
