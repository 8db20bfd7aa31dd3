package dev.gloss.core.topics;

import dev.gloss.core.ingest.HtmlImporter;
import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagTopicsTest {

    private static Article tagged(String id, String... tags) {
        Article a = DocsFixture.article(id, id, "Some text of " + id + ".");
        return new Article(a.id(), a.title(), a.sections(), a.origin(),
                new Article.Meta(null, null, null, null, List.of(tags), null));
    }

    @Test
    void tagsDifferingInCasePluralsAndSpacingAreOneTopic() {
        List<TagTopics.Group> groups = TagTopics.of(List.of(tagged("a", "Web Components"), tagged("b", "web-components"),
                tagged("c", "web component", "Docker"), tagged("d", "WebComponents", "docker")));
        assertEquals(2, groups.size(), groups.toString());
        TagTopics.Group web = groups.get(0);
        assertEquals(List.of("a/s0", "b/s0", "c/s0", "d/s0"), web.sectionIds());
        assertEquals(TopicSource.TAGS, web.topic().source());
        assertEquals("tag-web-components", web.topic().id());
        assertTrue(web.topic().description().contains("4 articles"), web.topic().description());
        TagTopics.Group docker = groups.get(1);
        assertEquals(List.of("c/s0", "d/s0"), docker.sectionIds());
    }

    @Test
    void inALargeLibraryATagOfOneArticleIsNoTopic() {
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < TagTopics.SMALL_LIBRARY + 1; i++) {
            many.add(tagged("a" + i, "shared", "only-" + i));
        }
        List<TagTopics.Group> groups = TagTopics.of(many);
        assertEquals(1, groups.size());
        assertEquals("shared", groups.get(0).topic().name());
        assertEquals(1, TagTopics.of(many.subList(0, 1)).stream().filter(g -> g.topic().name().equals("only-0")).count(),
                "in a small library it is one");
    }

    @Test
    void frontMatterTagsCategoriesAndKeywordsReachTheArticle() throws Exception {
        Article yaml = MarkdownImporter.parse("---\ntitle: T\ntags: [Routing, handlers]\ncategories: Guides\n"
                + "keywords: path parameters, routes\n---\n\nText.\n", "y", new Article.Origin("y.md", "markdown"));
        assertEquals(List.of("Routing", "handlers", "Guides", "path parameters", "routes"), yaml.meta().tags());
        Article toml = MarkdownImporter.parse("+++\ntitle = \"T\"\ntags = [\"Themes\"]\ncategories = [\"Guides\"]\n+++\n\nText.\n",
                "t", new Article.Origin("t.md", "markdown"));
        assertEquals(List.of("Themes", "Guides"), toml.meta().tags());
    }

    @Test
    void htmlKeywordsArticleTagsAndJsonLdKeywordsReachTheArticle() throws Exception {
        String html = "<html><head><title>T</title><meta name=\"keywords\" content=\"tls, certificates\">"
                + "<meta property=\"article:tag\" content=\"Security\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"keywords\":[\"HTTPS\",\"private key\"]}</script>"
                + "</head><body><article><h1>T</h1><p>" + "Text of the page about certificates. ".repeat(20)
                + "</p></article></body></html>";
        Article a = HtmlImporter.parse(html, "h", new Article.Origin("h.html", "html"));
        assertEquals(List.of("tls", "certificates", "Security", "HTTPS", "private key"), a.meta().tags());
    }

    @Test
    void theFixturesTagsBecomeTopics() {
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(DocsFixture.pages()));
        Topic handlers = TopicService.resolve(index, "Handlers").orElseThrow();
        assertEquals(TopicSource.TAGS, handlers.source());
        assertTrue(index.sectionIds(handlers.id()).contains("routing/path-parameters"));
        assertTrue(index.sectionIds(handlers.id()).contains("middleware/writing-middleware"));
        // "getting-started" and "getting started" are one.
        assertEquals(1, index.topics().stream().filter(t -> t.name().toLowerCase().startsWith("getting")).count());
    }
}
