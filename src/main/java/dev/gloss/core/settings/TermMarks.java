package dev.gloss.core.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * How many mentions of glossary terms the article marks: every one, the first of each term in
 * each section (the default: a term is marked where the reader meets it, not in every line), or
 * none.
 */
public enum TermMarks {
    EVERY("every", "Every mention"),
    FIRST_IN_SECTION("first", "First in each section"),
    NONE("none", "None");

    private final String key;
    private final String label;

    TermMarks(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in settings.json: "every", "first" or "none". */
    public String key() {
        return key;
    }

    /** What the reading settings call it. */
    public String label() {
        return label;
    }

    public static Optional<TermMarks> fromKey(String key) {
        for (TermMarks marks : values()) {
            if (marks.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                return Optional.of(marks);
            }
        }
        return Optional.empty();
    }
}
