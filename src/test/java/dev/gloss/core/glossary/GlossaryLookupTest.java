package dev.gloss.core.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gloss.core.glossary.Fixtures.glossary;
import static dev.gloss.core.glossary.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryLookupTest {
    private final Glossary bundled = Glossary.bundled();

    private String found(String query) {
        return bundled.find(query).map(l -> l.term().id() + "/" + l.kind()).orElse("none");
    }

    @Test
    void findsByNameOrAliasIgnoringCaseHyphensAndInflection() {
        assertEquals("matrix-gla-protein", bundled.lookup("mgp").orElseThrow().id());
        assertEquals("matrix-gla-protein", bundled.lookup("Matrix Gla-Protein").orElseThrow().id());
        assertEquals("vitamin-k2", bundled.lookup("Menaquinone").orElseThrow().id());
        assertEquals("vitamin-k1", bundled.lookup("phylloquinone").orElseThrow().id());
        assertEquals("gut-brain-axis", bundled.lookup("gut brain axis").orElseThrow().id());
        assertEquals("osteoblast", bundled.lookup("osteoblasts").orElseThrow().id());
        assertEquals("gut-microbiota", bundled.lookup("GUT FLORA").orElseThrow().id());
        assertTrue(bundled.lookup("protein").isEmpty());
        assertEquals("matrix-gla-protein/ALIAS", found("MGP"));
        assertEquals("osteocalcin/NAME", found("Osteocalcin"));
    }

    @Test
    void findsByPrefixAndSubstring() {
        assertEquals(List.of("osteoblast", "osteocalcin", "osteoclast", "osteoporosis"),
                bundled.withPrefix("Osteo").stream().map(Term::id).toList());
        assertTrue(bundled.withPrefix("mk").stream().map(Term::id).toList().containsAll(List.of("mk-4", "mk-7")));
        assertEquals(List.of("gut-brain-axis"), bundled.withPrefix("brain-gut").stream().map(Term::id).toList(),
                "an alias prefix counts");
        assertTrue(bundled.containing("calcification").stream().map(Term::id).toList()
                .containsAll(List.of("calcification", "vascular-calcification")));
        assertEquals("osteoblast/PREFIX", found("osteo"), "the shortest name that begins with the query");
        assertEquals("gut-brain-axis/SUBSTRING", found("axis"));
    }

    @Test
    void forgivesTypos() {
        assertEquals("osteocalcin/TYPO", found("osteocalcn"));
        assertEquals("psoriasis/TYPO", found("psoraisis"), "two swapped letters are one slip");
        assertEquals("osteoporosis/TYPO", found("osteoprosis"));
        assertEquals("matrix-gla-protein/TYPO", found("matrix gla protien"));
        assertEquals("vitamin-k2/TYPO", found("menaqinone"));
        Lookup l = bundled.closest("natoo").orElseThrow();
        assertEquals("natto", l.term().id());
        assertEquals(1, l.distance());
    }

    @Test
    void digitsAndVeryShortQueriesAreNotTypos() {
        assertEquals("none", found("MK-5"), "a different number names a different compound");
        assertEquals("none", found("vitamin K3"));
        assertEquals("none", found("xq"));
        assertEquals("none", found("   "));
        assertEquals("none", found("xyzzy plugh"));
    }

    @Test
    void filterListsExactThenPrefixThenSubstringThenTypos() {
        List<String> ids = bundled.filter("calcium").stream().map(Term::id).toList();
        assertEquals(List.of("calcium", "calcium-homeostasis", "calcium-metabolism"), ids.subList(0, 3));
        assertEquals(List.of("mk-4", "mk-7"), bundled.filter("MK").stream().map(Term::id).toList());
        assertEquals(List.of("warfarin"), bundled.filter("vitamin k antag").stream().map(Term::id).toList(),
                "aliases are searched too");
        assertEquals(List.of("psoriasis"), bundled.filter("psoriasi").stream().map(Term::id).toList());
        assertTrue(bundled.filter("osteocalsin").stream().map(Term::id).toList().contains("osteocalcin"),
                "a typo while typing still finds the term");
        assertTrue(bundled.filter("osteoporsi").stream().map(Term::id).toList().contains("osteoporosis"),
                "a typo in an unfinished word still finds the term");
        assertEquals(bundled.terms(), bundled.filter(""));
    }

    @Test
    void termsAreListedAToZIgnoringCase() {
        List<String> names = bundled.terms().stream().map(t -> Tokens.fold(t.term())).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(bundled.size() >= 40);
    }

    @Test
    void relatedTermsResolveInOrder() {
        Term mgp = bundled.term("matrix-gla-protein").orElseThrow();
        assertEquals(mgp.related(), bundled.related(mgp).stream().map(Term::id).toList());
    }

    @Test
    void aNameSharedByTwoTermsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> glossary(term("a", "matrix Gla protein", "MGP"), term("b", "mgp protein", "mgps")));
        assertTrue(e.getMessage().contains("'mgps' names two glossary terms"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> glossary(term("a", "alpha"), term("a", "beta")));
        assertFalse(glossary(term("a", "alpha", "Alpha", "ALPHA")).terms().isEmpty(),
                "the same name twice within one term is harmless");
    }
}
