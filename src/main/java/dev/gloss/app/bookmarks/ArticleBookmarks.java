package dev.gloss.app.bookmarks;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.ArticleView.ContextRequest;
import dev.gloss.app.article.SectionMark;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.bookmarks.TextRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bookmarks in the article: bookmarked passages highlighted in their colours (a layer per
 * colour, "bookmark-yellow" and so on), "Bookmark This Section" on a heading's context menu,
 * "Highlight" in a colour and "Bookmark Passage…" (with a note) on a selection's, and the passage of
 * a bookmark opened from the panel selected and scrolled to.
 */
final class ArticleBookmarks {
    static final String LAYER = "bookmark";

    private ArticleBookmarks() {
    }

    /** The mark layer of a colour's highlights, styled by {@code .highlight-bookmark-COLOUR}. */
    static String layer(HighlightColour colour) {
        return LAYER + "-" + colour.key();
    }

    static void attach(BookmarksViewModel model, ArticleView view) {
        showMarks(model.highlightsProperty().get(), view);
        model.highlightsProperty().addListener((obs, o, highlights) -> showMarks(highlights, view));
        model.reveals().listen(reveal -> view.revealInSection(reveal.sectionId(), reveal.start(), reveal.end()));
        view.addContextMenuItems(request -> menuItems(model, view, request));
    }

    private static void showMarks(Map<HighlightColour, Map<String, List<TextRange>>> highlights, ArticleView view) {
        for (HighlightColour colour : HighlightColour.values()) {
            Map<String, List<TextRange>> passages = highlights.getOrDefault(colour, Map.of());
            String layer = layer(colour);
            view.setMarks(layer, sectionId -> passages.getOrDefault(sectionId, List.of()).stream()
                    .map(r -> new SectionMark(r.start(), r.end(), layer)).toList(), false, false);
        }
    }

    private static List<MenuItem> menuItems(BookmarksViewModel model, ArticleView view, ContextRequest request) {
        List<MenuItem> items = new ArrayList<>();
        if (!model.readyProperty().get()) {
            return items;
        }
        if (request.onHeading() && request.sectionId().isPresent()) {
            String sectionId = request.sectionId().get();
            MenuItem section = new MenuItem(model.isSectionBookmarked(sectionId)
                    ? "Remove Bookmark of This Section" : "Bookmark This Section");
            section.setOnAction(e -> model.toggleSection(sectionId));
            items.add(section);
        }
        Optional<SectionMark> passage = request.selectionInSection();
        if (passage.isPresent() && request.selectionSectionId().isPresent() && !request.selectedText().isBlank()) {
            String sectionId = request.selectionSectionId().get();
            Menu highlight = new Menu("Highlight");
            for (HighlightColour colour : HighlightColour.values()) {
                MenuItem item = new MenuItem(colour.label(), swatch(colour));
                item.setOnAction(e -> model.addPassage(sectionId, passage.get().start(), passage.get().end(), "", colour));
                highlight.getItems().add(item);
            }
            MenuItem bookmark = new MenuItem("Bookmark Passage…");
            bookmark.setOnAction(e -> askAndBookmark(model, view, sectionId, passage.get()));
            items.add(highlight);
            items.add(bookmark);
        }
        return items;
    }

    /** A small round patch of a highlight colour, for menus and the panel. */
    static javafx.scene.layout.Region swatch(HighlightColour colour) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("colour-swatch", "colour-" + colour.key());
        return swatch;
    }

    /** Edit > Bookmark Passage: the passage selected in the article, with a note the reader is asked for. */
    static void bookmarkSelection(BookmarksViewModel model, ArticleView view) {
        Optional<String> sectionId = view.selectionSectionId();
        Optional<SectionMark> passage = view.selectionInSection();
        if (sectionId.isEmpty() || passage.isEmpty()) {
            model.tellNoSelection();
            return;
        }
        askAndBookmark(model, view, sectionId.get(), passage.get());
    }

    private static void askAndBookmark(BookmarksViewModel model, ArticleView view, String sectionId, SectionMark passage) {
        Optional<String> text = model.passageText(sectionId, passage.start(), passage.end());
        if (text.isEmpty()) {
            model.tellNoSelection();
            return;
        }
        PassageNoteDialog.ask(view, text.get()).ifPresent(answer ->
                model.addPassage(sectionId, passage.start(), passage.end(), answer.note(), answer.colour()));
    }
}
