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
        return new Paragraph(new PlainText(Objects.requireNonNull(text, "text"), 0, text.length()));
    }

    /**
     * A paragraph of one plain run whose text is {@code source} from {@code start} to {@code end},
     * held as that part of it: for an importer whose paragraphs are most of one text, so that a
     * million short paragraphs are the text once and two small objects each, not a million strings.
     */
    public static Paragraph ofPart(String source, int start, int end) {
        Objects.checkFromToIndex(start, end, source.length());
        return new Paragraph(new PlainText(source, start, end));
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
     * The runs of a paragraph of plain text: one plain run, made when asked for, of its part of a
     * string (often all of it).
     */
    private static final class PlainText extends AbstractList<Run> implements RandomAccess {
        private final String source;
        private final int start;
        private final int end;

        PlainText(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
        }

        @Override
        public Run get(int index) {
            Objects.checkIndex(index, 1);
            return Run.plain(start == 0 && end == source.length() ? source : source.substring(start, end));
        }

        @Override
        public int size() {
            return 1;
        }
    }
}
