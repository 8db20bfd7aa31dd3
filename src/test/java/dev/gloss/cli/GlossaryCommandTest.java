package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.glossary.UserGlossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryCommandTest {
    @TempDir
    Path dataDir;

    private record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int exit = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void listsEveryEntryAsJson() throws Exception {
        Result r = run("glossary", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode list = r.json();
        assertTrue(list.isArray());
        assertTrue(list.size() >= 40, "size " + list.size());
        for (JsonNode entry : list) {
            boolean auto = entry.get("source").asText().equals("auto");
            assertEquals(auto ? List.of("term", "aliases", "definition", "related", "mentions", "source", "quote")
                    : List.of("term", "aliases", "definition", "related", "mentions", "source"), fieldNames(entry));
            assertTrue(List.of("bundled", "user", "auto").contains(entry.get("source").asText()));
            assertEquals(auto, entry.get("definition").isNull(), "only an automatic entry has no definition of ours");
            assertTrue(entry.get("aliases").isArray());
            assertTrue(entry.get("related").isArray());
            for (JsonNode m : entry.get("mentions")) {
                assertEquals(List.of("articleId", "sectionId", "count"), fieldNames(m));
                assertTrue(m.get("count").asInt() >= 1);
                assertTrue(m.get("sectionId").asText().startsWith(m.get("articleId").asText() + "/"));
            }
        }
        JsonNode mgp = null;
        for (JsonNode e : list) {
            if (e.get("term").asText().equals("matrix Gla protein")) {
                mgp = e;
            }
        }
        assertEquals("MGP", mgp.get("aliases").get(0).asText());
        assertEquals(2, mgp.get("mentions").size());
    }

    @Test
    void looksUpOneTermByAliasOrTypo() throws Exception {
        Result byAlias = run("glossary", "MGP", "--json");
        assertEquals(0, byAlias.exit(), byAlias.err());
        JsonNode entry = byAlias.json();
        assertTrue(entry.isObject());
        assertEquals("matrix Gla protein", entry.get("term").asText());
        assertEquals(5, sum(entry.get("mentions")));

        Result byTypo = run("glossary", "osteocalcn", "--json");
        assertEquals("osteocalcin", byTypo.json().get("term").asText());

        Result words = run("glossary", "gut", "brain", "axis", "--json");
        assertEquals("gut-brain axis", words.json().get("term").asText());
    }

    @Test
    void printsOneTermAsText() {
        Result r = run("glossary", "psoraisis");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("(closest entry for \"psoraisis\")", lines[0]);
        assertEquals("psoriasis", lines[1]);
        assertTrue(r.out().contains("Related: eczema, cytokine"), r.out());
        assertTrue(r.out().contains("Mentioned in (9):"), r.out());
        assertTrue(r.out().contains("vitamin-k2-and-skin-conditions/introduction"), r.out());
    }

    @Test
    void nothingFoundExitsOneWithOneLine() {
        Result r = run("glossary", "xyzzy");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals("gloss: no glossary entry matches 'xyzzy'; `gloss glossary` lists them all", r.err().strip());
    }

    @Test
    void listsCandidates() throws Exception {
        Result r = run("glossary", "--candidates", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode first = r.json().get(0);
        assertEquals(List.of("text", "kind", "count", "sections"), fieldNames(first));
        assertEquals("European Union", first.get("text").asText());
        assertEquals("capitalised-phrase", first.get("kind").asText());
        assertEquals(2, first.get("count").asInt());

        Result text = run("glossary", "--candidates");
        assertTrue(text.out().contains("abbreviation       FDA"), text.out());
        assertEquals(2, run("glossary", "--candidates", "FDA").exit());
    }

    @Test
    void aBrokenOverlayWarnsButTheCommandWorks() throws Exception {
        Files.writeString(dataDir.resolve(UserGlossary.FILE_NAME), "not json");
        Result r = run("glossary", "natto", "--json");
        assertEquals(0, r.exit());
        assertEquals("natto", r.json().get("term").asText());
        assertTrue(r.err().startsWith("gloss: warning: Your glossary definitions could not be read"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(dataDir.resolve(UserGlossary.FILE_NAME)));
    }

    @Test
    void includesTheReadersDefinitions() throws Exception {
        Files.writeString(dataDir.resolve(UserGlossary.FILE_NAME), "{\"version\": 1, \"terms\": [{\"id\": "
                + "\"user-fda\", \"term\": \"FDA\", \"definition\": \"The US Food and Drug Administration.\"}]}");
        JsonNode fda = run("glossary", "fda", "--json").json();
        assertEquals("The US Food and Drug Administration.", fda.get("definition").asText());
        assertEquals(1, sum(fda.get("mentions")));
    }

    private static int sum(JsonNode mentions) {
        int n = 0;
        for (JsonNode m : mentions) {
            n += m.get("count").asInt();
        }
        return n;
    }

    @Test
    void listsTheTermsFoundInTheArticlesWithTheirQuotes(@TempDir Path docs) throws Exception {
        for (String page : List.of("storage-engine", "transactions", "operations")) {
            try (var in = GlossaryCommandTest.class.getResourceAsStream("/dev/gloss/core/glossary/docs/" + page + ".md")) {
                Files.write(docs.resolve(page + ".md"), in.readAllBytes());
            }
        }
        Result imported = run("import", docs.toString());
        assertEquals(0, imported.exit(), imported.err() + imported.out());
        Result r = run("glossary", "--source", "auto", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode list = r.json();
        assertTrue(list.size() >= 5, list.toString());
        JsonNode memtable = null;
        for (JsonNode entry : list) {
            assertEquals("auto", entry.get("source").asText());
            assertTrue(entry.has("quote"));
            if (entry.get("term").asText().equals("memtable")) {
                memtable = entry;
            }
        }
        assertTrue(memtable != null, list.toString());
        assertEquals(List.of("sectionId", "text"), fieldNames(memtable.get("quote")));
        assertEquals("how-the-storage-engine-works/writes", memtable.get("quote").get("sectionId").asText());
        assertEquals("The memtable is an in-memory table that holds the newest writes in key order.",
                memtable.get("quote").get("text").asText());
        assertTrue(memtable.get("mentions").size() >= 3);
        // An entry with no mined definition has a null quote; the whole list holds every source.
        boolean someNull = false;
        for (JsonNode entry : list) {
            someNull |= entry.get("quote").isNull();
        }
        assertTrue(someNull, "some terms have no definition in the articles");
        JsonNode all = run("glossary", "--json").json();
        List<String> sources = new ArrayList<>();
        all.forEach(e -> sources.add(e.get("source").asText()));
        assertTrue(sources.contains("bundled") && sources.contains("auto"));
        assertEquals(list.size(), sources.stream().filter("auto"::equals).count());

        Result text = run("glossary", "memtable");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("From your articles (how-the-storage-engine-works/writes):"), text.out());
        assertTrue(text.out().contains("“The memtable is an in-memory table"), text.out());
    }

    @Test
    void anUnknownSourceIsAMalformedCommandLine() {
        Result r = run("glossary", "--source", "wiki");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bundled, user or auto"), r.err());
    }
}
