package dev.gloss.app.article;

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
import java.util.Set;

/** Articles built from the model's constructors, with every kind of block, for the view's tests and pictures. */
final class EveryBlock {
    static final String ID = "every-block";
    static final String CODE = "public static void main(String[] args) {\n"
            + "    // a line much longer than the column, so that the box scrolls sideways: glossary terms such as vitamin here are code\n"
            + "\tSystem.out.println(\"Hello,   world\");\n}";
    static final String IMAGE = "images/gloss-128.png";

    private EveryBlock() {
    }

    static Article article() {
        List<Block> intro = List.of(
                new Paragraph(List.of(Run.plain("Gloss shows "), Run.strong("strong"), Run.plain(", "),
                        Run.emphasis("emphasis"), Run.plain(", "), Run.code("inline code"), Run.plain(", "),
                        new Run("struck", Set.of(Run.Mark.STRIKETHROUGH)), Run.plain(", H"),
                        new Run("2", Set.of(Run.Mark.SUBSCRIPT)), Run.plain("O, x"),
                        new Run("2", Set.of(Run.Mark.SUPERSCRIPT)), Run.plain(", a "),
                        Run.link("link to the web", "https://example.org/page"), Run.plain(" and a note"),
                        new Run("1", Set.of(Run.Mark.SUPERSCRIPT), "#fn:1"), Run.plain("."))),
                new CodeBlock(CODE, "java"),
                new Table(List.of(
                        List.of(List.of(Run.plain("Vitamin")), List.of(Run.plain("Source")), List.of(Run.plain("Amount"))),
                        List.of(List.of(Run.plain("K1")), List.of(Run.plain("Leafy greens")), List.of(Run.plain("120 µg"))),
                        List.of(List.of(Run.plain("K2 (MK-7)")), List.of(Run.plain("Natto, a fermented soybean dish")),
                                List.of(Run.plain("1,000 µg")))),
                        1, List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.RIGHT)),
                new ImageBlock("The Gloss icon", IMAGE, List.of(Run.plain("Figure 1: the icon, at its natural size.")), IMAGE),
                new ImageBlock("A chart that was not kept", null, List.of(), "https://example.org/chart.png"),
                new Callout(Callout.Kind.WARNING, null, List.of(Paragraph.of("Too much vitamin A is harmful."))),
                new Callout(Callout.Kind.TIP, "Eat your greens", List.of(Paragraph.of("Kale has plenty of K1."))),
                new Quote(List.of(Paragraph.of("A quoted paragraph, set off from the text."))),
                new Rule(),
                new MathBlock("E = mc^2"),
                new ListBlock(false, 1, List.of(
                        new ListItem(List.of(Paragraph.of("First item"),
                                new ListBlock(false, 1, List.of(
                                        new ListItem(List.of(Paragraph.of("Nested item"),
                                                new ListBlock(false, 1, List.of(new ListItem(List.of(Paragraph.of("Deeper item")), null)))),
                                                null))),
                                new CodeBlock("npm install", "sh")), null),
                        new ListItem(List.of(Paragraph.of("A task done")), true),
                        new ListItem(List.of(Paragraph.of("A task to do")), false))),
                new ListBlock(true, 3, List.of(new ListItem(List.of(Run.plain("Third"))), new ListItem(List.of(Run.plain("Fourth"))))),
                new Footnotes(List.of(new Footnotes.Note("1", List.of(Paragraph.of("The note's text.")))))
        );
        Section one = new Section(ID + "/blocks", "Every block", TitleKind.HEADING, 2, null, intro);
        Section two = new Section(ID + "/details", "Details", TitleKind.HEADING, 3, one.id(),
                List.of(Paragraph.of("A subsection about vitamin details.")));
        Section three = new Section(ID + "/deeper", "Deeper still", TitleKind.HEADING, 4, two.id(),
                List.of(Paragraph.of("A sub-subsection.")));
        Section four = new Section(ID + "/more", "More", TitleKind.HEADING, 2, null,
                List.of(Paragraph.of("Another top-level section.")));
        return new Article(ID, "Every kind of block", List.of(one, two, three, four),
                new Article.Origin("every.md", "markdown"));
    }

    /** An article with a table of {@code rows} rows of two cells and a code block of {@code lines} lines. */
    static Article large(int rows, int lines) {
        List<List<List<Run>>> table = new ArrayList<>();
        table.add(List.of(List.of(Run.plain("Row")), List.of(Run.plain("Value"))));
        for (int r = 1; r < rows; r++) {
            table.add(List.of(List.of(Run.plain("r" + r)), List.of(Run.plain("value " + r))));
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            code.append(i > 0 ? "\n" : "").append("line ").append(i);
        }
        Section s = new Section("large/data", "Data", TitleKind.HEADING, 2, null, List.of(
                Paragraph.of("Before the table."),
                new Table(table, 1, List.of()),
                new CodeBlock(code.toString(), null),
                Paragraph.of("After the code.")));
        return new Article("large", "Large", List.of(s), new Article.Origin("large.md", "markdown"));
    }
}
