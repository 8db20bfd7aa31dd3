package dev.gloss.core.glossary;

/**
 * The answer to a lookup: the term found, how it was found, and the name or alias it matched
 * ({@code distance} counts the typing slips of a {@link Kind#TYPO} match, 0 otherwise).
 */
public record Lookup(Term term, Kind kind, String matchedName, int distance) {

    public enum Kind {
        /** The term's own name, up to case, hyphens and inflection. */
        NAME,
        /** One of its aliases or abbreviations. */
        ALIAS,
        /** A name or alias close to the query, within a few typing slips. */
        TYPO,
        /** A name or alias that begins with the query. */
        PREFIX,
        /** A name or alias that contains the query. */
        SUBSTRING
    }

    public boolean isExact() {
        return kind == Kind.NAME || kind == Kind.ALIAS;
    }
}
