package dev.gloss.app.search;

import dev.gloss.core.glossary.Glossary;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.search.Completions;
import dev.gloss.core.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;

/** Completions offered as one types: titles and headings of the library, then glossary terms. */
final class TypedCompletions {

    private static final int COMPLETIONS = 5;

    /** The glossary's terms: read once, on the search worker. */
    private volatile List<String> glossaryTerms;

    /** The titles, headings and terms that {@code text} begins; run on the search worker. */
    List<String> of(SearchIndex searched, String text) {
        List<String> found = new ArrayList<>(searched.completions(text, COMPLETIONS));
        if (found.size() < COMPLETIONS) {
            List<String> terms = glossaryTerms;
            if (terms == null) {
                terms = Glossary.bundled().terms().stream().map(Term::term).toList();
                glossaryTerms = terms;
            }
            for (String term : Completions.matching(terms, text, COMPLETIONS)) {
                if (found.size() < COMPLETIONS && found.stream().noneMatch(term::equalsIgnoreCase)) {
                    found.add(term);
                }
            }
        }
        return found;
    }
}
