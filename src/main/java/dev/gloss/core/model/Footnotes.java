package dev.gloss.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The footnotes of a section, shown at its end. A reference in the text is a superscript run
 * linking to {@code #fn:LABEL}; each note links back to {@code #fnref:LABEL}.
 */
public record Footnotes(List<Note> notes) implements Block {

    /** One footnote: its label as the source gives it ("1", "note") and its blocks. */
    public record Note(String label, List<Block> blocks) {
        public Note {
            Objects.requireNonNull(label, "label");
            blocks = List.copyOf(blocks);
        }
    }

    public static final String REF_PREFIX = "#fn:";
    public static final String BACK_PREFIX = "#fnref:";

    public Footnotes {
        notes = List.copyOf(notes);
    }

    @Override
    public List<TextUnit> units() {
        List<TextUnit> out = new ArrayList<>();
        for (Note n : notes) {
            out.addAll(Block.unitsOf(n.blocks()));
        }
        return out;
    }
}
