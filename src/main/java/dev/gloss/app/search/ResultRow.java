package dev.gloss.app.search;

import dev.gloss.core.model.Section;
import dev.gloss.core.search.Highlight;
import dev.gloss.core.search.SearchHit;
import dev.gloss.core.search.SearchResult;
import dev.gloss.core.search.Snippet;

import java.util.ArrayList;
import java.util.List;

/**
 * One result as the list shows it, or (with a {@code heading}) the divider between the hits with
 * every word or the exact phrase and the looser ones after them.
 */
public record ResultRow(String articleId, String articleTitle, String sectionId, String sectionTitle,
                        List<Snippet.Part> snippet, boolean allWords, Highlight highlight, String heading) {

    public ResultRow(String articleId, String articleTitle, String sectionId, String sectionTitle,
                     List<Snippet.Part> snippet, boolean allWords, Highlight highlight) {
        this(articleId, articleTitle, sectionId, sectionTitle, snippet, allWords, highlight, null);
    }

    static ResultRow divider(String heading) {
        return new ResultRow(null, "", null, "", List.of(), false, null, heading);
    }

    /** Whether this is the divider, which cannot be opened. */
    public boolean isDivider() {
        return heading != null;
    }

    /** The rows of a search's hits, the divider before the first hit without every word. */
    static List<ResultRow> of(SearchResult result) {
        List<ResultRow> rows = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            if (!hit.allWords() && rows.stream().noneMatch(ResultRow::isDivider)) {
                rows.add(divider(result.looseHeading()));
            }
            rows.add(new ResultRow(hit.articleId(), hit.articleTitle(), hit.sectionId(),
                    Section.displayTitle(hit.sectionTitle()), hit.snippet().parts(),
                    hit.allWords(), hit.highlight()));
        }
        return rows;
    }
}
