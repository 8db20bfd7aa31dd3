package dev.gloss.core.model;

import java.util.List;

/**
 * One item of a list: its blocks (usually one paragraph, then perhaps a nested list or code), and
 * for a task list whether it is checked ({@code null} when it is not a task).
 */
public record ListItem(List<Block> blocks, Boolean checked) {

    public ListItem {
        blocks = List.copyOf(blocks);
    }

    /** An item of one paragraph of runs, where a leading label ("Bone Health:") is its own strong run. */
    public ListItem(List<Run> runs) {
        this(List.of(new Paragraph(runs)), null);
    }

    /** The runs of the item's first paragraph, or none. */
    public List<Run> runs() {
        return blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph p) ? List.of() : p.runs();
    }

    public List<TextUnit> units() {
        return Block.unitsOf(blocks);
    }

    public String plainText() {
        return TextUnit.join(units());
    }
}
