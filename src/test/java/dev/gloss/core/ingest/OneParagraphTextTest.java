package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneParagraphTextTest {
    private static Article read(String text) throws ImportException {
        return SourceFormat.TEXT.read(text.getBytes(StandardCharsets.UTF_8), null, "note.txt");
    }

    @Test
    void aSingleLineOfProseIsAnArticleWithOneSection() throws ImportException {
        String line = "Vitamin K2 helps carry calcium into the bones, and some studies suggest it keeps it out of "
                + "the arteries, although the evidence is still being gathered.";
        Article a = read(line + "\n");
        assertEquals(1, a.sections().size());
        assertEquals(line, a.sections().get(0).plainText().strip());
        assertTrue(a.title().length() <= 121 && line.startsWith(a.title().replace("…", "")), a.title());
    }

    @Test
    void aShortSentenceAloneIsItsOwnText() throws ImportException {
        Article a = read("\n\nI read this today and it was good.\n\n");
        assertEquals(1, a.sections().size());
        assertEquals("I read this today and it was good.", a.sections().get(0).plainText().strip());
    }

    @Test
    void aTitleAloneIsStillRefused() {
        ImportException e = assertThrows(ImportException.class, () -> read("Notes on Vitamin K2\n"));
        assertTrue(e.getMessage().contains("no text under it"), e.getMessage());
    }
}
