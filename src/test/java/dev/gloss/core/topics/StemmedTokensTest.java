package dev.gloss.core.topics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StemmedTokensTest {

    @Test
    void joinsTheVerbAndTheNounOfCalcify() {
        List<String> keys = StemmedTokens.of("calcified calcification calcify calcifies Calcifying");
        assertEquals(List.of("calcif", "calcif", "calcif", "calcif", "calcif"), keys);
    }

    @Test
    void splitsOnHyphensAndPunctuation() {
        assertEquals(List.of("mk", "7", "gut", "brain", "axi"), StemmedTokens.of("MK-7, gut-brain axis."));
    }

    @Test
    void dropsPossessives() {
        assertEquals(List.of("vitamin", "k2", "function"), StemmedTokens.of("Vitamin K2’s function"));
        assertEquals(List.of("bodi", "need"), StemmedTokens.of("body's needs"));
    }

    @Test
    void keepsAWordThatOnlyStartsWithAnApostropheS() {
        assertEquals(List.of("it", "sai"), StemmedTokens.of("it'say"));
    }

    @Test
    void emptyTextHasNoWords() {
        assertEquals(List.of(), StemmedTokens.of(" — , "));
    }
}
