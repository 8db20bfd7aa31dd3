package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of an article. Its id, {@code article-slug/section-slug}, is stable across restarts
 * and re-parses of the same text: bookmarks hang on it. Sections nest: {@code level} is the
 * heading's level (2 for an H2, 3 for an H3...; the untitled introduction and a title made by Gloss
 * are 1 and 2), and {@code parentId} is the id of the section it belongs to, or null at the top.
 */
public record Section(String id, String title, TitleKind titleKind, int level, String parentId, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleKind, "titleKind");
        blocks = List.copyOf(blocks);
        level = Math.max(1, Math.min(6, level));
    }

    /** A top-level section: level 1 for the introduction, else 2. */
    public Section(String id, String title, TitleKind titleKind, List<Block> blocks) {
        this(id, title, titleKind, titleKind == TitleKind.NONE ? 1 : 2, null, blocks);
    }

    /** The article part of the id. */
    public String articleId() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    public boolean hasVisibleTitle() {
        return titleKind != TitleKind.NONE;
    }

    /** What the untitled section before an article's first heading is called wherever titles are shown. */
    public static final String UNTITLED = "Introduction";

    /** The title to show: the heading's, or {@value #UNTITLED} for the untitled opening section. */
    public String displayTitle() {
        return hasVisibleTitle() ? title : UNTITLED;
    }

    /** The same for a title carried without its section (a search hit's, a bookmark's): blank is untitled. */
    public static String displayTitle(String title) {
        return title == null || title.isBlank() ? UNTITLED : title;
    }

    /** The section's text units, in order. */
    public List<TextUnit> units() {
        return Block.unitsOf(blocks);
    }

    /** The section's text: its units (paragraphs, list items, cells, code...) joined, one character between two. */
    public String plainText() {
        return TextUnit.join(units());
    }

    /**
     * The section's text with code and mathematics blanked out (each of their characters a space),
     * so that offsets are those of {@link #plainText()}: what the glossary and other readers of prose
     * look at.
     */
    public String proseText() {
        List<TextUnit> units = units();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (i > 0) {
                sb.append(u.separator());
            }
            String t = u.text();
            if (u.isProse()) {
                sb.append(t);
            } else {
                for (int k = 0; k < t.length(); k++) {
                    sb.append(t.charAt(k) == '\n' ? '\n' : ' ');
                }
            }
        }
        return sb.toString();
    }

    public int wordCount() {
        return Words.count(plainText());
    }

    /** The same section under another id and parent, as when an article is imported under a new id. */
    public Section withIds(String newId, String newParentId) {
        return new Section(newId, title, titleKind, level, newParentId, blocks);
    }
}
