package dev.gloss.core.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Schwartz and Hearst's abbreviation definitions, on the shapes their paper describes. */
class AbbreviationsTest {
    private static List<String> pairs(String text) {
        return Abbreviations.find(text).stream().map(p -> p.longForm() + " = " + p.shortForm()).toList();
    }

    @Test
    void longFormBeforeTheShortForm() {
        assertEquals(List.of("parathyroid hormone = PTH"), pairs("The kidneys answer parathyroid hormone (PTH) quickly."));
        assertEquals(List.of("central nervous system = CNS"), pairs("It reaches the central nervous system (CNS)."));
        assertEquals(List.of("write-ahead log = WAL"), pairs("A write first goes to the write-ahead log (WAL), then on."));
    }

    @Test
    void theShortestLongFormThatHoldsEveryLetterInOrder() {
        // "heat shock transcription factor (HSF)": not "the heat shock transcription factor".
        assertEquals(List.of("heat shock transcription factor = HSF"),
                pairs("We studied the heat shock transcription factor (HSF) in yeast."));
        assertEquals("Granular Access Tokens", Abbreviations.best("GAT", "Supported methods: Granular Access Tokens"));
    }

    @Test
    void shortFormBeforeTheLongForm() {
        assertEquals(List.of("matrix Gla protein = MGP"), pairs("Levels of MGP (matrix Gla protein) rise."));
    }

    @Test
    void parenthesesThatAreNotAbbreviationsAreLeftAlone() {
        assertEquals(List.of(), pairs("See the table (below) for details (if any)."));
        assertEquals(List.of(), pairs("Call get() to read (or write) a value."));
        assertEquals(List.of(), pairs("An unclosed (PTH parenthesis."));
        assertNull(Abbreviations.best("XYZ", "nothing in common"));
    }
}
