package dev.gloss.core.glossary;

import java.util.List;
import java.util.Objects;

/**
 * A term Gloss found in the library by itself: its name as the articles write it, other names
 * (an abbreviation and its expansion), how often and in how many sections it occurs, its score
 * (higher is more characteristic of this library), and the best definition mined from the
 * library's text, quoted exactly, or null when none was found.
 */
public record AutoTerm(String name, List<String> aliases, int count, int sections, double score, Quote quote) {

    /**
     * A sentence of an article that defines a term, exactly as written: the section it is in, its
     * text (a substring of the section's plain text, from {@code start}), and what kind of
     * definition it is.
     */
    public record Quote(String sectionId, String text, int start, Pattern pattern) {
        public Quote {
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /** How a quote defines its term, strongest first. */
    public enum Pattern {
        /** "X is defined as ...", "X refers to ...", "X is a type of ...". */
        DEFINED_AS,
        /** "X is a ...", "X is an ...". */
        IS_A,
        /** "X, also known as Y, ...", "X (also called Y)". */
        ALSO_KNOWN_AS,
        /** "X means ...", "X is the ...". */
        MEANS,
        /** "X are ...". */
        ARE,
        /** "long form (SF)": an abbreviation and its expansion, the Schwartz–Hearst way. */
        ABBREVIATION
    }

    public AutoTerm {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public AutoTerm withQuote(Quote q) {
        return new AutoTerm(name, aliases, count, sections, score, q);
    }
}
