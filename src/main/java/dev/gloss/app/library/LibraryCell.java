package dev.gloss.app.library;

import dev.gloss.app.article.Byline;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A sidebar row: an article's whole title (wrapped, never cut) over a line of what is known of it
 * (its words, whether it came with Gloss or was imported, where it was saved from, its date), or
 * a section's title (an untitled introduction reads "Introduction").
 */
final class LibraryCell extends TreeCell<Object> {
    private final Tooltip tooltip = new Tooltip();
    private final Predicate<Article> imported;
    private final java.util.function.Function<String, String> progressOf;
    private final Label title = new Label();
    private final Label details = new Label();
    /** The article's reading progress, at the end of its details line: "unread", "42 %" or "finished". */
    private final Label progress = new Label();
    private final VBox articleBox;

    /** @param progressOf an article's progress as the reader sees it: "unread", "42 %" or "finished" */
    LibraryCell(Predicate<Article> imported, java.util.function.Function<String, String> progressOf) {
        this.imported = imported;
        this.progressOf = progressOf;
        // A zero preferred width keeps the rows as wide as the sidebar: long titles wrap instead of scrolling it sideways.
        setPrefWidth(0);
        title.getStyleClass().add("library-article-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("library-article-details");
        details.setMinWidth(0);
        progress.getStyleClass().addAll("library-article-progress", "article-progress");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.managedProperty().bind(progress.textProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(6, details, gap, progress);
        articleBox = new VBox(1, title, line);
        articleBox.getStyleClass().add("library-article");
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(null);
        setGraphic(null);
        setWrapText(false);
        setContentDisplay(ContentDisplay.LEFT);
        getStyleClass().removeAll("article-item", "section-item", "generated-item");
        progress.getStyleClass().removeAll("progress-unread", "progress-started", "progress-finished");
        if (empty || item == null) {
            setText(null);
            setAccessibleText(null);
            return;
        }
        if (item instanceof Article a) {
            String about = details(a, imported.test(a));
            // The cell's text is the title, as for every row; what shows is the title over its details.
            setText(a.title());
            String read = progressOf.apply(a.id());
            progress.setText(read);
            progress.getStyleClass().removeAll("progress-unread", "progress-finished", "progress-started");
            progress.getStyleClass().add(read.equals("unread") ? "progress-unread"
                    : read.equals("finished") ? "progress-finished" : "progress-started");
            title.setText(a.title());
            details.setText(about);
            setGraphic(articleBox);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            tooltip.setText(a.title() + " (" + (read.endsWith("%") ? "read to " + read : read) + ")"
                    + (a.meta().description() == null ? "" : "\n" + a.meta().description()));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            setTooltip(tooltip);
            getStyleClass().add("article-item");
            setAccessibleText("Article: " + a.title() + ", " + about + ", " + a.sections().size()
                    + (a.sections().size() == 1 ? " section" : " sections") + ", " + read);
        } else if (item instanceof Section s) {
            String text = s.displayTitle();
            setText(text);
            setWrapText(true);
            tooltip.setText(text);
            setTooltip(tooltip);
            getStyleClass().add("section-item");
            if (s.titleKind() == TitleKind.GENERATED) {
                getStyleClass().add("generated-item");
            }
            setAccessibleText("Section: " + text);
        } else {
            setText(item.toString());
        }
    }

    /** "1,234 words · imported · nodejs.org · 12 May 2024": what the row says of an article. */
    static String details(Article a, boolean imported) {
        List<String> parts = new ArrayList<>();
        parts.add(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(a.wordCount()) + " words");
        parts.add(imported ? "imported" : "bundled");
        if (a.meta().sourceUrl() != null) {
            parts.add(Byline.host(a.meta().sourceUrl()));
        }
        if (a.meta().published() != null) {
            parts.add(Byline.readableDate(a.meta().published()));
        }
        return String.join(" · ", parts);
    }
}
