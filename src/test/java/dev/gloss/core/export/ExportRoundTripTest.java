package dev.gloss.core.export;

import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.TextRange;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.userlibrary.FileResult;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.ImportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article exported with its highlights imports back into Gloss as the same text, with its notes after it. */
class ExportRoundTripTest {
    private static final String KETTLE = """
            ---
            title: "Descaling a kettle"
            author: Mira Holt
            source: https://example.org/kettles/descale
            date: 2025-11-04
            tags: [home care, limescale]
            ---

            # Descaling a kettle

            Hard water leaves *calcium carbonate* on the element: a white crust that slows **boiling**.

            ## What you need

            - white vinegar or citric acid
            - [x] a soft brush
            - water, `1:1` with the vinegar

            ## Steps

            1. Fill the kettle halfway with the mix.
            2. Boil, then leave it for an hour.

            > [!WARNING]
            > Never use bleach: it reacts with the scale.

            | Acid | Amount | Time |
            | :--- | ---: | :---: |
            | vinegar | 500 ml | 1 h |
            | citric acid | 2 tbsp | 30 min |

            ```sh
            # rinse three times
            for i in 1 2 3; do rinse; done
            ```

            ## Why it works

            The acid turns the carbonate into a salt that dissolves, and carbon dioxide escapes as bubbles.
            """;

    @TempDir
    Path tmp;

    @Test
    void theExportedMarkdownImportsBackCleanly() throws Exception {
        Path first = tmp.resolve("first");
        Path file = Files.writeString(tmp.resolve("kettle.md"), KETTLE);
        ImportService imports = new ImportService(first, Set.of(), Clock.systemUTC());
        FileResult result = imports.importFile(file);
        Article article = imports.article(result.articleId().orElseThrow()).orElseThrow();
        Library library = new Library(List.of(article));
        Section why = article.sections().stream().filter(s -> s.title().equals("Why it works")).findFirst().orElseThrow();
        String passage = "carbon dioxide escapes as bubbles";
        int at = why.plainText().indexOf(passage);
        try (BookmarkStore bookmarks = BookmarkStore.open(first, Clock.fixed(Instant.parse("2026-02-03T10:00:00Z"), ZoneOffset.UTC))) {
            var fizz = bookmarks.addPassage(article, why, new TextRange(at, at + passage.length()), "The fizz is the scale leaving.");
            bookmarks.setColour(fizz.id(), dev.gloss.core.bookmarks.HighlightColour.GREEN);
            LibraryExport export = new LibraryExport(library, TopicIndex.of(library), bookmarks.resolve(library),
                    ZoneOffset.UTC);
            String md = export.markdown(article);
            assertTrue(md.startsWith("---\ntitle: \"Descaling a kettle\"\nauthor: \"Mira Holt\"\n"
                    + "source: \"https://example.org/kettles/descale\"\n"), md);
            assertTrue(md.contains("tags: [\"home-care\", \"limescale\"]"), md);
            assertTrue(md.contains("\n> carbon dioxide escapes as bubbles\n\nThe fizz is the scale leaving.\n\n"
                    + "#highlight/green · [Why it works](gloss://section/" + why.id() + ") · 3 February 2026\n"), md);

            List<Path> written = export.writeMarkdown(List.of(article), tmp.resolve("vault"));
            assertEquals(List.of(tmp.resolve("vault").resolve(article.id() + ".md")), written);

            Path second = tmp.resolve("second");
            FileResult back = new ImportService(second, Set.of(), Clock.systemUTC()).importFile(written.get(0));
            assertEquals(ImportStatus.IMPORTED, back.status(), back.toString());
            assertTrue(back.warnings().isEmpty(), back.warnings().toString());
            Article again = ImportService.readArticle(second, back.articleId().orElseThrow()).orElseThrow();
            assertEquals(article.title(), again.title());
            assertEquals(article.meta().author(), again.meta().author());
            assertEquals(article.meta().sourceUrl(), again.meta().sourceUrl());
            assertEquals(List.of("home-care", "limescale"), again.meta().tags());
            List<String> titles = article.sections().stream().map(Section::title).toList();
            List<String> titlesAgain = again.sections().stream().map(Section::title).toList();
            assertEquals(titles, titlesAgain.subList(0, titles.size()));
            assertEquals("Highlights and notes", titlesAgain.get(titles.size()));
            for (int i = 0; i < article.sections().size(); i++) {
                assertEquals(article.sections().get(i).plainText(), again.sections().get(i).plainText(),
                        "the text of " + titles.get(i) + " comes back as it was");
                assertEquals(article.sections().get(i).blocks().stream().map(b -> b.getClass().getSimpleName()).toList(),
                        again.sections().get(i).blocks().stream().map(b -> b.getClass().getSimpleName()).toList());
            }
            assertTrue(again.sections().get(titles.size()).plainText().contains("The fizz is the scale leaving."));
        }
    }

    @Test
    void flashcardsAreWhatAnkiImports() {
        Term term = new Term("limescale", "limescale", List.of("scale"), "A hard deposit of calcium carbonate left by hard water.",
                "It forms where water is heated.", List.of(), "chemistry", false, Term.Origin.USER);
        Highlight h = new Highlight("kettle/why", "Why it works", "carbon dioxide escapes", "The \"fizz\".\tTab.",
                Optional.of("Light blue"), Instant.parse("2026-02-03T10:00:00Z"));
        String text = Flashcards.render("Home care", List.of("gloss"), new java.util.ArrayList<>(Flashcards.ofTerms(List.of(term))) {{
            addAll(Flashcards.ofHighlights("Descaling a kettle", "kettle", List.of(h)));
        }});
        List<String> lines = text.lines().toList();
        assertEquals(List.of("#separator:tab", "#html:false", "#deck:Home care", "#tags:gloss", "#columns:Front\tBack\tTags",
                "#tags column:3"), lines.subList(0, 6));
        assertEquals("limescale (scale)\t\"A hard deposit of calcium carbonate left by hard water.\n\nIt forms where water is heated.\"\t"
                + "glossary chemistry", text.substring(text.indexOf("limescale ("), text.indexOf("chemistry") + "chemistry".length()));
        assertTrue(text.endsWith("carbon dioxide escapes\t\"The \"\"fizz\"\".\tTab.\n\n— Descaling a kettle › Why it works\"\t"
                + "highlight kettle highlight-light-blue\n"), text);
    }
}
