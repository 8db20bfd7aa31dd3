package dev.gloss.app.imports;

import dev.gloss.core.model.Article;
import dev.gloss.core.userlibrary.FileResult;
import dev.gloss.core.userlibrary.ImportStatus;

import java.nio.file.Path;
import java.util.Map;

/** One file of the last import, as the report lists it. */
public record ReportRow(String file, String folder, ImportStatus status, String detail) {

    public String statusLabel() {
        return switch (status) {
            case IMPORTED -> "Imported";
            case UPDATED -> "Updated";
            case DUPLICATE -> "Duplicate";
            case FAILED -> "Failed";
        };
    }

    /** The row of a file's result; {@code changed} holds the articles the import added or updated, by id. */
    static ReportRow of(FileResult r, Map<String, Article> changed) {
        Path parent = r.file().toAbsolutePath().getParent();
        String title = r.articleId().map(changed::get).map(Article::title).orElse("");
        String detail = switch (r.status()) {
            case IMPORTED -> "Added as “" + title + "”.";
            case UPDATED -> "“" + title + "” now reads as this version of the file.";
            case DUPLICATE, FAILED -> r.reason().orElse("");
        };
        if (!r.warnings().isEmpty()) {
            detail = detail + " " + String.join(" ", r.warnings());
        }
        return new ReportRow(nameOf(r.file()), parent == null ? "" : parent.toString(), r.status(), detail);
    }

    /** The name a file goes by in the report and the notice: its last part. */
    static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
