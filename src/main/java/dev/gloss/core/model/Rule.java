package dev.gloss.core.model;

import java.util.List;

/** A horizontal rule, a break between parts of a section. It has no text. */
public record Rule() implements Block {

    @Override
    public List<TextUnit> units() {
        return List.of();
    }
}
