package dev.gloss.app.glossary;

import dev.gloss.app.article.SectionMark;
import dev.gloss.core.glossary.Lookup;
import dev.gloss.core.glossary.Mention;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The glossary in the article: the marks of its terms in the sections' text, the note a term's
 * popover shows, and Look Up of a word or phrase the reader selected.
 */
public final class ArticleTermsViewModel {
    /** Selections longer than this are passages, not words to look up. */
    static final int MAX_LOOKUP_LENGTH = 60;

    private final GlossaryViewModel glossary;

    ArticleTermsViewModel(GlossaryViewModel glossary) {
        this.glossary = glossary;
    }

    /** The term a mark in the article stands for. */
    public Optional<Term> term(String termId) {
        return glossary.service().flatMap(s -> s.glossary().term(termId));
    }

    /**
     * Marks for the article, as dense as the reading settings say: by default the first mention of
     * each term in a section (marking every mention would underline "vitamin K2" and "calcium" in
     * nearly every line of a library about them), or every mention, or none.
     */
    public List<SectionMark> marksOf(String sectionId) {
        TermMarks density = readingSettings().getValue().termMarks();
        if (glossary.service().isEmpty() || density == TermMarks.NONE) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<SectionMark> marks = new ArrayList<>();
        for (Mention m : glossary.service().get().mentions().inSection(sectionId)) {
            if (density == TermMarks.EVERY || seen.add(m.termId())) {
                marks.add(new SectionMark(m.start(), m.end(), m.termId()));
            }
        }
        return marks;
    }

    /** The reading settings, whose density of marks {@link #marksOf} follows. */
    public ObservableValue<ReadingSettings> readingSettings() {
        return glossary.reader().readingProperty();
    }

    /** Whether the article marks the glossary's terms (View > Mark Glossary Terms). */
    public BooleanProperty markingProperty() {
        return glossary.reader().glossaryMarkingProperty();
    }

    /** The line a popover shows under an automatic term's name; null for the glossary's own terms. */
    public String popoverNote(Term term) {
        if (term == null || !term.isAuto()) {
            return null;
        }
        return glossary.quoteOf(term).map(q -> "From your articles: " + glossary.quoteSource(q))
                .orElse("Found in your articles; none of them defines it.");
    }

    /** Whether a selection is something to look up: a word or phrase on one line. */
    public static boolean canLookUp(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty() && t.length() <= MAX_LOOKUP_LENGTH && t.indexOf('\n') < 0;
    }

    /**
     * Look Up of a selection in the article: the term whose mention there holds the selection comes
     * first ("vitamin" selected inside "vitamin K2" is vitamin K2), then the words themselves.
     */
    public void lookUp(String text, Optional<String> sectionId, Optional<SectionMark> selection) {
        if (glossary.service().isPresent() && sectionId.isPresent() && selection.isPresent()) {
            SectionMark at = selection.get();
            for (Mention m : glossary.service().get().mentions().inSection(sectionId.get())) {
                if (m.start() <= at.start() && at.end() <= m.end()) {
                    glossary.showInPanel(m.termId());
                    return;
                }
            }
        }
        lookUp(text);
    }

    /**
     * Looks up a word or phrase from the article: shows its glossary entry when the glossary has
     * the term, one of its aliases, or a near miss of one; otherwise hands the text to the library
     * search, when there is one.
     */
    public void lookUp(String text) {
        String query = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (query.isEmpty()) {
            glossary.reader().status().tell("Select a word or phrase to look up.");
            return;
        }
        if (glossary.service().isEmpty()) {
            glossary.reader().status().tell("The glossary is still getting ready; try again in a moment.");
            return;
        }
        Optional<Lookup> found = glossary.service().get().glossary().find(query)
                .filter(l -> l.isExact() || l.kind() == Lookup.Kind.TYPO);
        if (found.isPresent()) {
            glossary.showInPanel(found.get().term().id());
        } else if (!glossary.reader().searchRequests().send(query)) {
            glossary.reader().status().tell("No glossary entry for “" + query + "”.");
        }
    }
}
