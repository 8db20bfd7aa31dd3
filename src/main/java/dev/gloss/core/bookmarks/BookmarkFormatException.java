package dev.gloss.core.bookmarks;

/** A bookmarks file, or a file to import, that is not a bookmarks document; the message says why in a few words. */
public final class BookmarkFormatException extends Exception {
    public BookmarkFormatException(String message) {
        super(message);
    }
}
