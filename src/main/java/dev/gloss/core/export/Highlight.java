package dev.gloss.core.export;

import dev.gloss.core.bookmarks.ResolvedBookmark;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bookmark as an export shows it: the section it belongs to, the passage (empty for a whole
 * section), the reader's note, its colour when it has one, and when it was made.
 */
public record Highlight(String sectionId, String sectionTitle, String quote, String note, Optional<String> colour,
                        Instant created) {

    public Highlight {
        sectionId = sectionId == null ? "" : sectionId;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        quote = quote == null ? "" : quote;
        note = note == null ? "" : note;
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(created, "created");
    }

    /** A bookmark where the library has it now (a detached one keeps the section it was made in). */
    public static Highlight of(ResolvedBookmark r) {
        return new Highlight(r.sectionId().orElse(r.bookmark().sectionId()), r.sectionTitle(), r.bookmark().quote(),
                r.bookmark().note(), Optional.of(r.bookmark().colour().key()), r.bookmark().created());
    }
}
