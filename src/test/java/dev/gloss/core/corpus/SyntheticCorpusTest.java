package dev.gloss.core.corpus;

import dev.gloss.core.ingest.PlainTextImporter;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    static final SyntheticCorpus CORPUS = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED);

    @Test
    void theSameSeedGivesTheSameArticles() {
        SyntheticCorpus again = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED);
        assertEquals(CORPUS.text(7), again.text(7));
        assertEquals(CORPUS.articles(3), again.articles(3));
        assertNotEquals(CORPUS.text(7), SyntheticCorpus.fromBundledLibrary(1).text(7));
        assertNotEquals(CORPUS.text(7), CORPUS.text(8));
    }

    @Test
    void articlesHaveAnIntroductionAndHeadedSectionsOfAboutSixHundredWords() {
        List<Article> articles = CORPUS.articles(50);
        double words = articles.stream().mapToInt(Article::wordCount).average().orElseThrow();
        assertTrue(words > 540 && words < 680, "mean words " + words);
        for (Article a : articles) {
            assertEquals(TitleKind.NONE, a.sections().get(0).titleKind());
            assertTrue(a.sections().size() >= 4 && a.sections().size() <= 7);
        }
        Set<String> distinct = new HashSet<>();
        articles.forEach(a -> a.sections().forEach(s -> distinct.addAll(List.of(s.plainText().split("\\W+")))));
        assertTrue(distinct.size() > 3_000, "generated words widen the vocabulary: " + distinct.size());
        assertTrue(distinct.contains("osteocalcin") || distinct.contains("calcium"), "the library's words are drawn");
    }

    @Test
    void theTextFilesImportAsTheSameArticles(@TempDir Path dir) throws Exception {
        List<Path> files = CORPUS.writeTextFiles(dir, 20);
        assertEquals(20, files.size());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            assertEquals(SyntheticCorpus.id(i) + ".txt", file.getFileName().toString());
            Article parsed = PlainTextImporter.parse(Files.readString(file), SyntheticCorpus.id(i),
                    new Article.Origin(file.getFileName().toString(), "text"));
            assertEquals(CORPUS.article(i), parsed);
        }
    }
}
