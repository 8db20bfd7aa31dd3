package dev.gloss.core.search;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A documentation folder of our own for search tests: Markdown pages with front matter (title,
 * description, tags, author, date, language) for a static site tool, code with identifiers,
 * flags and versions, and pages in German, French, Japanese and Chinese.
 */
final class DocsFixture {

    static final List<String> FILES = List.of("front-matter.md", "shortcodes.md", "image-processing.md",
            "image-filters-recipes.md", "configuration.md", "command-line.md", "release-notes.md",
            "taxonomies.md", "multilingual.md", "deployment.md", "schnellstart.md", "modeles.md",
            "hajimeni.md", "kuaisu.md", "sijakhagi.md");

    private DocsFixture() {
    }

    static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String file : FILES) {
            articles.add(article(file));
        }
        return articles;
    }

    static Article article(String file) {
        try (InputStream in = DocsFixture.class.getResourceAsStream("docs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return MarkdownImporter.parse(text, "docs-" + file.replace(".md", ""), new Article.Origin(file, "markdown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The bundled library and the documentation pages, as one library. */
    static Library withBundled() {
        List<Article> all = new ArrayList<>(BundledLibrary.load().articles());
        all.addAll(articles());
        return new Library(all);
    }
}
