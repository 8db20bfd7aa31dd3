package dev.gloss.core.model;

import java.util.List;

/** A quotation: blocks set off from the text. */
public record Quote(List<Block> blocks) implements Block {

    public Quote {
        blocks = List.copyOf(blocks);
    }

    @Override
    public List<TextUnit> units() {
        return Block.unitsOf(blocks);
    }
}
