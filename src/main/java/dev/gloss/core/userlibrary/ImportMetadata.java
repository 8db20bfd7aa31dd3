package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * meta.json beside each imported article: where it came from and what its source held. The
 * content hash (SHA-256 of the file's bytes, in hex) tells a duplicate from a changed version.
 * Times are ISO-8601 instants.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportMetadata(int version, String articleId, String title, String sourceFileName, String sourcePath,
                             String format, String storedFile, long sourceBytes, String contentHash,
                             String importedAt, String updatedAt) {
    public static final int CURRENT_VERSION = 1;
}
