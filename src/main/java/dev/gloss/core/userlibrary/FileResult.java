package dev.gloss.core.userlibrary;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one file: its status, the article it became or matched, and for a failure or a
 * duplicate, a reason a person understands.
 */
public record FileResult(Path file, ImportStatus status, Optional<String> articleId, Optional<String> reason) {

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reason, "reason");
    }

    static FileResult failed(Path file, String reason) {
        return new FileResult(file, ImportStatus.FAILED, Optional.empty(), Optional.of(reason));
    }

    static FileResult of(Path file, ImportStatus status, String articleId) {
        return new FileResult(file, status, Optional.of(articleId), Optional.empty());
    }
}
