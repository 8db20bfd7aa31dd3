package dev.gloss.core.userlibrary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserLibraryTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void theBundledArticlesComeFirstThenTheImportedOnes() throws Exception {
        Path md = files.resolve("mine.md");
        Files.writeString(md, "# My Own Article\n\nSomething I saved.\n");
        ImportService.open(data).importFile(md);

        UserLibrary.Loaded loaded = UserLibrary.load(data);
        Library library = loaded.library();
        List<String> bundled = BundledLibrary.load().articles().stream().map(Article::id).toList();

        assertEquals(bundled, library.articles().subList(0, bundled.size()).stream().map(Article::id).toList());
        assertEquals("my-own-article", library.articles().get(bundled.size()).id());
        assertEquals(bundled.size() + 1, library.size());
        assertTrue(library.section("my-own-article/introduction").isPresent());
        assertTrue(loaded.problems().isEmpty());
    }

    @Test
    void theSourceReadsBundledAndImportedArticlesOneAtATime() throws Exception {
        Path md = files.resolve("mine.md");
        Files.writeString(md, "# My Own Article\n\nSomething I saved.\n");
        ImportService.open(data).importFile(md);
        var source = UserLibrary.source(data);

        assertEquals(BundledLibrary.source().firstArticleId(), source.firstArticleId());
        assertEquals("My Own Article", source.article("my-own-article").orElseThrow().title());
        assertTrue(source.article("vitamin-k2-and-osteoporosis").isPresent());
        assertTrue(source.article("no-such-article").isEmpty());
        assertEquals(BundledLibrary.load().size() + 1, source.load().size());
    }

    @Test
    void anEmptyDataFolderGivesTheBundledLibrary() {
        assertEquals(BundledLibrary.load().size(), UserLibrary.combined(data.resolve("not-yet-created")).size());
    }
}
