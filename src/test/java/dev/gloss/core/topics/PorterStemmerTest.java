package dev.gloss.core.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PorterStemmerTest {

    /** The examples of Porter's 1980 paper, step by step. */
    @ParameterizedTest
    @CsvSource({
        "caresses,caress", "ponies,poni", "ties,ti", "caress,caress", "cats,cat",
        "feed,feed", "agreed,agre", "plastered,plaster", "bled,bled", "motoring,motor", "sing,sing",
        "conflated,conflat", "troubled,troubl", "sized,size", "hopping,hop", "tanned,tan", "falling,fall",
        "hissing,hiss", "fizzed,fizz", "failing,fail", "filing,file", "happy,happi", "sky,sky",
        "relational,relat", "conditional,condit", "rational,ration", "valenci,valenc", "hesitanci,hesit",
        "digitizer,digit", "conformabli,conform", "radicalli,radic", "differentli,differ", "vileli,vile",
        "analogousli,analog", "vietnamization,vietnam", "predication,predic", "operator,oper",
        "feudalism,feudal", "decisiveness,decis", "hopefulness,hope", "callousness,callous",
        "formaliti,formal", "sensitiviti,sensit", "sensibiliti,sensibl", "triplicate,triplic",
        "formative,form", "formalize,formal", "electriciti,electr", "electrical,electr", "hopeful,hope",
        "goodness,good", "revival,reviv", "allowance,allow", "inference,infer", "airliner,airlin",
        "gyroscopic,gyroscop", "adjustable,adjust", "defensible,defens", "irritant,irrit",
        "replacement,replac", "adjustment,adjust", "dependent,depend", "adoption,adopt",
        "homologou,homolog", "communism,commun", "activate,activ", "angulariti,angular",
        "homologous,homolog", "effective,effect", "bowdlerize,bowdler", "probate,probat", "rate,rate",
        "cease,ceas", "controll,control", "roll,roll", "generalizations,gener", "oscillators,oscil"
    })
    void stemsThePapersExamples(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }

    /** The reference implementation's two departures from the paper. */
    @ParameterizedTest
    @CsvSource({"archaeology,archaeolog", "possibly,possibl", "sensibly,sensibl"})
    void followsTheReferenceImplementation(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }

    @Test
    void agreesWithTheReferenceOnTheLibrarysVocabularyAndMore() throws IOException {
        List<String> differences = new ArrayList<>();
        int pairs = 0;
        try (InputStream in = getClass().getResourceAsStream("porter-pairs.txt")) {
            assertNotNull(in, "porter-pairs.txt is on the test class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] pair = line.split(" ");
                pairs++;
                String stem = PorterStemmer.stem(pair[0]);
                if (!stem.equals(pair[1])) {
                    differences.add(pair[0] + " → " + stem + ", expected " + pair[1]);
                }
            }
        }
        assertTrue(pairs > 2000, "the fixture holds the pairs: " + pairs);
        assertEquals(List.of(), differences);
    }

    @Test
    void leavesShortAndNonLetterWordsAlone() {
        assertEquals("is", PorterStemmer.stem("is"));
        assertEquals("k2", PorterStemmer.stem("k2"));
        assertEquals("mk7s", PorterStemmer.stem("mk7s"));
        assertEquals("cafés", PorterStemmer.stem("cafés"));
        assertEquals("Bones", PorterStemmer.stem("Bones"), "callers lowercase first");
    }
}
