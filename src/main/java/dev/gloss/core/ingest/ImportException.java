package dev.gloss.core.ingest;

/** The one error an importer throws: the text cannot become an article, for a reason a person understands. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
