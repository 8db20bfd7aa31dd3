package dev.gloss.app.bookmarks;

import java.nio.file.Path;
import java.util.Locale;

/** The formats of File > Export Bookmarks. */
public enum ExportFormat {
    MARKDOWN("Markdown", "md"),
    JSON("JSON", "json");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The file, with this format's extension added if it has no extension of its own. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension);
    }

    /** The format a file name asks for: JSON for .json, Markdown otherwise. */
    public static ExportFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : MARKDOWN;
    }
}
