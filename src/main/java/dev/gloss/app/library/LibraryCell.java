package dev.gloss.app.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

/** A sidebar row: an article's title, or a section's title (an untitled introduction reads "Introduction"). */
final class LibraryCell extends TreeCell<Object> {

    private final Tooltip tooltip = new Tooltip();

    LibraryCell() {
        // A zero preferred width lets long titles end in an ellipsis instead of scrolling the sidebar sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(null);
        getStyleClass().removeAll("article-item", "section-item", "generated-item");
        if (empty || item == null) {
            setText(null);
            setAccessibleText(null);
            return;
        }
        if (item instanceof Article a) {
            setText(a.title());
            tooltip.setText(a.title());
            setTooltip(tooltip);
            getStyleClass().add("article-item");
            setAccessibleText("Article: " + a.title() + ", " + a.sections().size() + " sections");
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
