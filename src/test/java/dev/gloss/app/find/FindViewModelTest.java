package dev.gloss.app.find;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindViewModelTest {
    private static final List<String> TEXTS = List.of("Calcium and calcium", "none here", "CALCIUM", "calcium again");

    @Test
    void countsTheMatchesAndGoesRoundTheEndBothWays() {
        FindViewModel find = new FindViewModel();
        find.queryProperty().set("calcium");
        find.search(TEXTS, matches -> 0);
        assertEquals(4, find.matches().size());
        assertEquals("1 of 4", find.countProperty().get());
        assertTrue(find.move(-1));
        assertEquals("4 of 4", find.countProperty().get());
        assertEquals(Optional.of(new FindModel.Match(3, 0, 7)), find.current());
        assertTrue(find.move(1));
        assertEquals("1 of 4", find.countProperty().get());
    }

    @Test
    void startsWhereTheViewSaysWhenNothingElseIsKnown() {
        FindViewModel find = new FindViewModel();
        find.queryProperty().set("calcium");
        find.search(TEXTS, matches -> matches.size() - 1);
        assertEquals("4 of 4", find.countProperty().get());
    }

    @Test
    void startsFromWhereTheBarWasOpenedAndKeepsToTheMatchWhileTheQueryGrows() {
        FindViewModel find = new FindViewModel();
        find.openedAt(2);
        find.queryProperty().set("calc");
        find.search(TEXTS, matches -> 0);
        assertEquals(Optional.of(new FindModel.Match(2, 0, 4)), find.current());
        find.move(1);
        find.queryProperty().set("calcium again");
        find.search(TEXTS, matches -> 0);
        assertEquals("1 of 1", find.countProperty().get());
        assertEquals(Optional.of(new FindModel.Match(3, 0, 13)), find.current());
    }

    @Test
    void anotherArticleForgetsThePlaceAndABlankQuerySaysNothing() {
        FindViewModel find = new FindViewModel();
        find.openedAt(2);
        find.articleChanged();
        find.queryProperty().set("calcium");
        find.search(TEXTS, matches -> 1);
        assertEquals("2 of 4", find.countProperty().get());
        find.queryProperty().set("xylophone");
        find.search(TEXTS, matches -> 0);
        assertEquals("No matches", find.countProperty().get());
        assertFalse(find.move(1));
        find.queryProperty().set(" ");
        find.search(TEXTS, matches -> 0);
        assertEquals("", find.countProperty().get());
        find.close();
        assertTrue(find.matches().isEmpty());
        assertEquals(Optional.empty(), find.current());
    }
}
