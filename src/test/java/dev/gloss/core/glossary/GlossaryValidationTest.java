package dev.gloss.core.glossary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.gloss.core.glossary.Fixtures.library;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editorial rules for assets/library/glossary.json, checked against the bundled library. */
class GlossaryValidationTest {
    private static final Set<String> CATEGORIES =
            Set.of("compound", "mineral", "protein", "biology", "condition", "food", "pharmacology", "nutrition");

    private final Library library = BundledLibrary.load();
    private final Glossary glossary = Glossary.bundled();
    private final MentionIndex mentions = MentionIndex.build(library, glossary);

    @Test
    void theBundledGlossaryPassesEveryCheck() {
        assertEquals(List.of(), GlossaryCheck.problems(glossary, mentions));
    }

    @Test
    void everyTermNotMarkedRelatedOnlyOccursInTheLibrary() {
        for (Term t : glossary.terms()) {
            assertEquals(!t.relatedOnly(), mentions.of(t.id()).total() > 0,
                    t.id() + (t.relatedOnly() ? " is marked relatedOnly but occurs" : " occurs nowhere"));
        }
        assertTrue(glossary.terms().stream().filter(t -> !t.relatedOnly()).count() >= 40);
    }

    @Test
    void everyRelatedReferenceResolves() {
        for (Term t : glossary.terms()) {
            assertTrue(t.related().size() >= 1, t.id() + " has no related terms");
            for (String r : t.related()) {
                assertTrue(glossary.term(r).isPresent(), t.id() + " refers to unknown " + r);
            }
        }
    }

    @Test
    void noNameOrAliasBelongsToTwoTerms() throws Exception {
        // Read the raw file rather than the Glossary, which would refuse to load a clash.
        List<Term> raw;
        try (InputStream in = Glossary.class.getResourceAsStream(Glossary.RESOURCE)) {
            assertNotNull(in, "glossary.json is packaged at " + Glossary.RESOURCE);
            raw = GlossaryJson.terms(GlossaryJson.read(in), Term.Origin.BUNDLED);
        }
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Term t : raw) {
            for (String name : t.names()) {
                String previous = owner.putIfAbsent(Tokens.key(name), t.id());
                if (previous != null && !previous.equals(t.id())) {
                    clashes.add(name + ": " + previous + " and " + t.id());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void definitionsAreOneSentenceAndExplanationsTwoToFour() {
        for (Term t : glossary.terms()) {
            assertEquals(1, GlossaryCheck.sentences(t.definition()), t.id() + ": " + t.definition());
            int n = GlossaryCheck.sentences(t.explanation());
            assertTrue(n >= 2 && n <= 4, t.id() + " explanation has " + n + " sentences");
            assertTrue(CATEGORIES.contains(t.category()), t.id() + " has category " + t.category());
            assertTrue(t.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id " + t.id());
        }
    }

    @Test
    void theIssueCandidatesAreAllDefined() {
        for (String name : List.of("menaquinone", "MK-4", "MK-7", "phylloquinone", "osteocalcin", "MGP", "Gas6",
                "osteoblast", "bone mineralization", "bone density", "osteoporosis", "vascular calcification",
                "arteriosclerosis", "calcium homeostasis", "gut microbiota", "gut-brain axis", "dysbiosis",
                "neurotransmitter", "cytokine", "free radical", "antioxidant", "oxidative stress", "eczema",
                "psoriasis", "natto", "fat-soluble vitamin", "half-life", "bioavailability", "anticoagulant",
                "insulin sensitivity", "probiotic", "cirrhosis")) {
            assertTrue(glossary.lookup(name).isPresent(), name);
        }
    }

    @Test
    void theCheckReportsWhatIsWrong() {
        Term unused = new Term("unused", "zeolite", List.of(), "A mineral.", "", List.of("nowhere"), "mineral",
                false, Term.Origin.BUNDLED);
        Term twoSentences = new Term("two", "calcium", List.of(), "A mineral. It is in bone.", "", List.of("two"),
                "mineral", false, Term.Origin.BUNDLED);
        Term linkOnly = new Term("link", "osteoclast", List.of(), "A cell that breaks down bone.", "", List.of(),
                "biology", true, Term.Origin.BUNDLED);
        Glossary bad = new Glossary(List.of(unused, twoSentences, linkOnly));
        List<String> problems = GlossaryCheck.problems(bad, MentionIndex.build(library("Calcium is in bone."), bad));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("zeolite") && p.contains("occurs in the library")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("'nowhere' does not exist")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("related to itself")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("not one sentence")));
    }
}
