package dev.gloss.core.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links between imported files open the other article; addresses outside the library stay outside. */
class LinkTargetTest {

    private static Article article(String id, String path, String url, String... headings) {
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(new Section(id + "/introduction", "", TitleKind.NONE, List.of(Paragraph.of("Text."))));
        for (String h : headings) {
            sections.add(new Section(id + "/" + dev.gloss.core.ingest.Slugs.slug(h), h, TitleKind.HEADING,
                    List.of(Paragraph.of("More."))));
        }
        return new Article(id, id, sections, new Article.Origin(path.substring(path.lastIndexOf('/') + 1),
                "markdown", path), new Article.Meta(null, null, url, null, List.of(), null));
    }

    private final Article intro = article("intro", "/docs/content/guide/intro.md", null, "Getting started");
    private final Article setup = article("setup", "/docs/content/guide/setup.md", null, "Install the tools");
    private final Article index = article("reference", "/docs/content/reference/_index.md", null);
    private final Article saved = article("saved", "/home/me/Saved/page.html", "https://example.org/blog/a-post/",
            "Why it matters");
    private final Article other = article("other", "/home/me/Saved/other.html", "https://example.org/blog/other");
    private final Library library = new Library(List.of(intro, setup, index, saved, other));

    @Test
    void aRelativeLinkBetweenImportedFilesOpensTheOtherArticleAtItsHeading() {
        assertEquals(new LinkTarget.InLibrary("setup", Optional.of("setup/install-the-tools")),
                LinkTarget.resolve("setup.md#install-the-tools", intro, library));
        assertEquals(new LinkTarget.InLibrary("setup", Optional.empty()), LinkTarget.resolve("./setup", intro, library));
        assertEquals(new LinkTarget.InLibrary("reference", Optional.empty()),
                LinkTarget.resolve("../reference/", intro, library));
        assertEquals(new LinkTarget.InLibrary("intro", Optional.of("intro/getting-started")),
                LinkTarget.resolve("#getting-started", intro, library));
    }

    @Test
    void aLinkToTheAddressAPageWasSavedFromOpensThatPage() {
        assertEquals(new LinkTarget.InLibrary("saved", Optional.of("saved/why-it-matters")),
                LinkTarget.resolve("https://www.example.org/blog/a-post#why-it-matters", intro, library));
        assertEquals(new LinkTarget.InLibrary("other", Optional.empty()),
                LinkTarget.resolve("../other/", saved, library), "relative to the page's own address");
    }

    @Test
    void everythingElseStaysOutsideOrIsNotFollowed() {
        assertEquals(new LinkTarget.External("https://example.com/x"),
                LinkTarget.resolve("https://example.com/x", intro, library));
        assertEquals(new LinkTarget.External("mailto:a@example.com"),
                LinkTarget.resolve("mailto:a@example.com", intro, library));
        assertEquals(new LinkTarget.Unresolved("javascript:alert(1)"),
                LinkTarget.resolve("javascript:alert(1)", intro, library));
        assertEquals(new LinkTarget.Unresolved("missing.md"), LinkTarget.resolve("missing.md", intro, library));
    }
}
