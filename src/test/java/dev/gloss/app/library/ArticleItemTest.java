package dev.gloss.app.library;

import dev.gloss.core.corpus.SyntheticCorpus;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleItemTest {
    private final Article article = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED).article(0);

    @Test
    void sectionRowsAreMadeOnlyWhenAskedForAndOnce() {
        ArticleItem item = new ArticleItem(article);
        assertFalse(item.isLeaf(), "an article with sections shows an expander before its rows exist");
        assertFalse(item.sectionsMade());
        assertEquals(article.sections().size(), item.getChildren().size());
        assertTrue(item.sectionsMade());
        assertSame(article.sections().get(0), item.getChildren().get(0).getValue());
        assertEquals(article.sections().size(), item.getChildren().size(), "asking again adds nothing");
    }
}
