package dev.gloss.app.search;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.core.search.Highlight;
import dev.gloss.core.search.Snippet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section last opened from a result (or from related reading) and the words to mark in it.
 * The words are marked while that section is being read: going anywhere else lets them go.
 */
final class OpenedResult {

    /** The section opened, and the query's words to mark in it. */
    record Opened(String sectionId, Highlight highlight) {
    }

    private final ReaderState reader;
    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>(this, "opened");

    OpenedResult(ReaderState reader) {
        this.reader = reader;
        reader.placeProperty().addListener((obs, o, place) -> {
            Opened was = opened.get();
            if (was != null && (place == null || !place.sectionId().equals(Optional.of(was.sectionId())))) {
                opened.set(null);
            }
        });
    }

    /** Opens a section, scrolled into view, with {@code highlight}'s words marked. */
    void open(String sectionId, Highlight highlight) {
        reader.openSection(sectionId);
        opened.set(new Opened(sectionId, highlight));
    }

    /** Lets the marks go. */
    void forget() {
        opened.set(null);
    }

    /** Ranges of a section's text to mark, none unless it is the section opened. */
    List<int[]> marksIn(String sectionId, String text) {
        Opened o = opened.get();
        if (o == null || !o.sectionId().equals(sectionId)) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (Snippet.Part part : o.highlight().mark(text)) {
            if (part.matched()) {
                ranges.add(new int[] {at, at + part.text().length()});
            }
            at += part.text().length();
        }
        return ranges;
    }

    ReadOnlyObjectProperty<Opened> property() {
        return opened.getReadOnlyProperty();
    }
}
