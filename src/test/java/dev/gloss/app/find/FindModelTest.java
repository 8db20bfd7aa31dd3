package dev.gloss.app.find;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindModelTest {

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        List<FindModel.Match> m = FindModel.find(List.of("Calcium and calcium", "no", "CALCIUM"), "calcium");
        assertEquals(List.of(new FindModel.Match(0, 0, 7), new FindModel.Match(0, 12, 19), new FindModel.Match(2, 0, 7)), m);
    }

    @Test
    void blankQueryFindsNothingAndOverlapsAreNotCountedTwice() {
        assertTrue(FindModel.find(List.of("text"), "  ").isEmpty());
        assertEquals(2, FindModel.find(List.of("aaaa"), "aa").size());
    }
}
