package dev.gloss.app.reader;

/** What the reader asked to export, wherever they asked (a menu, a panel's button); the export part carries it out. */
public enum Export {
    /** File > Export Article as Markdown: the article being read, with its highlights. */
    ARTICLE,
    /** The topic shown in the sidebar, its sections together. */
    TOPIC,
    /** Every article of the library. */
    LIBRARY,
    /** The glossary's terms as flashcards. */
    GLOSSARY_CARDS,
    /** The highlighted passages as flashcards. */
    HIGHLIGHT_CARDS
}
