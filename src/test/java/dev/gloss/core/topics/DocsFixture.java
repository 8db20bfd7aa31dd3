package dev.gloss.core.topics;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The documentation fixture of a made-up HTTP toolkit, read by the Markdown importer, with the bundled library. */
final class DocsFixture {
    static final List<String> PAGES = List.of("guide/installation", "guide/project-skeleton", "guide/routing",
            "guide/middleware", "guide/thread-safety", "guide/themes", "guide/deployment",
            "reference/configuration", "reference/tls", "reference/logging", "reference/caching", "reference/testing");

    private DocsFixture() {
    }

    static List<Article> pages() {
        List<Article> pages = new ArrayList<>();
        for (String page : PAGES) {
            pages.add(page(page));
        }
        return pages;
    }

    static Article page(String page) {
        String id = page.substring(page.indexOf('/') + 1);
        try (InputStream in = DocsFixture.class.getResourceAsStream("docs/" + page + ".md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return MarkdownImporter.parse(text, id, new Article.Origin(id + ".md", "markdown"));
        } catch (IOException | ImportException e) {
            throw new IllegalStateException(page, e);
        }
    }

    /** The bundled articles followed by {@code imported}. */
    static Library withBundled(List<Article> imported) {
        List<Article> all = new ArrayList<>(BundledLibrary.load().articles());
        all.addAll(imported);
        return new Library(all);
    }

    static Article article(String id, String title, String... paragraphs) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            sections.add(new Section(id + "/s" + i, title + " " + i, TitleKind.HEADING, List.of(Paragraph.of(paragraphs[i]))));
        }
        return new Article(id, title, sections, new Article.Origin(id + ".md", "markdown"));
    }
}
