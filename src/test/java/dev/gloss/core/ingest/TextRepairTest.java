package dev.gloss.core.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "in the body.One of the main | in the body. One of the main",
            "MK-4 and MK-7.MK-4 is found | MK-4 and MK-7. MK-4 is found",
            "the intestines.It’s important | the intestines. It’s important",
            "Really?Yes it is | Really? Yes it is",
            "foods, e.g.Natto and cheese | foods, e.g.Natto and cheese",
            "a dose of 3.5 micrograms | a dose of 3.5 micrograms",
            "the U.S.FDA approved | the U.S.FDA approved",
            "see Fig.The chart | see Fig.The chart",
            "Dr.Smith said | Dr.Smith said",
            "version 2.Then | version 2.Then",
            "an example.com site | an example.com site",
    })
    void mendsGluedSentencesOnly(String in, String out) {
        assertEquals(out, TextRepair.repairSpacing(in));
    }
}
