package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Glossary;
import dev.gloss.core.glossary.Term;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/** The glossary's terms A to Z, filtered as the reader types: a term, an abbreviation or part of one. */
public final class TermListViewModel {
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    /** A read-only view, held here: it listens to its list only weakly. */
    private final ObservableList<Term> termsView = FXCollections.unmodifiableObservableList(terms);
    private final StringBinding noMatch;
    private Glossary glossary;

    TermListViewModel(ObservableBooleanValue ready) {
        filter.addListener((obs, o, text) -> refilter());
        noMatch = Bindings.createStringBinding(() -> ready.get()
                ? "No term matches “" + filterText().strip() + "”. Define… adds your own." : "", filter, ready);
    }

    /** Lists the terms of a glossary just opened or changed, under the filter as it is. */
    void show(Glossary opened) {
        glossary = opened;
        refilter();
    }

    private void refilter() {
        if (glossary != null) {
            terms.setAll(glossary.filter(filterText()));
        }
    }

    private String filterText() {
        return filter.get() == null ? "" : filter.get();
    }

    /** Brings every term back, so that one the filter hid can be seen chosen. */
    void showAll() {
        filter.set("");
    }

    /** The term that matches the filter best, which Enter in the filter chooses. */
    public Optional<Term> bestMatch() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    /** What Define… starts from when no suggestion is picked: the filter's text, when no term matches it. */
    String termToDefine() {
        return terms.isEmpty() ? filterText().strip() : "";
    }

    /** What the reader typed into the filter field. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The terms that match the filter: all of them A to Z when it is empty. */
    public ObservableList<Term> terms() {
        return termsView;
    }

    /** What the list says when no term matches the filter, once the glossary is ready. */
    public StringBinding noMatchProperty() {
        return noMatch;
    }

    public String getNoMatch() {
        return noMatch.get();
    }
}
