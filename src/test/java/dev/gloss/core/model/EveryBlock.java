package dev.gloss.core.model;

import java.util.List;
import java.util.Set;

/** An article with every kind of block, mark and nesting, for round trips and offset checks. */
public final class EveryBlock {
    private EveryBlock() {
    }

    public static Article article() {
        Run link = Run.link("the guide", "../guide/setup.md#install");
        Run both = new Run("both", Set.of(Run.Mark.STRONG, Run.Mark.EMPHASIS));
        Section intro = new Section("tour/introduction", "", TitleKind.NONE, 1, null, List.of(
                new Paragraph(List.of(Run.plain("Read "), link, Run.plain(", then "), both, Run.plain(" and "),
                        Run.code("a  b"), Run.lineBreak(), Run.plain("x"), new Run("2", Set.of(Run.Mark.SUPERSCRIPT)),
                        Run.plain(" H"), new Run("2", Set.of(Run.Mark.SUBSCRIPT)), Run.plain("O "),
                        new Run("gone", Set.of(Run.Mark.STRIKETHROUGH)),
                        new Run("1", Set.of(Run.Mark.SUPERSCRIPT), Footnotes.REF_PREFIX + "1")))));
        Section setup = new Section("tour/setup", "Setup", TitleKind.HEADING, 2, null, List.of(
                new CodeBlock("  indented first line\n\tthen a tab\n\nend", "python"),
                new ListBlock(false, 1, List.of(
                        new ListItem(List.of(new Paragraph(List.of(Run.plain("outer"))),
                                new ListBlock(true, 3, List.of(new ListItem(List.of(Run.plain("inner three"))),
                                        new ListItem(List.of(new Paragraph(List.of(Run.plain("inner four"))),
                                                new CodeBlock("make", null)), null)))), null),
                        new ListItem(List.of(new Paragraph(List.of(Run.plain("done task")))), true),
                        new ListItem(List.of(new Paragraph(List.of(Run.plain("open task")))), false)))));
        Section details = new Section("tour/details", "Details", TitleKind.HEADING, 3, "tour/setup", List.of(
                new Quote(List.of(Paragraph.of("Quoted words."), Paragraph.of("Second quoted paragraph."))),
                new Callout(Callout.Kind.WARNING, "Mind the gap", List.of(Paragraph.of("Careful here."))),
                new Table(List.of(
                        List.of(List.of(Run.plain("Name")), List.of(Run.plain("Size"))),
                        List.of(List.of(Run.code("alpha")), List.of(Run.plain("12"))),
                        List.of(List.of(Run.plain("beta")), List.of())),
                        1, List.of(Table.Align.LEFT, Table.Align.RIGHT)),
                new ImageBlock("A chart of sizes", "images/0123456789abcdef.png",
                        List.of(Run.plain("Sizes by "), Run.emphasis("name")), "img/chart.png"),
                new ImageBlock("Remote photo", null, List.of(), "https://example.com/p.jpg"),
                new Rule(),
                new MathBlock("e^{i\\pi} + 1 = 0"),
                new Footnotes(List.of(new Footnotes.Note("1", List.of(Paragraph.of("The note's text.")))))));
        return new Article("tour", "A tour of every block", List.of(intro, setup, details),
                new Article.Origin("tour.md", "markdown"),
                new Article.Meta("Ada Writer", "2024-03-05", "https://example.com/tour", "Every block, once.",
                        List.of("docs", "tour"), "en"));
    }
}
