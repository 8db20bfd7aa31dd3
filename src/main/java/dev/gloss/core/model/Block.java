package dev.gloss.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of a section. Every block's text is a sequence of {@link TextUnit}s, each shown as one
 * stretch of selectable text; a block's plain text, and a section's, is its units joined by one
 * separator character each, so that offsets into {@link Section#plainText()} (bookmarks, search
 * words, glossary mentions) map to a unit and an offset in it.
 */
public sealed interface Block
        permits Paragraph, ListBlock, CodeBlock, Quote, Callout, Table, ImageBlock, Rule, MathBlock, Footnotes {

    /** The block's text units in reading order. */
    List<TextUnit> units();

    /** The block's text: its units joined, one separator character between two. */
    default String plainText() {
        return TextUnit.join(units());
    }

    /** The units of a list of blocks, in order. */
    static List<TextUnit> unitsOf(List<Block> blocks) {
        List<TextUnit> out = new ArrayList<>();
        for (Block b : blocks) {
            out.addAll(b.units());
        }
        return out;
    }
}
