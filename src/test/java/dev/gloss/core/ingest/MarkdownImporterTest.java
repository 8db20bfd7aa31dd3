package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownImporterTest {
    private static final Article.Origin ORIGIN = new Article.Origin("notes.md", "markdown");

    private static Article fixture() throws ImportException {
        String text = new String(ImporterFuzzProperties.fixture("markdown/k2-notes.md"), StandardCharsets.UTF_8);
        return MarkdownImporter.parse(text, null, ORIGIN);
    }

    @Test
    void takesTheTitleFromTheFirstLevelOneHeadingAndMakesOtherHeadingsSections() throws ImportException {
        Article a = fixture();
        assertEquals("Vitamin K2: Field Notes", a.title());
        assertEquals("vitamin-k2-field-notes", a.id());
        assertEquals(List.of("vitamin-k2-field-notes/introduction", "vitamin-k2-field-notes/food-sources",
                "vitamin-k2-field-notes/deeper-heading", "vitamin-k2-field-notes/setext-heading"),
                a.sections().stream().map(Section::id).toList());
        assertEquals(TitleKind.HEADING, a.sections().get(1).titleKind());
    }

    @Test
    void keepsEmphasisStrongLinksAndCodeAsRuns() throws ImportException {
        Paragraph p = (Paragraph) fixture().sections().get(0).blocks().get(1);
        assertEquals(List.of(Run.plain("Vitamin K2 moves calcium "), Run.strong("into bone"), Run.plain(" and "),
                Run.emphasis("out of arteries"), Run.plain(". See "), Run.link("the review", "https://example.org/review"),
                Run.plain(" for details, and "), Run.code("MK-7"), Run.plain(" for the form.")),
                p.runs());
    }

    @Test
    void keepsNestedListsInsideTheirItemsAndTheStartNumber() throws ImportException {
        List<Block> blocks = fixture().sections().get(1).blocks();
        ListBlock bullets = (ListBlock) blocks.get(0);
        assertFalse(bullets.ordered());
        assertEquals("Natto, the richest source\nCheese\nGouda\nBrie, with more when aged\nEgg yolks", bullets.plainText());
        assertEquals(3, bullets.items().size());
        ListBlock cheeses = (ListBlock) bullets.items().get(1).blocks().get(1);
        assertEquals(List.of(Run.plain("Brie, with "), Run.strong("more"), Run.plain(" when aged")),
                cheeses.items().get(1).runs());
        ListBlock numbered = (ListBlock) blocks.get(1);
        assertTrue(numbered.ordered());
        assertEquals(3, numbered.start());
    }

    @Test
    void keepsRemoteImagesAsTheirAltTextCodeAsCodeAndDropsScripts() throws ImportException {
        Article a = fixture();
        String all = text(a);
        ImageBlock natto = (ImageBlock) a.sections().get(0).blocks().get(2);
        assertEquals("A bowl of natto", natto.alt());
        assertNull(natto.src(), "a remote image is never fetched");
        assertEquals("https://example.org/natto.jpg", natto.original());
        assertFalse(all.contains("alert"), "script text never reaches the article");
        assertTrue(all.contains("An HTML block with text."));
        CodeBlock code = (CodeBlock) a.sections().get(1).blocks().get(3);
        assertEquals(new CodeBlock("int dose = 180; // micrograms", "java"), code);
    }

    @Test
    void takesTheFirstLineAsTitleWithoutALevelOneHeading() throws ImportException {
        Article a = MarkdownImporter.parse("Notes on natto\nfrom the market.\n\nSecond paragraph.", null, ORIGIN);
        assertEquals("Notes on natto", a.title());
        assertEquals("from the market.\nSecond paragraph.", a.sections().get(0).plainText());

        Article headed = MarkdownImporter.parse("## Only a second-level heading\n\nBody text.", null, ORIGIN);
        assertEquals("Only a second-level heading", headed.title());
        assertEquals("Body text.", headed.sections().get(0).plainText());
    }

    @Test
    void refusesMarkdownWithoutText() {
        ImportException e = assertThrows(ImportException.class,
                () -> MarkdownImporter.parse("![only an image](x.png)\n\n---\n\n<!-- a comment -->", null, ORIGIN));
        assertEquals("The file has no text to read.", e.getMessage());
    }

    @Test
    void readsDeeplyNestedQuotesAndRefusesDeepEmphasisWithoutOverflowingTheStack() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Article quotes = MarkdownImporter.parse("# Deep\n\n" + ">".repeat(50_000) + " deep text", null, ORIGIN);
            assertEquals("deep text", quotes.sections().get(0).plainText());
            ImportException e = assertThrows(ImportException.class, () -> MarkdownImporter.parse(
                    "# Deep\n\n" + "*a ".repeat(100_000) + "b" + "*".repeat(100_000), null, ORIGIN));
            assertTrue(e.getMessage().contains("too deeply"), e.getMessage());
        });
    }

    static String text(Article a) {
        StringBuilder sb = new StringBuilder(a.title());
        for (Section s : a.sections()) {
            sb.append('\n').append(s.title()).append('\n').append(s.plainText());
        }
        return sb.toString();
    }
}
