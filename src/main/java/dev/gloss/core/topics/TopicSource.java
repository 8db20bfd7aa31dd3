package dev.gloss.core.topics;

import java.util.Locale;

/** Where a topic comes from; {@link #key()} is how the command line and the files name it. */
public enum TopicSource {
    /** Curated, shipped with the bundled library (and the built-in General). */
    BUNDLED,
    /** A tag, category or keyword the articles carry. */
    TAGS,
    /** Found by Gloss in the imported articles' vocabulary. */
    DISCOVERED,
    /** Made by the reader. */
    USER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
