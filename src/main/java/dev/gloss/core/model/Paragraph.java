package dev.gloss.core.model;

import java.util.List;

/** A paragraph of inline runs. */
public record Paragraph(List<Run> runs) implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    @Override
    public List<TextUnit> units() {
        return List.of(TextUnit.prose(runs));
    }

    @Override
    public String plainText() {
        return Runs.text(runs);
    }
}
