package dev.gloss.app.find;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Find in the current article, as the bar holds it: what is looked for, every match in the
 * article's reading texts, the one the reader is at and the "3 of 12" that says so. Where the
 * reader is on the page is the bar's to tell: it is a matter of the view.
 */
public final class FindViewModel {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private List<FindModel.Match> matches = List.of();
    private int current = -1;
    /** The reading text at the top of the view when the bar was opened; -1 when not known. */
    private int anchor = -1;

    public StringProperty queryProperty() {
        return query;
    }

    /** "3 of 12", "No matches", or nothing while the query is blank. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Every match, in reading order. */
    public List<FindModel.Match> matches() {
        return matches;
    }

    /** The match the reader is at, if any. */
    public Optional<FindModel.Match> current() {
        return current >= 0 ? Optional.of(matches.get(current)) : Optional.empty();
    }

    /** The bar opens with the reader at this reading text (-1 when not known): find starts there. */
    public void openedAt(int readingText) {
        anchor = readingText;
    }

    /** Another article: find starts again from where the reader will be. */
    public void articleChanged() {
        current = -1;
        anchor = -1;
    }

    /**
     * Finds the query in {@code texts} (the article's whole text, shown or not yet). The match to
     * be at is the first from the one the reader was at, else from where the bar was opened, else
     * the one {@code firstInView} picks out of the matches.
     */
    public void search(List<String> texts, ToIntFunction<List<FindModel.Match>> firstInView) {
        FindModel.Match from = current().orElse(null);
        matches = FindModel.find(texts, query.get());
        current = matches.isEmpty() ? -1 : from != null ? firstFrom(from.block(), from.start())
                : anchor >= 0 ? firstFrom(anchor, 0) : firstInView.applyAsInt(matches);
        updateCount();
    }

    /** To the next match ({@code step} 1) or the previous (-1), round the end; false if there is none. */
    public boolean move(int step) {
        if (matches.isEmpty()) {
            return false;
        }
        current = Math.floorMod(current + step, matches.size());
        updateCount();
        return true;
    }

    /** The bar closed: the matches go. */
    public void close() {
        matches = List.of();
        current = -1;
    }

    /** The first match at or after a place in the reading texts, else the first of all (find wraps). */
    private int firstFrom(int block, int offset) {
        for (int i = 0; i < matches.size(); i++) {
            FindModel.Match m = matches.get(i);
            if (m.block() > block || m.block() == block && m.start() >= offset) {
                return i;
            }
        }
        return 0;
    }

    private void updateCount() {
        count.set(query.get().isBlank() ? ""
                : matches.isEmpty() ? "No matches" : (current + 1) + " of " + matches.size());
    }
}
