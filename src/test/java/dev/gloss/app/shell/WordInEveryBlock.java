package dev.gloss.app.shell;

import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.MathBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Rule;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.Table;
import dev.gloss.core.model.TitleKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article, built from the model's constructors, with the word "quasar" once in every kind of
 * block that has text (a paragraph, an item of a nested list, code, a table cell, a callout, a
 * quote, an image's caption, a footnote), then a second section with a table long enough that its
 * later rows are not shown at first, the word in one shown row and one hidden row. Long paragraphs
 * between the blocks make the article taller than the window.
 */
public final class WordInEveryBlock {
    public static final String ID = "word-everywhere";
    public static final String KINDS = ID + "/kinds";
    public static final String DATA = ID + "/data";
    public static final String WORD = "quasar";
    public static final String OTHER = "another-article";
    public static final int TABLE_ROWS = 1_000;
    /** The long table's rows with the word: one shown at first, one not. */
    public static final int SHOWN_ROW = 2;
    public static final int HIDDEN_ROW = 900;
    public static final String CODE = "int light = 0;\nint quasar = 1; // far\nreturn light;";

    /** The texts holding the word, in reading order, each as its text block shows it. */
    public static final List<String> TEXTS = List.of(
            "A quasar shines in a paragraph.",
            "A quasar in a nested item",
            CODE,
            "quasar light",
            "Mind the quasar in a callout.",
            "A quoted quasar, set off from the text.",
            "Figure 1: a quasar, as a caption says.",
            "The quasar note.",
            "row quasar " + SHOWN_ROW,
            "row quasar " + HIDDEN_ROW);

    private WordInEveryBlock() {
    }

    private static Paragraph filler(int n) {
        return Paragraph.of(("Filler text number " + n + " fills the column so that the article is taller than "
                + "the window and each block must be scrolled to. ").repeat(6));
    }

    public static Article article() {
        List<Block> kinds = List.of(
                Paragraph.of("An article about light, and one word in every block."),
                filler(1),
                Paragraph.of(TEXTS.get(0)),
                filler(2),
                new ListBlock(false, 1, List.of(
                        new ListItem(List.of(Paragraph.of("Outer item"),
                                new ListBlock(false, 1, List.of(new ListItem(List.of(Paragraph.of(TEXTS.get(1))), null)))),
                                null),
                        new ListItem(List.of(Paragraph.of("Second outer item")), null))),
                filler(3),
                new CodeBlock(CODE, "java"),
                filler(4),
                new Table(List.of(
                        List.of(List.of(Run.plain("Name")), List.of(Run.plain("Kind"))),
                        List.of(List.of(Run.plain("3C 273")), List.of(Run.plain(TEXTS.get(3))))),
                        1, List.of()),
                filler(5),
                new Callout(Callout.Kind.WARNING, null, List.of(Paragraph.of(TEXTS.get(4)))),
                filler(6),
                new Quote(List.of(Paragraph.of(TEXTS.get(5)))),
                new Rule(),
                new MathBlock("L = 4 pi d^2 F"),
                filler(7),
                new ImageBlock("A bright point", null, List.of(Run.plain(TEXTS.get(6))), "https://example.org/q.png"),
                filler(8),
                new Footnotes(List.of(new Footnotes.Note("1", List.of(Paragraph.of(TEXTS.get(7)))))));
        List<List<List<Run>>> rows = new ArrayList<>();
        rows.add(List.of(List.of(Run.plain("Row")), List.of(Run.plain("Value"))));
        for (int r = 1; r < TABLE_ROWS; r++) {
            String value = r == SHOWN_ROW || r == HIDDEN_ROW ? "row " + WORD + " " + r : "value " + r;
            rows.add(List.of(List.of(Run.plain("r" + r)), List.of(Run.plain(value))));
        }
        Section one = new Section(KINDS, "Every kind", TitleKind.HEADING, 2, null, kinds);
        Section two = new Section(DATA, "Data", TitleKind.HEADING, 2, null, List.of(
                Paragraph.of("A long table follows."), new Table(rows, 1, List.of()), Paragraph.of("After the table.")));
        return new Article(ID, "Light everywhere", List.of(one, two), new Article.Origin("light.md", "markdown"));
    }

    /** A library of this article and another one, to go to and come back from, as the window loads one. */
    public static LibrarySource source() {
        Article other = new Article(OTHER, "Another article", List.of(new Section(OTHER + "/only", "Only",
                TitleKind.HEADING, 2, null, List.of(Paragraph.of("Something else to read.")))),
                new Article.Origin("other.md", "markdown"));
        Library library = new Library(List.of(article(), other));
        return new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return Optional.of(ID);
            }

            @Override
            public Optional<Article> article(String id) {
                return library.article(id);
            }

            @Override
            public Library load() {
                return library;
            }
        };
    }
}
