package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A section of an article. Its id, {@code article-slug/section-slug}, is stable across restarts
 * and re-parses of the same text: bookmarks hang on it.
 */
public record Section(String id, String title, TitleKind titleKind, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleKind, "titleKind");
        blocks = List.copyOf(blocks);
    }

    /** The article part of the id. */
    public String articleId() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    public boolean hasVisibleTitle() {
        return titleKind != TitleKind.NONE;
    }

    /** The section's text, one paragraph or list item per line. */
    public String plainText() {
        return blocks.stream().map(Block::plainText).collect(Collectors.joining("\n"));
    }

    public int wordCount() {
        return Words.count(plainText());
    }
}
