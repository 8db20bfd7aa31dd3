package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Gloss imports, known by their file name's extension. */
public enum SourceFormat {
    TEXT("text", "txt", "text"),
    MARKDOWN("markdown", "md", "markdown"),
    HTML("html", "html", "htm", "xhtml"),
    MHTML("mhtml", "mhtml", "mht");

    private final String id;
    private final List<String> extensions;

    SourceFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = List.of(extensions);
    }

    /** The name stored in an article's origin and metadata: "text", "markdown" or "html". */
    public String id() {
        return id;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<SourceFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public static Optional<SourceFormat> ofId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The extensions of every format, for messages: ".txt, .text, .md, ...". */
    public static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
    }

    /**
     * Decodes and reads a file's bytes into an article with the given id, or the slug of its title
     * when the id is null. An article with nothing under its title is refused.
     */
    public Article read(byte[] bytes, String articleId, String fileName) throws ImportException {
        return parse(bytes, articleId, fileName, Resources.NONE).article();
    }

    /**
     * As {@link #read}, with the files the source refers to (its images), and giving back the
     * warnings of the reading and the images kept.
     */
    public Parsed parse(byte[] bytes, String articleId, String fileName, Resources resources) throws ImportException {
        Article.Origin origin = new Article.Origin(fileName, id);
        ImportContext context = new ImportContext(resources);
        Article article = switch (this) {
            case TEXT -> PlainTextImporter.parse(TextDecoder.decode(bytes).text(), articleId, origin);
            case MARKDOWN -> MarkdownImporter.parse(TextDecoder.decode(bytes).text(), articleId, origin, context);
            case HTML -> HtmlImporter.read(bytes, articleId, origin, context);
            case MHTML -> MhtmlImporter.read(bytes, articleId, origin, context);
        };
        if (article.sections().isEmpty()) {
            throw new ImportException("The file has a title (\"" + Titles.shorten(article.title())
                    + "\") but no text under it.");
        }
        return new Parsed(article, context.warnings(), context.assets());
    }
}
