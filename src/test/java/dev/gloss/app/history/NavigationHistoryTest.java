package dev.gloss.app.history;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavigationHistoryTest {

    @Test
    void backAndForwardWalkThePlacesVisited() {
        NavigationHistory<String> h = new NavigationHistory<>();
        assertFalse(h.canGoBack());
        h.visit("a");
        h.visit("b");
        h.visit("c");
        assertEquals(Optional.of("b"), h.back());
        assertEquals(Optional.of("a"), h.back());
        assertEquals(Optional.empty(), h.back());
        assertEquals(Optional.of("b"), h.forward());
        assertTrue(h.canGoForward());
    }

    @Test
    void visitingAfterGoingBackDropsThePlacesAhead() {
        NavigationHistory<String> h = new NavigationHistory<>();
        h.visit("a");
        h.visit("b");
        h.back();
        h.visit("c");
        assertFalse(h.canGoForward());
        assertEquals(Optional.of("a"), h.back());
    }

    @Test
    void visitingTheCurrentPlaceAgainAddsNothing() {
        NavigationHistory<String> h = new NavigationHistory<>();
        h.visit("a");
        h.visit("a");
        assertFalse(h.canGoBack());
        h.replaceCurrent("a2");
        assertEquals(Optional.of("a2"), h.current());
    }
}
