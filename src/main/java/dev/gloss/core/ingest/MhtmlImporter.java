package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;

/** Reads a web page saved as one MHTML file (a browser's "Webpage, Single File"). */
public final class MhtmlImporter {
    private MhtmlImporter() {
    }

    public static Article read(byte[] bytes, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        throw new ImportException("MHTML files cannot be imported yet.");
    }
}
