package dev.gloss.core.userlibrary;

import java.util.Locale;

/** What became of one file of an import. */
public enum ImportStatus {
    /** A new article was added to the library. */
    IMPORTED,
    /** A changed version of an imported file replaced its article, keeping its id. */
    UPDATED,
    /** The library already holds this exact content: nothing changed. */
    DUPLICATE,
    /** The file could not become an article; the reason says why. */
    FAILED;

    /** "imported", "updated", "duplicate" or "failed", as the command line prints it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
