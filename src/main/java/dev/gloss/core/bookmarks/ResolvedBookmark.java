package dev.gloss.core.bookmarks;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.Objects;
import java.util.Optional;

/**
 * A bookmark as it stands against the current library: the section it belongs to now (which may
 * differ from the saved one after a rename or a move), how it was found, and where its passage
 * is in that section's {@code plainText()}. A detached bookmark has no section and shows its saved
 * titles and quote.
 */
public record ResolvedBookmark(Bookmark bookmark, AnchorState state, Match match,
                               Optional<Article> article, Optional<Section> section, Optional<TextRange> passage) {

    /** How the bookmark's place was found. */
    public enum Match {
        /** Its saved section id is in the library. */
        SECTION_ID,
        /** Its quote (or, for a whole section, the section's opening) was found in another section. */
        QUOTE,
        /** A section with its saved title was found. */
        TITLE,
        /** Not found: detached. */
        NONE
    }

    public ResolvedBookmark {
        Objects.requireNonNull(bookmark, "bookmark");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(passage, "passage");
    }

    public Optional<String> sectionId() {
        return section.map(Section::id);
    }

    public String articleId() {
        return article.map(Article::id).orElse(bookmark.articleId());
    }

    public String articleTitle() {
        return article.map(Article::title).orElse(bookmark.articleTitle());
    }

    public String sectionTitle() {
        return section.map(Section::title).orElse(bookmark.sectionTitle());
    }

    public boolean isDetached() {
        return state == AnchorState.DETACHED;
    }
}
