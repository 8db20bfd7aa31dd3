package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;

/** Code or other preformatted text, kept verbatim, with its language when the source names one. */
public record CodeBlock(String text, String language) implements Block {

    public CodeBlock {
        Objects.requireNonNull(text, "text");
        language = language == null || language.isBlank() ? null : language.strip();
    }

    @Override
    public List<TextUnit> units() {
        return List.of(new TextUnit(List.of(Run.code(text)), TextUnit.Kind.CODE, false));
    }

    @Override
    public String plainText() {
        return text;
    }

    /** The code's lines, as they are. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
