package dev.gloss.app.search;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.SectionMark;
import dev.gloss.core.model.Section;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The toolbar's search field and what it drives: typing searches, Up and Down move through the
 * results, Enter opens one with the query's words marked in the text, Esc returns to reading.
 */
public final class SearchField {
    private static final String LAYER = "search";

    private SearchField() {
    }

    public static void attach(TextField field, SearchPanelController panel, SearchViewModel model, ArticleView article,
                              java.util.function.Function<String, java.util.Optional<Section>> sections) {
        field.textProperty().bindBidirectional(model.queryProperty());
        field.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.readyProperty())
                .then("Search the library (Ctrl+K)").otherwise("Indexing…"));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> panel.move(1);
                case UP -> panel.move(-1);
                case ENTER -> {
                    if (panel.openSelected()) {
                        article.requestFocus();
                    }
                }
                case TAB -> {
                    if (e.isShiftDown() || field.getCaretPosition() != field.getLength() || !panel.acceptFirstCompletion()) {
                        return;
                    }
                    field.end();
                }
                case ESCAPE -> {
                    model.clear();
                    article.requestFocus();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        model.openedProperty().addListener((obs, o, opened) -> {
            if (opened == null) {
                article.clearMarks(LAYER);
                return;
            }
            article.setMarks(LAYER, sectionId -> sections.apply(sectionId)
                .map(s -> model.marksIn(sectionId, s.plainText()).stream()
                        .map(r -> new SectionMark(r[0], r[1], LAYER)).toList())
                .orElse(List.of()), false, false);
        });
    }

    /** Ctrl+K: to the field, with its text selected for a new query. */
    public static void focus(TextField field) {
        field.requestFocus();
        field.selectAll();
    }

}
