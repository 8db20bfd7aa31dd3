package dev.gloss.app.reader;

import dev.gloss.app.history.NavigationHistory;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.ReadingPosition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.Optional;

/**
 * The reader's way back and forward through the places they went to, with whether each way is
 * open, for the toolbar and the menu. Used on the FX thread.
 */
public final class Navigation {
    private final NavigationHistory<Place> history = new NavigationHistory<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    void visit(Place place) {
        history.visit(place);
        changed();
    }

    Optional<Place> back() {
        Optional<Place> place = history.back();
        changed();
        return place;
    }

    Optional<Place> forward() {
        Optional<Place> place = history.forward();
        changed();
        return place;
    }

    /**
     * Before the reader goes elsewhere: the current visit becomes where they had scrolled to in
     * article {@code a}, section {@code s}, so that Back returns there, not only to where they had jumped.
     */
    void rememberScrolled(Article a, Section s, ReadingPositions positions) {
        if (a != null && s != null && history.current().isPresent()) {
            Optional<ReadingPosition> at = positions.of(a.id()).filter(p -> p.sectionId().filter(s.id()::equals).isPresent());
            history.replaceCurrent(at.map(p -> Place.at(a.id(), s.id(), p.offset())).orElse(Place.section(a.id(), s.id())));
        }
    }

    /** The history is the one source of both; the properties follow it whenever it changes. */
    private void changed() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
