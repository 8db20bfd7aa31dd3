package dev.gloss.core.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkResolverTest {
    private static Article article(String id, String file, String url) {
        return new Article(id, id, List.of(new Section(id + "/install", "Install", TitleKind.HEADING,
                List.of(Paragraph.of("text")))), new Article.Origin(file, "markdown"),
                new Article.Meta(null, null, url, null, List.of(), null));
    }

    private final Article readme = article("readme", "docs/readme.md", "https://example.org/docs/");
    private final Article setup = article("setup", "docs/guide/setup.md", "https://example.org/docs/guide/setup");
    private final Article other = article("other", "other.md", null);
    private final List<Article> all = List.of(readme, setup, other);

    @Test
    void aRelativeFileLinkFindsTheArticleReadFromThatFile() {
        assertEquals(Optional.of(new LinkResolver.Target("setup", Optional.empty())),
                LinkResolver.resolve(all, readme, "guide/setup.md"));
        assertEquals("readme", LinkResolver.resolve(all, setup, "../readme.md").orElseThrow().articleId());
    }

    @Test
    void aFragmentNamesASectionWhenTheArticleHasIt() {
        assertEquals(Optional.of("setup/install"),
                LinkResolver.resolve(all, readme, "guide/setup.md#install").orElseThrow().sectionId());
        assertEquals(Optional.empty(), LinkResolver.resolve(all, readme, "guide/setup.md#nowhere").orElseThrow().sectionId());
    }

    @Test
    void aFileNameAloneFindsTheOnlyArticleOfThatName() {
        assertEquals("other", LinkResolver.resolve(all, setup, "../../elsewhere/other.md").orElseThrow().articleId());
    }

    @Test
    void anAddressFindsTheArticleSavedFromIt() {
        assertEquals("setup", LinkResolver.resolve(all, other, "https://www.example.org/docs/guide/setup/#top")
                .orElseThrow().articleId());
        assertEquals("setup", LinkResolver.resolve(all, readme, "guide/setup").orElseThrow().articleId(),
                "relative to the current article's address");
    }

    @Test
    void unknownLinksResolveToNothing() {
        assertTrue(LinkResolver.resolve(all, readme, "https://elsewhere.example/").isEmpty());
        assertTrue(LinkResolver.resolve(all, readme, "missing.md").isEmpty());
        assertTrue(LinkResolver.resolve(all, readme, "mailto:someone@example.org").isEmpty());
    }

    @Test
    void externalLinksAreTheWebAndMail() {
        assertTrue(LinkResolver.isExternal("https://example.org"));
        assertTrue(LinkResolver.isExternal("mailto:a@b.c"));
        assertFalse(LinkResolver.isExternal("guide.md"));
        assertFalse(LinkResolver.isExternal("javascript:alert(1)"));
    }
}
