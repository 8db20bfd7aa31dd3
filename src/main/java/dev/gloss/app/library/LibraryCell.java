package dev.gloss.app.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

/** A sidebar row: an article's title, or a section's title (an untitled introduction reads "Introduction"). */
final class LibraryCell extends TreeCell<Object> {

    private final Tooltip tooltip = new Tooltip();
    private final java.util.function.Function<String, String> progressOf;
    private final javafx.scene.control.Label progress = new javafx.scene.control.Label();

    /** @param progressOf an article's progress as the reader sees it: "unread", "42 %" or "finished" */
    LibraryCell(java.util.function.Function<String, String> progressOf) {
        this.progressOf = progressOf;
        progress.getStyleClass().add("article-progress");
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        // A zero preferred width lets long titles end in an ellipsis instead of scrolling the sidebar sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(null);
        setGraphic(null);
        getStyleClass().removeAll("article-item", "section-item", "generated-item");
        progress.getStyleClass().removeAll("progress-unread", "progress-started", "progress-finished");
        if (empty || item == null) {
            setText(null);
            setAccessibleText(null);
            return;
        }
        if (item instanceof Article a) {
            setText(a.title());
            String read = progressOf.apply(a.id());
            progress.setText(read);
            progress.getStyleClass().add(read.equals("unread") ? "progress-unread"
                    : read.equals("finished") ? "progress-finished" : "progress-started");
            setGraphic(progress);
            tooltip.setText(a.title() + " (" + (read.endsWith("%") ? "read to " + read : read) + ")");
            setTooltip(tooltip);
            getStyleClass().add("article-item");
            setAccessibleText("Article: " + a.title() + ", " + a.sections().size() + " sections, " + read);
        } else if (item instanceof Section s) {
            String title = s.titleKind() == TitleKind.NONE ? "Introduction" : s.title();
            setText(title);
            tooltip.setText(title);
            setTooltip(tooltip);
            getStyleClass().add("section-item");
            if (s.titleKind() == TitleKind.GENERATED) {
                getStyleClass().add("generated-item");
            }
            setAccessibleText("Section: " + title);
        } else {
            setText(item.toString());
        }
    }
}
