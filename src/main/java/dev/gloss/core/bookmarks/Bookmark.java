package dev.gloss.core.bookmarks;

import java.time.Instant;
import java.util.Objects;

/**
 * A bookmark of a section, or of a quoted passage within it, with the reader's note.
 *
 * <p>Besides the section id it keeps what is needed to find its place again when the library
 * changes: the article and section titles, the quote, and a little text either side of it. A
 * bookmark of a whole section has an empty quote and keeps the opening of the section in
 * {@code contextAfter}. {@code updated} orders concurrent edits of the same bookmark: the later
 * one wins when two writers merge.
 */
public record Bookmark(
        String id,
        String articleId,
        String articleTitle,
        String sectionId,
        String sectionTitle,
        String quote,
        String contextBefore,
        String contextAfter,
        String note,
        Instant created,
        Instant updated,
        AnchorState state,
        HighlightColour colour) {

    public Bookmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        articleId = orEmpty(articleId);
        articleTitle = orEmpty(articleTitle);
        sectionId = orEmpty(sectionId);
        sectionTitle = orEmpty(sectionTitle);
        quote = orEmpty(quote);
        contextBefore = orEmpty(contextBefore);
        contextAfter = orEmpty(contextAfter);
        note = orEmpty(note);
        state = state == null ? AnchorState.ATTACHED : state;
        colour = colour == null ? HighlightColour.DEFAULT : colour;
    }

    /** A bookmark in the default colour. */
    public Bookmark(String id, String articleId, String articleTitle, String sectionId, String sectionTitle,
                    String quote, String contextBefore, String contextAfter, String note, Instant created,
                    Instant updated, AnchorState state) {
        this(id, articleId, articleTitle, sectionId, sectionTitle, quote, contextBefore, contextAfter, note,
                created, updated, state, HighlightColour.DEFAULT);
    }

    /** True for a bookmark of a selected passage, false for one of a whole section. */
    public boolean isPassage() {
        return !quote.isBlank();
    }

    /** The text that finds this bookmark's place when its section id no longer does. */
    public String anchorText() {
        return isPassage() ? quote : contextAfter;
    }

    public Bookmark withNote(String newNote, Instant at) {
        return new Bookmark(id, articleId, articleTitle, sectionId, sectionTitle, quote, contextBefore,
                contextAfter, newNote, created, at, state, colour);
    }

    public Bookmark withColour(HighlightColour newColour, Instant at) {
        return new Bookmark(id, articleId, articleTitle, sectionId, sectionTitle, quote, contextBefore,
                contextAfter, note, created, at, state, newColour);
    }

    public Bookmark withUpdated(Instant at) {
        return new Bookmark(id, articleId, articleTitle, sectionId, sectionTitle, quote, contextBefore,
                contextAfter, note, created, at, state, colour);
    }

    /** The same bookmark, pointed at where it was found now; {@code updated} is kept on purpose (see BookmarkStore#reanchor). */
    public Bookmark withAnchor(String newArticleId, String newArticleTitle, String newSectionId,
                               String newSectionTitle, AnchorState newState) {
        return new Bookmark(id, newArticleId, newArticleTitle, newSectionId, newSectionTitle, quote,
                contextBefore, contextAfter, note, created, updated, newState, colour);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
