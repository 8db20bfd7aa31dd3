package dev.gloss.core.bookmarks;

import java.util.Locale;

/** Whether a bookmark still points at a section of the library. */
public enum AnchorState {
    /** Its section (or its quoted passage) was found in the library. */
    ATTACHED,
    /** Neither its section nor its quote is in the library any more; it keeps its saved title and quote. */
    DETACHED;

    /** The name used in files and on the command line: "attached" or "detached". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a label; anything unknown (a newer version's state) counts as attached until re-anchored. */
    static AnchorState fromLabel(String label) {
        return "detached".equalsIgnoreCase(label) ? DETACHED : ATTACHED;
    }
}
