package dev.gloss.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private Cli.Run gloss(String... args) {
        return Cli.gloss(data, args);
    }

    private static List<Map<String, Object>> json(String text) throws Exception {
        return new ObjectMapper().readValue(text, new TypeReference<>() { });
    }

    @Test
    void importJsonReportsEachFileAndExitsWithOneWhenAnyFailed() throws Exception {
        Path good = Files.writeString(files.resolve("mine.md"), "# My Notes\n\nWhat I read today.\n");
        Path empty = Files.writeString(files.resolve("empty.txt"), "");

        Cli.Run first = gloss("import", "--json", good.toString(), empty.toString());

        assertEquals(1, first.exit());
        List<Map<String, Object>> results = json(first.out());
        assertEquals(2, results.size());
        assertEquals(List.of("file", "status", "articleId", "reason", "warnings"), List.copyOf(results.get(0).keySet()));
        assertEquals(List.of(), results.get(0).get("warnings"));
        assertEquals(good.toString(), results.get(0).get("file"));
        assertEquals("imported", results.get(0).get("status"));
        assertEquals("my-notes", results.get(0).get("articleId"));
        assertEquals(null, results.get(0).get("reason"));
        assertEquals("failed", results.get(1).get("status"));
        assertEquals("The file is empty.", results.get(1).get("reason"));

        Cli.Run again = gloss("import", "--json", good.toString());
        assertEquals(0, again.exit(), "a duplicate is no failure");
        assertEquals("duplicate", json(again.out()).get(0).get("status"));
    }

    @Test
    void importedArticlesAreListedAfterTheBundledOnesAndShown() throws Exception {
        Path good = Files.writeString(files.resolve("mine.md"), "# My Notes\n\n## Today\n\nWhat I read today.\n");
        assertEquals(0, gloss("import", good.toString()).exit());

        List<Map<String, Object>> articles = json(gloss("articles", "--json").out());
        assertEquals("my-notes", articles.get(articles.size() - 1).get("id"));
        Cli.Run show = gloss("show", "my-notes");
        assertEquals(0, show.exit());
        assertTrue(show.out().contains("## Today    [my-notes/today]"), show.out());
    }

    @Test
    void removeTakesAnImportedArticleOutAndRestoreBringsItBack() throws Exception {
        Path good = Files.writeString(files.resolve("mine.md"), "# My Notes\n\nWhat I read today.\n");
        gloss("import", good.toString());

        Cli.Run removed = gloss("remove", "my-notes");
        assertEquals(0, removed.exit());
        assertEquals("Removed “My Notes” (my-notes). `gloss restore my-notes` brings it back.", removed.out().strip());
        assertFalse(gloss("articles").out().contains("my-notes"));

        Cli.Run restored = gloss("restore", "my-notes");
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(gloss("articles").out().contains("my-notes"));
    }

    @Test
    void aBundledArticleCannotBeRemoved() {
        Cli.Run run = gloss("remove", "vitamin-k2-and-osteoporosis");
        assertEquals(1, run.exit());
        assertEquals("gloss: “vitamin-k2-and-osteoporosis” is part of the bundled library and cannot be removed.",
                run.err().strip());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace");
    }
}
