package dev.gloss.app.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Back and forward through the places visited, as in a web browser: visiting a new place drops
 * the places ahead of the current one; visiting the current place again adds nothing.
 */
public final class NavigationHistory<T> {
    private static final int LIMIT = 200;
    private final List<T> places = new ArrayList<>();
    private int current = -1;

    public void visit(T place) {
        if (current >= 0 && places.get(current).equals(place)) {
            return;
        }
        while (places.size() > current + 1) {
            places.remove(places.size() - 1);
        }
        places.add(place);
        if (places.size() > LIMIT) {
            places.remove(0);
        }
        current = places.size() - 1;
    }

    /** Updates the current place in place, e.g. with where the reader has scrolled to. */
    public void replaceCurrent(T place) {
        if (current >= 0) {
            places.set(current, place);
        }
    }

    public boolean canGoBack() {
        return current > 0;
    }

    public boolean canGoForward() {
        return current >= 0 && current < places.size() - 1;
    }

    public Optional<T> back() {
        if (!canGoBack()) {
            return Optional.empty();
        }
        current--;
        return Optional.of(places.get(current));
    }

    public Optional<T> forward() {
        if (!canGoForward()) {
            return Optional.empty();
        }
        current++;
        return Optional.of(places.get(current));
    }

    public Optional<T> current() {
        return current < 0 ? Optional.empty() : Optional.of(places.get(current));
    }
}
