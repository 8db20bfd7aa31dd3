package dev.gloss.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A glossary entry: the term, its aliases and abbreviations, a one-sentence definition, a short
 * explanation, the ids of related terms and a category. A related-only term is there to be linked
 * from other entries and need not occur in the library. User terms come from the reader's overlay.
 */
public record Term(String id, String term, List<String> aliases, String definition, String explanation,
                   List<String> related, String category, boolean relatedOnly, Origin origin) {

    /**
     * Where an entry comes from: the glossary that ships with Gloss, the reader's own definitions,
     * or the library itself (found by Gloss; its definition, if any, is a sentence quoted from an article).
     */
    public enum Origin { BUNDLED, USER, AUTO }

    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(origin, "origin");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
        explanation = explanation == null ? "" : explanation;
        category = category == null || category.isBlank() ? "general" : category;
    }

    /** The term followed by its aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(term);
        names.addAll(aliases);
        return names;
    }

    public boolean isUserDefined() {
        return origin == Origin.USER;
    }

    /** Found in the library by Gloss, not written by anyone as a glossary entry. */
    public boolean isAuto() {
        return origin == Origin.AUTO;
    }
}
