package dev.gloss.core.ingest;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordIdsTest {

    @Test
    void numbersEachDistinctWordOnceInTheOrderFirstSeenAcrossGrowth() {
        HeadlessSectioner.WordIds ids = new HeadlessSectioner.WordIds();
        Map<String, Integer> expected = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 50_000; i++) {
                String word = "word" + (i * 7919 % 50_000);
                int id = ids.idOf(word);
                Integer before = expected.putIfAbsent(word, expected.size());
                assertEquals(before == null ? expected.size() - 1 : before, id, word);
            }
        }
        assertEquals(50_000, ids.size());
        assertEquals(ids.idOf("word0"), expected.get("word0"));
    }
}
