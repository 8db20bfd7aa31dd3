package dev.gloss.app.shell;

import java.util.Optional;

/** A place in the library a reader can be at: an article, or a section of it. */
public record Place(String articleId, Optional<String> sectionId) {

    public static Place article(String articleId) {
        return new Place(articleId, Optional.empty());
    }

    public static Place section(String articleId, String sectionId) {
        return new Place(articleId, Optional.of(sectionId));
    }
}
