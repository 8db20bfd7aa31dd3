package dev.gloss.core.userlibrary;

/** Removing or restoring an imported article failed, for a reason a person understands. */
public class LibraryException extends Exception {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
