package dev.gloss.core.model;

/** Where a section's title comes from. */
public enum TitleKind {
    /** The untitled introduction before the first heading: shown without a heading. */
    NONE,
    /** A heading line of the source. */
    HEADING,
    /** A question heading ("Q: ..."), shown without its "Q:" marker. */
    QUESTION,
    /** Derived by Gloss from the section's content, for articles without headings. */
    GENERATED
}
