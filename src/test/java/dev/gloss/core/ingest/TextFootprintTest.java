package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a text file of very many short paragraphs costs once imported, counted object by object:
 * the article of a 20 MB file of one-word paragraphs must fit in memory beside its JSON, so each
 * paragraph is to hold its place in the text and little more.
 */
class TextFootprintTest {
    private static final int PARAGRAPHS = 50_000;

    @BeforeAll
    static void readFieldsOfRecords() {
        // JOL reads a record's fields by their offsets only when told to.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Test
    void aParagraphOfOneWordHoldsItsTextAndLittleMore() throws ImportException {
        StringBuilder text = new StringBuilder("A list of words\n\n");
        for (int p = 0; p < PARAGRAPHS; p++) {
            text.append("Entry").append(p).append(".\n\n");
        }
        Article article = PlainTextImporter.parse(text.toString(), new Article.Origin("words.txt", "text"));
        assertEquals(PARAGRAPHS, article.sections().stream().mapToInt(s -> s.blocks().size()).sum());

        GraphLayout held = GraphLayout.parseInstance(article);
        double objects = (double) held.totalCount() / PARAGRAPHS;
        double bytes = (double) held.totalSize() / PARAGRAPHS;
        // The paragraph and its runs, as a part of the file's text: two objects, and the text once.
        // A string, a run and a list of one run each (five objects, 125 bytes) made this file's
        // article of 20 MB take 190 MB.
        assertTrue(objects < 2.5, objects + " objects a paragraph");
        assertTrue(bytes < 80, bytes + " bytes a paragraph");
    }

    @Test
    void aParagraphOfPlainTextReadsAsOnePlainRun() {
        Paragraph p = Paragraph.of("Salt marshes flood twice a day.");
        assertEquals(List.of(Run.plain("Salt marshes flood twice a day.")), p.runs());
        assertEquals(new Paragraph(List.of(Run.plain("Salt marshes flood twice a day."))), p);
        assertEquals(new Paragraph(List.of(Run.plain("Salt marshes flood twice a day."))).hashCode(), p.hashCode());
        assertEquals("Salt marshes flood twice a day.", p.plainText());
        Paragraph part = Paragraph.ofPart("Tides. Salt marshes flood twice a day. Reeds", 7, 38);
        assertEquals(p, part);
        assertEquals(p.hashCode(), part.hashCode());
        assertEquals(List.of(Run.plain("Salt marshes flood twice a day.")), part.runs());
    }

    @Test
    void aParagraphThatWasMendedOrJoinedIsItsOwnTextAndReadsTheSame() throws ImportException {
        String text = "Field notes\n\nThe heron waits.It strikes fast.\n\n  An indented line stands alone.  \n\n"
                + "Egrets nest in colonies along the shore.\n";
        Article a = PlainTextImporter.parse(text, new Article.Origin("notes.txt", "text"));
        List<String> paragraphs = a.sections().stream().flatMap(s -> s.blocks().stream())
                .map(dev.gloss.core.model.Block::plainText).toList();
        assertEquals(List.of("The heron waits. It strikes fast.", "An indented line stands alone.",
                "Egrets nest in colonies along the shore."), paragraphs);
    }

    @Test
    void theLinesOfATextAreThoseSplitGives() {
        for (String text : List.of("", "\n", "one", "one\n", "one\ntwo", "\n\nthree\n\n", "a\n \n\t\nb\n\u2003\n")) {
            TextLines lines = TextLines.of(text);
            List<String> split = Arrays.asList(text.split("\n", -1));
            assertEquals(split, lines, "lines of " + text.replace("\n", "\\n"));
            for (int i = 0; i < split.size(); i++) {
                assertEquals(split.get(i).isBlank(), lines.isBlank(i), "line " + i + " of " + text.replace("\n", "\\n"));
            }
        }
    }
}
