package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colours on the command line: bookmarks add --colour, list --colour, and both exports. */
class BookmarkColoursCliTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result gloss(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new);
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    private static String colourOf(JsonNode list, String quote) {
        for (JsonNode b : list) {
            if (b.get("quote").asText().equals(quote)) {
                return b.get("colour").asText();
            }
        }
        throw new AssertionError("no bookmark of “" + quote + "”");
    }

    @Test
    void coloursAreGivenListedFilteredAndExported() throws Exception {
        Path page = dir.resolve("sourdough.md");
        Files.writeString(page, """
                # Keeping a Sourdough Starter

                A starter is flour and water in which wild yeast and bacteria live together.

                ## Feeding

                Feed it equal weights of flour and water once a day when it lives on the counter.
                A starter kept in the fridge needs feeding only once a week.

                ## Signs of trouble

                A grey liquid on top is alcohol made by hungry yeast; pour it off and feed the starter.
                """);
        assertEquals(0, gloss("import", page.toString()).code());
        String feeding = "keeping-a-sourdough-starter/feeding";
        Result green = gloss("bookmarks", "add", feeding, "--quote", "once a week", "--colour", "green");
        assertEquals(0, green.code(), green.err());
        Result pink = gloss("bookmarks", "add", "keeping-a-sourdough-starter/signs-of-trouble", "--color", "PINK",
                "--note", "Happens after a weekend away.");
        assertEquals(0, pink.code(), pink.err());
        assertEquals(0, gloss("bookmarks", "add", feeding, "--quote", "equal weights of flour and water").code());

        JsonNode all = new ObjectMapper().readTree(gloss("bookmarks", "list", "--json").out());
        assertEquals(3, all.size());
        assertEquals("green", colourOf(all, "once a week"));
        assertEquals("yellow", colourOf(all, "equal weights of flour and water"), "no colour given: the default");
        JsonNode onlyPink = new ObjectMapper().readTree(gloss("bookmarks", "list", "--json", "--colour", "pink").out());
        assertEquals(1, onlyPink.size());
        assertEquals("Happens after a weekend away.", onlyPink.get(0).get("note").asText());
        assertTrue(gloss("bookmarks", "list", "--colour", "purple").out().contains("No purple bookmarks."));
        String text = gloss("bookmarks", "list").out();
        assertTrue(text.contains(" green ") && text.contains(" pink "), text);

        // Giving a colour again changes it.
        assertEquals(0, gloss("bookmarks", "add", feeding, "--quote", "once a week", "--colour", "blue").code());
        assertEquals(0, new ObjectMapper().readTree(gloss("bookmarks", "list", "--json", "--colour", "green").out()).size());

        Result md = gloss("bookmarks", "export", "--format", "md");
        assertTrue(md.out().contains("> once a week") && md.out().contains("· blue*"), md.out());
        Result json = gloss("bookmarks", "export", "--format", "json");
        assertTrue(json.out().contains("\"colour\" : \"blue\""), json.out());

        Result bad = gloss("bookmarks", "add", feeding, "--colour", "orange");
        assertEquals(2, bad.code());
        assertEquals("gloss: --colour is yellow, green, blue, pink or purple, not 'orange'", bad.err().strip());
        assertFalse(bad.err().contains("Exception"));
    }
}
