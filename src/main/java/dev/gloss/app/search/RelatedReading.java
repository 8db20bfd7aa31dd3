package dev.gloss.app.search;

import dev.gloss.core.model.Section;

import dev.gloss.app.article.ArticleView;
import dev.gloss.core.search.SearchHit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Related in your library" at the end of each section: the few sections of other articles most
 * like it, found on the search worker once the article is shown (or once the index is ready). The
 * line takes its place at once and keeps its height when the list arrives, so the text never moves
 * under the reader; a click on it shows the list, a click on one opens it with the shared words marked.
 */
public final class RelatedReading {
    static final int MAX = 3;
    private static final int SNIPPET_CHARS = 140;

    private final SearchViewModel model;
    /** The current article's sections' boxes, by section id. */
    private final Map<String, VBox> boxes = new LinkedHashMap<>();

    private RelatedReading(SearchViewModel model) {
        this.model = model;
    }

    public static RelatedReading attach(ArticleView view, SearchViewModel model) {
        RelatedReading related = new RelatedReading(model);
        view.setSectionFooter(related::footer);
        model.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                related.request(new ArrayList<>(related.boxes.keySet()));
            }
        });
        return related;
    }

    private VBox footer(String sectionId) {
        String article = sectionId.contains("/") ? sectionId.substring(0, sectionId.indexOf('/')) : sectionId;
        if (boxes.keySet().stream().findFirst().map(id -> !id.startsWith(article + "/")).orElse(false)) {
            boxes.clear();
        }
        VBox box = new VBox(2);
        box.getStyleClass().add("related-reading");
        // No room taken until something is found: a section with nothing related ends with its text,
        // and the article view keeps the line at the top in place when the list arrives.
        box.setVisible(false);
        box.setManaged(false);
        box.setAccessibleText("Related in your library");
        boxes.put(sectionId, box);
        request(List.of(sectionId));
        return box;
    }

    private void request(List<String> sectionIds) {
        if (!sectionIds.isEmpty()) {
            model.related(sectionIds, MAX, found -> found.forEach(this::fill));
        }
    }

    private void fill(String sectionId, List<SearchHit> hits) {
        VBox box = boxes.get(sectionId);
        if (box == null) {
            return;
        }
        box.getChildren().clear();
        box.setVisible(!hits.isEmpty());
        box.setManaged(!hits.isEmpty());
        if (hits.isEmpty()) {
            return;
        }
        VBox list = new VBox(2);
        list.setVisible(false);
        list.setManaged(false);
        Hyperlink heading = new Hyperlink("Related in your library (" + hits.size() + ") ▸");
        heading.getStyleClass().addAll("related-heading", "related-toggle");
        heading.setAccessibleText("Related in your library: " + hits.size() + " sections. Shows them.");
        heading.setOnAction(e -> {
            boolean open = !list.isVisible();
            list.setVisible(open);
            list.setManaged(open);
            heading.setText("Related in your library (" + hits.size() + ") " + (open ? "▾" : "▸"));
        });
        box.getChildren().addAll(heading, list);
        for (SearchHit hit : hits) {
            String section = Section.displayTitle(hit.sectionTitle());
            Hyperlink link = new Hyperlink(hit.articleTitle() + " › " + section);
            link.getStyleClass().add("related-link");
            link.setAccessibleText("Related: " + section + ", in " + hit.articleTitle());
            link.setOnAction(e -> model.openRelated(hit));
            String text = hit.snippet().plainText();
            Label snippet = new Label(text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS).strip() + "…" : text);
            snippet.getStyleClass().add("related-snippet");
            snippet.setWrapText(true);
            list.getChildren().addAll(link, snippet);
        }
    }

    /** The sections shown with related reading now, for tests: section id to the titles listed. */
    Map<String, List<String>> shown() {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        boxes.forEach((id, box) -> {
            List<String> links = box.getChildren().stream().filter(n -> n instanceof VBox)
                    .flatMap(n -> ((VBox) n).getChildren().stream()).filter(n -> n instanceof Hyperlink)
                    .map(n -> ((Hyperlink) n).getText()).toList();
            if (!links.isEmpty()) {
                shown.put(id, links);
            }
        });
        return shown;
    }
}
