package dev.gloss.core.model;

import java.util.List;

/**
 * An image or figure. {@code src} is the image's file in the article's folder when Gloss has it,
 * else null (a remote image, never fetched, or one that could not be read): then its {@code alt}
 * text stands in. {@code caption} is the figure's caption, if any; {@code original} where the
 * source pointed, for the reader's information.
 */
public record ImageBlock(String alt, String src, List<Run> caption, String original) implements Block {

    public ImageBlock {
        alt = alt == null ? "" : alt.strip();
        src = src == null || src.isBlank() ? null : src;
        caption = caption == null ? List.of() : List.copyOf(caption);
        original = original == null || original.isBlank() ? null : original;
    }

    public String captionText() {
        return Runs.text(caption);
    }

    /** The text that reads for the image: its caption, else its alt text. */
    @Override
    public List<TextUnit> units() {
        List<Run> text = !caption.isEmpty() ? caption : alt.isEmpty() ? List.of() : List.of(Run.plain(alt));
        return text.isEmpty() ? List.of() : List.of(new TextUnit(text, TextUnit.Kind.CAPTION, false));
    }
}
