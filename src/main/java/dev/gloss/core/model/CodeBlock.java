package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Code or other preformatted text, kept verbatim, with its language when the source names one. Its
 * text is in units of at most {@link #LINES_PER_UNIT} lines, joined by the line break between them,
 * so that a reader can lay out a long listing a part at a time.
 */
public record CodeBlock(String text, String language) implements Block {
    public static final int LINES_PER_UNIT = 200;

    public CodeBlock {
        Objects.requireNonNull(text, "text");
        language = language == null || language.isBlank() ? null : language.strip();
    }

    @Override
    public List<TextUnit> units() {
        List<TextUnit> units = new java.util.ArrayList<>();
        int from = 0;
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && ++lines == LINES_PER_UNIT) {
                units.add(unit(text.substring(from, i)));
                from = i + 1;
                lines = 0;
            }
        }
        units.add(unit(text.substring(from)));
        return units;
    }

    private static TextUnit unit(String part) {
        return new TextUnit(List.of(Run.code(part)), TextUnit.Kind.CODE, false);
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
