package dev.gloss.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** A paragraph of inline runs. */
public record Paragraph(List<Run> runs) implements Block {

    public Paragraph {
        runs = runs instanceof PlainText ? runs : List.copyOf(runs);
    }

    /** A paragraph of one plain run: held as its text alone, as most paragraphs of a text file are. */
    public static Paragraph of(String text) {
        return new Paragraph(new PlainText(Objects.requireNonNull(text, "text")));
    }

    @Override
    public List<TextUnit> units() {
        return List.of(TextUnit.prose(runs));
    }

    @Override
    public String plainText() {
        return Runs.text(runs);
    }

    /**
     * The runs of a paragraph of plain text: one plain run, made when asked for. A text file of
     * a million short paragraphs keeps a string and this per paragraph, not a run and a list too.
     */
    private static final class PlainText extends AbstractList<Run> implements RandomAccess {
        private final String text;

        PlainText(String text) {
            this.text = text;
        }

        @Override
        public Run get(int index) {
            Objects.checkIndex(index, 1);
            return Run.plain(text);
        }

        @Override
        public int size() {
            return 1;
        }
    }
}
