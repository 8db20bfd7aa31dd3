package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the library suggests for the glossary: the words and phrases that look like terms but have
 * no entry (Suggest), and the terms found in the articles, which the reader accepts as their own
 * or dismisses.
 */
public final class SuggestionsViewModel {
    private final GlossaryViewModel glossary;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    /** A read-only view, held here: it listens to its list only weakly. */
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");

    SuggestionsViewModel(GlossaryViewModel glossary) {
        this.glossary = glossary;
    }

    void show(List<Candidate> found) {
        candidates.setAll(found);
    }

    /**
     * Makes an automatic term the reader's own, with its quoted definition; it can be edited
     * afterwards like any of theirs. {@code onError} gets a sentence to show when it cannot be.
     */
    public void accept(String termId, Consumer<String> onError) {
        glossary.service().ifPresent(target -> glossary.background().task(() -> target.accept(termId))
                .onSuccess(saved -> {
                    glossary.changed();
                    glossary.choose(saved.id());
                    glossary.reader().status().tell("“" + saved.term()
                            + "” is in your glossary now, with the definition quoted from your articles.");
                })
                .onError(error -> onError.accept(DefinitionsViewModel.messageOf(error)))
                .start());
    }

    /** Dismisses an automatic term: it is no longer shown or marked, now or after a restart. */
    public void dismiss(String termId) {
        glossary.service().ifPresent(target -> {
            String name = target.glossary().term(termId).map(Term::term).orElse("");
            glossary.background().task(() -> target.dismiss(termId))
                    .onSuccess(done -> {
                        glossary.changed();
                        glossary.reader().status().tell("“" + name + "” will not be suggested again.");
                    })
                    .onError(error -> glossary.reader().status().tell(DefinitionsViewModel.messageOf(error)))
                    .start();
        });
    }

    /** Words and phrases of the library that look like terms but have no entry, most frequent first. */
    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }

    /** Whether the panel shows the candidate terms instead of the chosen term. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public boolean isShowing() {
        return showing.get();
    }
}
