package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookmarksCommandTest {
    private static final String SECTION = "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result gloss(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--data-dir", dir.toString()), Stream.of(args)).toArray(String[]::new);
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    private JsonNode listJson() throws Exception {
        Result list = gloss("bookmarks", "list", "--json");
        assertEquals(0, list.code(), list.err());
        return new ObjectMapper().readTree(list.out());
    }

    @Test
    void addListRemove() throws Exception {
        Result added = gloss("bookmarks", "add", SECTION, "--note", "key mechanism",
                "--quote", "activating a protein called OSTEOCALCIN");
        assertEquals(0, added.code(), added.err());
        String id = added.out().strip();

        JsonNode list = listJson();
        assertEquals(1, list.size());
        JsonNode b = list.get(0);
        assertEquals(List.of("id", "articleId", "sectionId", "sectionTitle", "quote", "note", "created", "state", "colour"),
                iterableToList(b.fieldNames()));
        assertEquals(id, b.get("id").asText());
        assertEquals("vitamin-k2-and-osteoporosis", b.get("articleId").asText());
        assertEquals(SECTION, b.get("sectionId").asText());
        assertEquals("Fractures and osteocalcin", b.get("sectionTitle").asText());
        assertEquals("activating a protein called osteocalcin", b.get("quote").asText());
        assertEquals("key mechanism", b.get("note").asText());
        assertEquals("attached", b.get("state").asText());

        Result text = gloss("bookmarks", "list");
        assertTrue(text.out().contains("Fractures and osteocalcin") && text.out().contains(id.substring(0, 8)), text.out());

        Result removed = gloss("bookmarks", "remove", id.substring(0, 8));
        assertEquals(0, removed.code(), removed.err());
        assertEquals(0, listJson().size());
    }

    @Test
    void anUnknownSectionIsOneLineAndExitCodeOne() {
        Result r = gloss("bookmarks", "add", "no-such/section");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("gloss: no section with the id 'no-such/section'"), r.err());
        assertFalse(Files.exists(dir.resolve("bookmarks.json")));
    }

    @Test
    void aQuoteNotInTheSectionIsRefused() {
        Result r = gloss("bookmarks", "add", SECTION, "--quote", "words that are not there");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gloss: the quote is not in the section"), r.err());
    }

    @Test
    void removingAnUnknownIdFails() {
        Result r = gloss("bookmarks", "remove", "nothing-like-this");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gloss: no bookmark with the id"), r.err());
    }

    @Test
    void aCorruptFileIsReportedKeptAsideAndListStillWorks() throws Exception {
        Files.writeString(dir.resolve("bookmarks.json"), "{\"version\": 1, \"bookmarks\": [");
        Result r = gloss("bookmarks", "list");
        assertEquals(0, r.code());
        assertTrue(r.err().startsWith("gloss: Your bookmarks file could not be read"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.out().contains("No bookmarks."));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("bookmarks.json.broken-")).count());
        }
        assertEquals(0, gloss("bookmarks", "list").err().length(), "reported once, not at every command");
    }

    @Test
    void exportsMarkdownAndJsonAndImportsWithoutDuplicates() throws Exception {
        gloss("bookmarks", "add", SECTION, "--note", "read twice");
        gloss("bookmarks", "add", "vitamin-k2-and-osteoporosis/dosage-and-diet", "--quote", "optimal dosage");

        Result md = gloss("bookmarks", "export", "--format", "md");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Bookmarks\n\n## The Mighty Defender: Vitamin K2 and Osteoporosis\n"), md.out());
        assertTrue(md.out().contains("### Fractures and osteocalcin\n\nread twice\n"), md.out());
        assertTrue(md.out().contains("\n> optimal dosage\n"), md.out());

        Path exported = dir.resolve("out/export.json");
        assertEquals(0, gloss("bookmarks", "export", "--format", "json", "--out", exported.toString()).code());
        Result again = gloss("bookmarks", "import", exported.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("0 added, 0 updated, 2 already there", again.out().strip());

        Path elsewhere = dir.resolve("elsewhere");
        StringWriter out = new StringWriter();
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "--data-dir", elsewhere.toString(), "bookmarks", "import", exported.toString());
        assertEquals(0, code);
        assertEquals("2 added, 0 updated, 0 already there", out.toString().strip());
    }

    @Test
    void importOfAFileThatIsNotAnExportIsOneLine() throws Exception {
        Path notAnExport = dir.resolve("notes.txt");
        Files.writeString(notAnExport, "just some notes");
        Result r = gloss("bookmarks", "import", notAnExport.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gloss: " + notAnExport + " cannot be imported: it is not valid JSON"), r.err());
        assertEquals(2, gloss("bookmarks", "export", "--format", "pdf").code());
    }

    private static List<String> iterableToList(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    /** Colours on the command line: bookmarks add --colour, list --colour, and both exports, on an imported article. */
    private static String colourOf(JsonNode list, String quote) {
        for (JsonNode b : list) {
            if (b.get("quote").asText().equals(quote)) {
                return b.get("colour").asText();
            }
        }
        throw new AssertionError("no bookmark of “" + quote + "”");
    }

    @Test
    void coloursAreGivenListedFilteredAndExported(@TempDir Path sources) throws Exception {
        Path page = sources.resolve("sourdough.md");
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
