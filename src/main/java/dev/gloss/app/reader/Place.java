package dev.gloss.app.reader;

import java.util.Optional;

/**
 * A place in the library a reader can be at: an article (at its top), a section of it, or a
 * character of a section's text ({@code offset} at least 0: that character's line at the top of the
 * view, as the reader left it).
 */
public record Place(String articleId, Optional<String> sectionId, int offset) {

    public Place {
        offset = sectionId.isEmpty() ? -1 : Math.max(-1, offset);
    }

    public Place(String articleId, Optional<String> sectionId) {
        this(articleId, sectionId, -1);
    }

    public static Place article(String articleId) {
        return new Place(articleId, Optional.empty());
    }

    public static Place section(String articleId, String sectionId) {
        return new Place(articleId, Optional.of(sectionId));
    }

    /** A character of a section's text, -1 for the section's start. */
    public static Place at(String articleId, String sectionId, int offset) {
        return new Place(articleId, Optional.of(sectionId), offset);
    }
}
