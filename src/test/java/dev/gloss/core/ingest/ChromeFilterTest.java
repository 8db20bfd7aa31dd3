package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chrome rules on a blog post Gloss has never seen, shaped differently from the seeds. */
class ChromeFilterTest {
    private static final Article.Origin ORIGIN = new Article.Origin("post.txt", "text");

    private static final String POST = """
            Tags: Gardening, Soil
            Composting at Home Without the Smell

            Composting turns kitchen scraps into soil. It takes a few weeks and very little space.

            Choosing a Bin

            A closed bin keeps pests out. An open heap works in large gardens.

            Keeping It Balanced

            Mix green material with brown material. Too much green makes the heap wet.

            Posted by Ada Greenfield

            Ada Greenfield
            Ada Greenfield

            Ada writes about small gardens and grows tomatoes on a balcony.

            Related Articles

            Growing Herbs Indoors

            3 days ago

            Saving Seeds for Next Year

            a week ago

            Leave a Reply
            Your email address will not be published.
            """;

    @Test
    void removesChromeByShapeAndPosition() throws ImportException {
        Article a = PlainTextImporter.parse(POST, ORIGIN);
        assertEquals("Composting at Home Without the Smell", a.title());
        assertEquals(3, a.sections().size());
        assertEquals("Keeping It Balanced", a.sections().get(2).title());
        String text = a.sections().stream().map(s -> s.title() + "\n" + s.plainText()).reduce("", String::concat);
        for (String chrome : new String[] {"Tags:", "Posted by", "Ada Greenfield", "balcony", "Related Articles",
                "Growing Herbs", "days ago", "Leave a Reply", "email address"}) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertTrue(text.endsWith("Too much green makes the heap wet."));
    }

    @Test
    void keepsAClosingParagraphThatMerelyFollowsAShortLine() throws ImportException {
        String text = """
                Notes on Tea

                Green tea is steamed or pan-fired soon after picking.

                In Conclusion

                Tea is a simple drink with a long history.
                """;
        Article a = PlainTextImporter.parse(text, ORIGIN);
        assertEquals("In Conclusion", a.sections().get(1).title());
        assertEquals("Tea is a simple drink with a long history.", a.sections().get(1).plainText());
    }

    @Test
    void emptyTextIsAnImportError() {
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> PlainTextImporter.parse("  \n\n \n", ORIGIN));
        assertEquals("The file has no text to read.", e.getMessage());
    }

    @Test
    void aNoteOfOneWordIsItsOwnTitleNotAUserName() throws ImportException {
        Article a = PlainTextImporter.parse("tiny\n", ORIGIN);
        assertEquals("tiny", a.title());
        Article signed = PlainTextImporter.parse("Notes on Tea\n\nTea is a simple drink with a long history.\n\njdoe\n", ORIGIN);
        assertEquals("Tea is a simple drink with a long history.", signed.sections().get(0).plainText());
    }
}
