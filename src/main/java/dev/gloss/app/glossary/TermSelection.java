package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Term;
import javafx.application.Platform;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

import java.util.function.Consumer;

/**
 * Keeps the list of terms and the chosen term in step: the chosen term is selected in the list and
 * scrolled into view (also after the list is filtered anew), and a term picked in the list is chosen.
 */
final class TermSelection {
    private final ListView<Term> list;
    private final ObservableObjectValue<Term> chosen;
    private final Consumer<String> choose;
    /** Whether the list's selection is being set to the chosen term, which is no pick of the reader's. */
    private boolean following;
    private boolean picking;

    TermSelection(ListView<Term> list, ObservableObjectValue<Term> chosen, Consumer<String> choose) {
        this.list = list;
        this.chosen = chosen;
        this.choose = choose;
        chosen.addListener((obs, o, term) -> follow());
        list.getItems().addListener((ListChangeListener<Term>) c -> follow());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, term) -> pick(term));
        follow();
    }

    /** Whether the term being shown was picked in the list: then the reader is looking through the list. */
    boolean picking() {
        return picking;
    }

    private void pick(Term term) {
        if (term != null && !following) {
            picking = true;
            try {
                choose.accept(term.id());
            } finally {
                picking = false;
            }
        }
    }

    private void follow() {
        Term term = chosen.get();
        following = true;
        try {
            if (term == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(term);
                int index = list.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    // After the next layout, when the list knows its height (it may have just been shown).
                    Platform.runLater(() -> list.scrollTo(Math.max(0, index - 1)));
                }
            }
        } finally {
            following = false;
        }
    }
}
