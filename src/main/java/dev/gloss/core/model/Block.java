package dev.gloss.core.model;

/** A block of a section: a paragraph or a list. */
public sealed interface Block permits Paragraph, ListBlock {

    /** The block's text, one paragraph or list item per line, without list markers. */
    String plainText();
}
