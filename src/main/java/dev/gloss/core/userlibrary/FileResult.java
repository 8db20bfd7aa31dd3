package dev.gloss.core.userlibrary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one file: its status, the article it became or matched, and for a failure or a
 * duplicate, a reason a person understands; for an article read with trouble (front matter that
 * could not be read, images left out), warnings.
 */
public record FileResult(Path file, ImportStatus status, Optional<String> articleId, Optional<String> reason,
                         List<String> warnings) {

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reason, "reason");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public FileResult(Path file, ImportStatus status, Optional<String> articleId, Optional<String> reason) {
        this(file, status, articleId, reason, List.of());
    }

    static FileResult failed(Path file, String reason) {
        return new FileResult(file, ImportStatus.FAILED, Optional.empty(), Optional.of(reason));
    }

    static FileResult of(Path file, ImportStatus status, String articleId) {
        return new FileResult(file, status, Optional.of(articleId), Optional.empty());
    }

    /** An article imported or updated, with what the reader should know about how it was read. */
    static FileResult of(Path file, ImportStatus status, String articleId, List<String> warnings) {
        return new FileResult(file, status, Optional.of(articleId), Optional.empty(), warnings);
    }
}
