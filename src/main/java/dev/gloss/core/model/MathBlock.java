package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;

/** Display mathematics, kept as its source text (TeX, usually): Gloss does not typeset it. */
public record MathBlock(String source) implements Block {

    public MathBlock {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public List<TextUnit> units() {
        return List.of(new TextUnit(List.of(Run.code(source)), TextUnit.Kind.MATH, false));
    }
}
