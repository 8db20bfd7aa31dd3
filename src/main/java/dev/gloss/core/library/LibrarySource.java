package dev.gloss.core.library;

import dev.gloss.core.model.Article;

import java.util.Optional;

/**
 * Where the window's library comes from. One article can be read on its own, quickly, so that the
 * window shows it before the whole library (and what is computed from it) is ready.
 */
public interface LibrarySource {

    /** The id of the article a new reader starts with. */
    Optional<String> firstArticleId();

    /** One article, read without reading the others. */
    Optional<Article> article(String id);

    /** The whole library. */
    Library load();
}
