package dev.gloss.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private Cli.Run gloss(String... args) {
        return Cli.gloss(data, args);
    }

    private String importTea() throws Exception {
        Path tea = Files.writeString(files.resolve("green-tea.md"), """
                ---
                title: Brewing green tea
                author: Ko Watanabe
                tags: [tea]
                ---

                ## Water

                Water just off the boil scalds the leaves; let it cool to about seventy degrees.

                ## Steeping

                One minute for the first infusion, a little longer for each after.
                """);
        assertEquals(0, gloss("import", tea.toString()).exit());
        return "brewing-green-tea";
    }

    @Test
    void anArticleWithItsHighlightPrintsAsMarkdownAndAFolderTakesOneFileEach() throws Exception {
        String id = importTea();
        assertEquals(0, gloss("bookmarks", "add", id + "/water", "--quote", "let it cool to about seventy degrees",
                "--note", "A thermometer helps.").exit());
        Cli.Run one = gloss("export", id);
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().startsWith("---\ntitle: \"Brewing green tea\"\nauthor: \"Ko Watanabe\"\ntags: [\"tea\"]\n"), one.out());
        assertTrue(one.out().contains("> let it cool to about seventy degrees\n\nA thermometer helps.\n\n"
                + "#highlight/yellow · [Water](gloss://section/" + id + "/water)"), one.out());

        Path vault = files.resolve("vault");
        Cli.Run all = gloss("export", "--all", "--out", vault.toString());
        assertEquals(0, all.exit(), all.err());
        try (Stream<Path> written = Files.list(vault)) {
            // The five bundled articles and the imported one.
            assertEquals(6, written.count());
        }
        assertTrue(Files.readString(vault.resolve(id + ".md")).contains("A thermometer helps."));
        assertTrue(all.err().contains("6 articles written to"), all.err());
    }

    @Test
    void flashcardsForAnki() throws Exception {
        String id = importTea();
        gloss("bookmarks", "add", id + "/steeping", "--quote", "One minute for the first infusion", "--note", "then 90 s");
        Path cards = files.resolve("cards.txt");
        Cli.Run run = gloss("export", "--flashcards", "--deck", "Tea", "--out", cards.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(cards);
        assertEquals("#separator:tab", lines.get(0));
        assertTrue(lines.contains("#deck:Tea"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("One minute for the first infusion\t\"then 90 s")), lines.toString());
        assertTrue(lines.stream().filter(l -> l.endsWith("glossary") || l.contains("\tglossary ")).count() >= 60,
                "the glossary's terms are cards too");
    }

    @Test
    void sayWhatIsWrongInWords() throws Exception {
        String id = importTea();
        Cli.Run none = gloss("export");
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("gloss: name the articles to export"), none.err());
        Cli.Run unknown = gloss("export", "no-such-article");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no article with the id 'no-such-article'"), unknown.err());
        Cli.Run topic = gloss("export", "--topic", "nope", "--out", files.toString());
        assertEquals(1, topic.exit());
        assertTrue(topic.err().contains("no topic with the id 'nope'"), topic.err());
        Cli.Run many = gloss("export", id, "vitamin-k2-and-osteoporosis");
        assertEquals(2, many.exit());
        assertTrue(many.err().contains("--out DIR"), many.err());
        Path file = Files.writeString(files.resolve("a-file"), "x");
        Cli.Run intoFile = gloss("export", "--all", "--out", file.toString());
        assertEquals(1, intoFile.exit());
        assertFalse(intoFile.err().contains("Exception"), intoFile.err());
    }
}
