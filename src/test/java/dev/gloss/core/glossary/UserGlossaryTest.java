package dev.gloss.core.glossary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserGlossaryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final Library LIBRARY = BundledLibrary.load();
    private static final Glossary BUNDLED = Glossary.bundled();

    @TempDir
    Path dataDir;

    /** The glossary without terms found in the library: these tests are about the reader's overlay. */
    private GlossaryService open() {
        return GlossaryService.open(LIBRARY, BUNDLED, dataDir, CLOCK, List.of());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dataDir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aDefinitionIsSavedAndLoadedBackWithItsMentions() throws IOException {
        GlossaryService service = open();
        assertTrue(service.candidates().stream().anyMatch(c -> c.text().equals("European Union")));
        Term eu = service.define(new UserDefinition("European Union", List.of("EU"),
                "The European Union is a political and economic union of European countries.", "",
                List.of(), "organisation"));
        assertEquals("user-european-union", eu.id());
        assertEquals(2, service.mentions().of(eu.id()).total());
        assertTrue(service.candidates().stream().noneMatch(c -> c.text().equals("European Union")),
                "a defined term is no longer a candidate");

        String json = Files.readString(dataDir.resolve(UserGlossary.FILE_NAME));
        assertTrue(json.contains("\"version\" : 1"), json);

        GlossaryService reopened = open();
        assertEquals(List.of(), reopened.warnings());
        Term loaded = reopened.glossary().lookup("eu").orElseThrow();
        assertEquals(eu.id(), loaded.id());
        assertTrue(loaded.isUserDefined());
        assertEquals("organisation", loaded.category());
        assertEquals(2, reopened.mentions().of(eu.id()).total());
        assertEquals(BUNDLED.size() + 1, reopened.glossary().size());
    }

    @Test
    void redefiningReplacesAndRemovingDeletes() throws IOException {
        GlossaryService service = open();
        Term first = service.define(UserDefinition.of("FDA", "The FDA is a food and drug agency."));
        Term second = service.define(UserDefinition.of("fda", "The FDA is the United States Food and Drug Administration."));
        assertEquals(first.id(), second.id());
        assertEquals(BUNDLED.size() + 1, service.glossary().size());
        assertEquals(second.definition(), open().glossary().term(first.id()).orElseThrow().definition());

        assertTrue(service.remove(first.id()));
        assertFalse(service.remove("osteocalcin"), "bundled terms cannot be removed");
        assertTrue(open().glossary().term(first.id()).isEmpty());
        assertTrue(open().glossary().term("osteocalcin").isPresent());
    }

    @Test
    void theBundledGlossaryCannotBeChanged() {
        GlossaryService service = open();
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
                () -> service.define(UserDefinition.of("MGP", "Something else.")));
        assertEquals("'MGP' is already in the glossary as 'matrix Gla protein'.", named.getMessage());
        IllegalArgumentException alias = assertThrows(IllegalArgumentException.class,
                () -> service.define(new UserDefinition("Japan", List.of("natto"), "A country.", "", List.of(), "")));
        assertTrue(alias.getMessage().contains("'natto' names two glossary terms"), alias.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.define(UserDefinition.of("Japan", " ")));
        assertThrows(IllegalArgumentException.class, () -> service.define(new UserDefinition("Japan", List.of(),
                "A country.", "", List.of("no-such-term"), "")));
        assertFalse(Files.exists(dataDir.resolve(UserGlossary.FILE_NAME)), "nothing was saved");
        assertEquals(BUNDLED.size(), service.glossary().size());
    }

    @Test
    void aBrokenOverlayIsKeptAsideAndTheGlossaryStillLoads() throws IOException {
        Path file = dataDir.resolve(UserGlossary.FILE_NAME);
        Files.writeString(file, "{\"version\": 1, \"terms\": [ {\"id\": \"x\", ", StandardCharsets.UTF_8);
        GlossaryService service = open();
        assertEquals(BUNDLED.size(), service.glossary().size());
        assertEquals(1, service.warnings().size());
        String warning = service.warnings().get(0);
        assertTrue(warning.startsWith("Your glossary definitions could not be read ("), warning);
        assertTrue(warning.contains("glossary-user.json.broken-20250301-101530-000"), warning);
        assertFalse(warning.contains("\n"), "one line");
        assertEquals(List.of(dataDir.resolve("glossary-user.json.broken-20250301-101530-000")), files());

        service.define(UserDefinition.of("Japan", "Japan is an island country in East Asia."));
        assertEquals(List.of(), open().warnings(), "a new overlay is written beside the kept one");
    }

    @Test
    void anEntryWithoutADefinitionIsLeftOutAndTheOthersAreKept() throws IOException {
        String text = "{\"version\": 1, \"terms\": [{\"id\": \"user-x\", \"term\": \"X\"},"
                + " {\"id\": \"user-japan\", \"term\": \"Japan\", \"definition\": \"A country.\"}]}";
        Files.writeString(dataDir.resolve(UserGlossary.FILE_NAME), text);
        UserGlossary.Loaded loaded = new UserGlossary(dataDir, CLOCK).load();
        assertEquals(List.of("Japan"), loaded.terms().stream().map(Term::term).toList());
        assertEquals(text, Files.readString(dataDir.resolve("glossary-user.json.broken-20250301-101530-000")),
                "the file as it was is kept aside");
        assertTrue(loaded.warning().orElseThrow().contains("lacks its id, term or definition (X)"),
                loaded.warning().orElseThrow());
        assertTrue(loaded.writable());
    }

    @Test
    void aFileThatCannotBeReadFallsBackToItsBackup() throws IOException {
        UserGlossary glossary = new UserGlossary(dataDir, CLOCK);
        Files.writeString(glossary.file(), "{\"version\": 1, \"terms\": [{\"id\": \"user-japan\", \"term\": \"Japan\","
                + " \"definition\": \"A country.\"}]}");
        glossary.save(glossary.load().terms());
        Files.writeString(glossary.file(), "{ broken");
        UserGlossary.Loaded loaded = glossary.load();
        assertEquals(List.of("Japan"), loaded.terms().stream().map(Term::term).toList());
        assertTrue(loaded.warning().orElseThrow().contains("save before"), loaded.warning().orElseThrow());
    }

    @Test
    void aNewerFilesTermsAreShownAndTheFileIsNotSavedOver() throws IOException {
        Path file = dataDir.resolve(UserGlossary.FILE_NAME);
        String newer = "{\"version\": 2, \"terms\": [{\"id\": \"user-japan\", \"term\": \"Japan\","
                + " \"definition\": \"A country.\", \"colour\": \"red\"}], \"notes\": []}";
        Files.writeString(file, newer);
        UserGlossary.Loaded loaded = new UserGlossary(dataDir, CLOCK).load();
        assertEquals(List.of("Japan"), loaded.terms().stream().map(Term::term).toList());
        assertFalse(loaded.writable());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void aFileFromANewerGlossIsLeftUntouched() throws IOException {
        Path file = dataDir.resolve(UserGlossary.FILE_NAME);
        String newer = "{\"version\": 2, \"terms\": [], \"notes\": []}";
        Files.writeString(file, newer);
        GlossaryService service = open();
        assertTrue(service.warnings().get(0).contains("newer version of Gloss"), service.warnings().get(0));
        IOException e = assertThrows(IOException.class,
                () -> service.define(UserDefinition.of("Japan", "Japan is an island country in East Asia.")));
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void aUserTermThatClashesWithTheBundledGlossaryIsSkippedWithAWarning() throws IOException {
        Files.writeString(dataDir.resolve(UserGlossary.FILE_NAME), "{\"version\": 1, \"terms\": ["
                + "{\"id\": \"user-japan\", \"term\": \"Japan\", \"definition\": \"A country.\"},"
                + "{\"id\": \"user-k\", \"term\": \"K\", \"aliases\": [\"MK-7\"], \"definition\": \"Clash.\"}]}");
        GlossaryService service = open();
        assertTrue(service.glossary().lookup("japan").isPresent());
        assertEquals("mk-7", service.glossary().lookup("MK-7").orElseThrow().id());
        assertEquals(1, service.warnings().size());
        assertTrue(service.warnings().get(0).startsWith("Your definition of 'K' was not loaded"));
    }

    @Test
    void fieldsWrittenByANewerGlossSurviveASaveOfTheSameVersion() throws IOException {
        Path file = dataDir.resolve(UserGlossary.FILE_NAME);
        Files.writeString(file, "{\"version\": 1, \"shelf\": {\"sort\": \"az\"}, \"terms\": ["
                + "{\"id\": \"user-japan\", \"term\": \"Japan\", \"definition\": \"A country.\","
                + " \"colour\": \"red\", \"sources\": [{\"url\": \"https://example.org\"}]}]}");
        GlossaryService service = open();
        assertEquals(List.of(), service.warnings());
        service.define(UserDefinition.of("Korea", "Korea is a region in East Asia."));

        com.fasterxml.jackson.databind.JsonNode saved = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(file));
        assertEquals(1, saved.path("version").asInt());
        assertEquals("az", saved.path("shelf").path("sort").asText(), "the document's unknown field is kept");
        com.fasterxml.jackson.databind.JsonNode japan = null;
        for (com.fasterxml.jackson.databind.JsonNode entry : saved.path("terms")) {
            if (entry.path("id").asText().equals("user-japan")) {
                japan = entry;
            } else {
                assertFalse(entry.has("colour"), "unknown fields stay with the entry they came with");
            }
        }
        assertEquals(2, saved.path("terms").size());
        assertEquals("red", japan.path("colour").asText(), saved.toString());
        assertEquals("https://example.org", japan.path("sources").path(0).path("url").asText(), saved.toString());
        assertEquals("A country.", japan.path("definition").asText());

        GlossaryService reopened = open();
        assertEquals(List.of(), reopened.warnings());
        assertTrue(reopened.glossary().lookup("japan").isPresent());
        assertTrue(reopened.glossary().lookup("korea").isPresent());
    }
}
