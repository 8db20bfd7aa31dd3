package dev.gloss.core.glossary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gloss.core.glossary.Fixtures.glossary;
import static dev.gloss.core.glossary.Fixtures.library;
import static dev.gloss.core.glossary.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionMatchingTest {

    private static List<String> found(Glossary g, String text) {
        return g.matcher().find(text).stream()
                .map(m -> m.termId() + "=" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void pluralsAndInflectionsMatchTheirTerm() {
        Glossary g = glossary(term("osteoblast", "osteoblast"), term("calcification", "calcification"),
                term("artery", "artery"), term("cytokine", "cytokine"),
                term("mineralization", "bone mineralization"), term("fermentation", "fermentation"));
        String text = "Osteoblasts calcified the arteries; inflammatory cytokines; "
                + "bone mineralisation; fermented soybeans; calcifying and calcifications.";
        assertEquals(List.of("osteoblast=Osteoblasts", "calcification=calcified", "artery=arteries",
                "cytokine=cytokines", "mineralization=bone mineralisation", "fermentation=fermented",
                "calcification=calcifying", "calcification=calcifications"), found(g, text));
    }

    @Test
    void stemmerJoinsWordFamiliesAndKeepsOthersApart() {
        assertEquals(Stemmer.stem("calcification"), Stemmer.stem("calcified"));
        assertEquals(Stemmer.stem("calcify"), Stemmer.stem("calcifies"));
        assertEquals(Stemmer.stem("activation"), Stemmer.stem("activated"));
        assertEquals(Stemmer.stem("fracture"), Stemmer.stem("fractures"));
        assertEquals(Stemmer.stem("studies"), Stemmer.stem("study"));
        assertEquals(Stemmer.stem("clot"), Stemmer.stem("clotting"));
        assertEquals("osteoporosis", Stemmer.stem("osteoporosis"), "a word ending in -is is not a plural");
        assertEquals("mk", Stemmer.stem("MK"));
        assertEquals("gas6", Stemmer.stem("Gas6"), "names with digits are left alone");
        assertTrue(!Stemmer.stem("organ").equals(Stemmer.stem("organic")));
    }

    @Test
    void theLongestTermWins() {
        Glossary g = glossary(term("protein", "protein"), term("mgp", "matrix Gla protein", "MGP"),
                term("bone", "bone"), term("density", "bone density"), term("k", "vitamin K"), term("k2", "vitamin K2"));
        assertEquals(List.of("mgp=matrix Gla protein", "protein=protein", "density=bone density", "bone=bone",
                        "k2=Vitamin K2", "k=vitamin K"),
                found(g, "matrix Gla protein is a protein; bone density of the bone; Vitamin K2, not vitamin K."));
    }

    @Test
    void termsMatchOnlyWholeWords() {
        Glossary g = glossary(term("mgp", "matrix Gla protein", "MGP"), term("gas6", "Gas6"), term("cal", "calcium"));
        assertEquals(List.of(), found(g, "SMGP, MGPX, xMGP, Gas66, Gas, calciumcarbonate, hypocalcium"));
        assertEquals(List.of("mgp=MGP", "mgp=MGP", "gas6=Gas6"), found(g, "(MGP) MGP. Gas6"));
    }

    @Test
    void hyphensAndSpacesAreInterchangeableButLinesAndPunctuationSeparate() {
        Glossary g = glossary(term("gba", "gut-brain axis"), term("mk7", "MK-7"), term("half", "half-life"));
        assertEquals(List.of("gba=gut brain axis", "gba=Gut-Brain Axis", "mk7=MK-7", "mk7=MK 7", "half=half-life"),
                found(g, "the gut brain axis and the Gut-Brain Axis; MK-7.MK 7 has a half-life"));
        assertEquals(List.of(), found(g, "the gut.\nbrain axis, gut, brain axis"));
    }

    @Test
    void possessivesAndCurlyApostrophesMatch() {
        Glossary g = glossary(term("pd", "Parkinson's disease"), term("k2", "vitamin K2"));
        assertEquals(List.of("k2=Vitamin K2", "pd=Parkinson’s disease"),
                found(g, "Vitamin K2’s role in Parkinson’s disease"));
    }

    @Test
    void mentionsPointIntoTheSectionTextAndCarryTheirSentence() {
        Glossary g = glossary(term("mgp", "matrix Gla protein", "MGP"));
        Library lib = library("First line.\nIt activates MGP. Then MGP binds calcium! Done",
                "No mention here.");
        MentionIndex index = MentionIndex.build(lib, g);
        Section s = lib.section("a/s1").orElseThrow();
        List<Mention> mentions = index.inSection("a/s1");
        assertEquals(2, mentions.size());
        for (Mention m : mentions) {
            assertEquals("MGP", s.plainText().substring(m.start(), m.end()));
            assertEquals(s.plainText().substring(m.sentenceStart(), m.sentenceStart() + m.sentence().length()),
                    m.sentence());
            assertEquals("MGP", m.sentence().substring(m.startInSentence(), m.endInSentence()));
        }
        assertEquals("It activates MGP.", mentions.get(0).sentence());
        assertEquals("Then MGP binds calcium!", mentions.get(1).sentence());
        TermMentions tm = index.of("mgp");
        assertEquals(2, tm.total());
        assertEquals(1, tm.sections().size());
        assertEquals("a/s1", tm.sections().get(0).sectionId());
        assertEquals("a", tm.sections().get(0).articleId());
        assertTrue(index.inSection("a/s2").isEmpty());
    }

    @Test
    void aLongRunOnSentenceIsCutAroundTheMention() {
        String filler = "word ".repeat(200);
        String text = filler + "MGP " + filler;
        Sentences.Span span = Sentences.around(text, filler.length(), filler.length() + 3);
        assertTrue(span.end() - span.start() <= Sentences.MAX_LENGTH);
        assertTrue(text.substring(span.start(), span.end()).contains("MGP"));
    }

    @Test
    void theBundledLibraryHasTheExpectedMentions() {
        Library lib = BundledLibrary.load();
        Glossary g = Glossary.bundled();
        MentionIndex index = MentionIndex.build(lib, g);
        String section = "vitamin-k2-and-soft-tissue-calcium/how-vitamin-k2-supports-calcium-removal";
        String text = lib.section(section).orElseThrow().plainText();
        List<String> marked = index.inSection(section).stream()
                .map(m -> m.termId() + "=" + text.substring(m.start(), m.end())).toList();
        assertTrue(marked.contains("matrix-gla-protein=Matrix Gla-protein"), marked.toString());
        assertTrue(marked.contains("osteoblast=osteoblasts"), marked.toString());
        assertTrue(marked.stream().noneMatch(s -> s.endsWith("=protein")), "no bare 'protein' entry steals MGP");
        TermMentions mgp = index.of("matrix-gla-protein");
        assertEquals(2, mgp.sections().size(), "MGP appears in one section of each of two articles");
        assertEquals(5, mgp.total());
    }
}
