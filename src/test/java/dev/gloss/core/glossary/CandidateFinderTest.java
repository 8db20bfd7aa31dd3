package dev.gloss.core.glossary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.gloss.core.glossary.Fixtures.glossary;
import static dev.gloss.core.glossary.Fixtures.library;
import static dev.gloss.core.glossary.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateFinderTest {

    private static Map<String, Candidate> candidates(Library lib, Glossary g) {
        return CandidateFinder.find(lib, MentionIndex.build(lib, g)).stream()
                .collect(Collectors.toMap(Candidate::text, c -> c));
    }

    @Test
    void findsAbbreviationsNamesWithDigitsAndCapitalisedPhrases() {
        Library lib = library("In 2006, the US FDA approved MK-9 and Gas6. The European Union agreed.",
                "Later the European Union, Japan and the Journal of Dermatological Science followed.");
        Map<String, Candidate> found = candidates(lib, glossary(term("gas6", "Gas6")));
        assertEquals(Candidate.Kind.ABBREVIATION, found.get("FDA").kind());
        assertEquals(Candidate.Kind.ABBREVIATION, found.get("US").kind());
        assertEquals(Candidate.Kind.NAME_WITH_DIGITS, found.get("MK-9").kind());
        Candidate eu = found.get("European Union");
        assertEquals(Candidate.Kind.CAPITALISED_PHRASE, eu.kind());
        assertEquals(2, eu.count());
        assertEquals(List.of("a/s1", "a/s2"), eu.sectionIds());
        assertTrue(found.containsKey("Japan"));
        assertTrue(found.containsKey("Journal of Dermatological Science"));
        assertFalse(found.containsKey("Gas6"), "it has an entry");
        assertFalse(found.containsKey("2006"), "a bare number is not a name");
        assertFalse(found.containsKey("In"), "a word that only starts a sentence is not a name");
        assertFalse(found.containsKey("The"));
    }

    @Test
    void listLabelsAndSentenceStartsAreNotCandidates() {
        Library lib = library("Bone Health: Vitamin K2 helps.\nConsider Health Supplements: Read labels.\nFree radicals harm cells; The other reason.");
        Map<String, Candidate> found = candidates(lib, glossary(term("k2", "vitamin K2"), term("s", "supplement")));
        assertEquals(Map.of(), found);
    }

    @Test
    void theBundledLibraryListsWhatTheGlossaryLacks() {
        Library lib = BundledLibrary.load();
        List<Candidate> list = CandidateFinder.find(lib, MentionIndex.build(lib, Glossary.bundled()));
        List<String> texts = list.stream().map(Candidate::text).toList();
        assertEquals("European Union", texts.get(0), "most frequent first");
        assertTrue(texts.containsAll(List.of("FDA", "Japan", "Journal of Investigative Dermatology")), texts.toString());
        assertFalse(texts.contains("MK-7"));

        Glossary withoutMk4 = new Glossary(Glossary.bundled().terms().stream()
                .filter(t -> !t.id().equals("mk-4")).toList());
        List<Candidate> lacking = CandidateFinder.find(lib, MentionIndex.build(lib, withoutMk4));
        Candidate mk4 = lacking.stream().filter(c -> c.text().equals("MK-4")).findFirst().orElseThrow();
        assertEquals(Candidate.Kind.NAME_WITH_DIGITS, mk4.kind());
        assertEquals(2, mk4.count());
    }
}
