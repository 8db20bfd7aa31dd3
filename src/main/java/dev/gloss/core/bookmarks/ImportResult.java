package dev.gloss.core.bookmarks;

/** What an import did: bookmarks added, bookmarks replaced by a newer copy, and those already there. */
public record ImportResult(int added, int updated, int alreadyThere) {
}
