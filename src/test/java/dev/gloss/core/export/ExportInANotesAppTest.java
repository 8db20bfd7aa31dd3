package dev.gloss.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.bookmarks.TextRange;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.userlibrary.ImportService;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An exported article read the way a notes app reads it: its front matter as YAML (what Obsidian
 * shows as the note's properties) and its body as CommonMark with GitHub's tables. The checks are
 * on what the reader would see (the headings, the table, the quotes, the notes as typed, the
 * links back), not on the text of the file.
 */
class ExportInANotesAppTest {
    private static final String WHEEL = """
            ---
            title: "Truing a wheel: spokes, tension and \\"dish\\""
            author: Ana Lindqvist
            source: https://example.net/workshop/truing-a-wheel?part=1#top
            date: 2025-06-14
            tags: [bike repair, wheels, c++, "tools & jigs"]
            ---

            # Truing a wheel: spokes, tension and "dish"

            A wheel is *true* when the rim runs without wobbling from side to side or hopping up and down.
            Spoke tension holds it there; a spoke key changes it a quarter turn at a time.

            ## Tools

            | Tool | Use | Needed |
            | :--- | :--- | :---: |
            | spoke key | turns the nipples | yes |
            | truing stand | shows the wobble | no |
            | tension meter | reads each spoke's pull | no |

            ## Lateral truing

            Find the spot where the rim rubs the pad. Tighten the spokes on the far side and loosen those on
            the near side, by the same quarter turn, so that the tension overall stays the same.

            ```text
            left  +1/4
            right -1/4
            ```

            ## Checking the dish

            The rim must sit centred between the locknuts. A dishing tool rests on both; see
            [the workshop's guide](https://example.net/workshop/dish) for making one from plywood.
            """;

    private static final String LATERAL_NOTE = """
            Works for small wobbles only:
            # not a heading, what I typed
            > not a quote either
            1. nor a list
            ---
            a *word* with stars and a | bar

            Second paragraph: check again after a ride.""";

    @TempDir
    Path tmp;

    @Test
    void theFrontMatterTheTextTheQuotesAndTheNotesReadAsTheyShould() throws Exception {
        Path data = tmp.resolve("data");
        ImportService imports = new ImportService(data, Set.of(), Clock.systemUTC());
        Article article = imports.article(imports.importFile(Files.writeString(tmp.resolve("wheel.md"), WHEEL))
                .articleId().orElseThrow()).orElseThrow();
        Library library = new Library(List.of(article));
        Section lateral = section(article, "Lateral truing");
        Section dish = section(article, "Checking the dish");
        String passage = "by the same quarter turn, so that the tension overall stays the same";
        int at = lateral.plainText().indexOf(passage);
        assertTrue(at >= 0, lateral.plainText());

        String md;
        try (BookmarkStore bookmarks = BookmarkStore.open(data, Clock.fixed(Instant.parse("2026-04-09T08:30:00Z"), ZoneOffset.UTC))) {
            var quoted = bookmarks.addPassage(article, lateral, new TextRange(at, at + passage.length()), LATERAL_NOTE);
            bookmarks.setColour(quoted.id(), HighlightColour.BLUE);
            bookmarks.addSection(article, dish, "Make the plywood tool.");
            md = new LibraryExport(library, TopicIndex.of(library), bookmarks.resolve(library), ZoneOffset.UTC).markdown(article);
        }

        // The front matter: one YAML document that Obsidian reads as the note's properties.
        assertTrue(md.startsWith("---\n"), md);
        int end = md.indexOf("\n---\n", 4);
        assertTrue(end > 0, md);
        JsonNode props = new YAMLMapper().readTree(md.substring(4, end));
        assertEquals(article.title(), props.path("title").asText());
        assertEquals("Truing a wheel: spokes, tension and \"dish\"", props.path("title").asText());
        assertEquals("Ana Lindqvist", props.path("author").asText());
        assertEquals("https://example.net/workshop/truing-a-wheel?part=1#top", props.path("source").asText());
        assertTrue(props.path("tags").isArray() && props.path("tags").size() == 4, props.toString());
        for (JsonNode tag : props.path("tags")) {
            assertTrue(tag.asText().matches("[\\p{L}\\p{N}_/-]+"), "a tag Obsidian takes: " + tag);
        }
        assertTrue(props.path("topics").isArray(), props.toString());
        for (JsonNode topic : props.path("topics")) {
            assertFalse(topic.asText().isBlank() || topic.asText().equals("General"), props.toString());
        }
        assertEquals(article.id(), props.path("gloss").asText());

        // The body, as a CommonMark reader with GitHub's tables sees it.
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Node doc = parser.parse(md.substring(end + 5));
        List<Node> top = children(doc);
        Heading title = (Heading) top.get(0);
        assertEquals(1, title.getLevel());
        assertEquals(article.title(), text(title));
        List<String> headings = new ArrayList<>();
        for (Node n : top) {
            if (n instanceof Heading h) {
                assertTrue(h == title || h.getLevel() == 2, "only the article's own levels: " + text(h));
                headings.add(text(h));
            }
        }
        List<String> expected = new ArrayList<>(List.of(article.title()));
        article.sections().stream().filter(s -> s.level() > 1).map(Section::title).forEach(expected::add);
        expected.add("Highlights and notes");
        assertEquals(expected, headings, "the headings, and no note or quote taken for one");

        TableBlock table = only(doc, TableBlock.class);
        List<String> cells = new ArrayList<>();
        for (TableCell cell : all(table, TableCell.class)) {
            cells.add(text(cell));
        }
        assertEquals(List.of("Tool", "Use", "Needed", "spoke key", "turns the nipples", "yes"), cells.subList(0, 6));
        assertEquals(TableCell.Alignment.CENTER, all(table, TableCell.class).get(2).getAlignment());
        assertEquals("left  +1/4\nright -1/4\n", only(doc, FencedCodeBlock.class).getLiteral());
        assertTrue(all(doc, Link.class).stream().anyMatch(l -> l.getDestination().equals("https://example.net/workshop/dish")
                && text(l).equals("the workshop's guide")));

        // After "Highlights and notes": the passage as a quote, the note as it was typed, the links back.
        int highlightsAt = top.indexOf(top.stream().filter(n -> n instanceof Heading && text(n).equals("Highlights and notes"))
                .findFirst().orElseThrow());
        List<Node> after = top.subList(highlightsAt + 1, top.size());
        List<BlockQuote> quotes = after.stream().filter(BlockQuote.class::isInstance).map(BlockQuote.class::cast).toList();
        assertEquals(1, quotes.size(), "one quote: the passage (the section bookmark has none)");
        assertEquals(passage, text(quotes.get(0)));
        assertTrue(after.stream().allMatch(n -> n instanceof Paragraph || n instanceof BlockQuote),
                "only quotes and paragraphs under the highlights: " + after);
        List<String> paragraphs = after.stream().filter(Paragraph.class::isInstance).map(ExportInANotesAppTest::text).toList();
        String typed = LATERAL_NOTE.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElseThrow()
                .replace("\n\n", "\u0000");
        List<String> noteParagraphs = List.of(typed.split("\u0000"));
        int first = paragraphs.indexOf(noteParagraphs.get(0));
        assertTrue(first >= 0, "the note's first paragraph, its lines and characters as typed: " + paragraphs);
        assertEquals(noteParagraphs, paragraphs.subList(first, first + noteParagraphs.size()));
        assertTrue(paragraphs.contains("Make the plywood tool."), paragraphs.toString());

        List<String> backLinks = all(doc, Link.class).stream().map(Link::getDestination)
                .filter(d -> d.startsWith("gloss://")).toList();
        assertEquals(List.of("gloss://section/" + lateral.id(), "gloss://section/" + dish.id()), backLinks);
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("#highlight/blue · ")), paragraphs.toString());

        // And it renders: the HTML a Markdown viewer shows has the table, the quote and the note's line breaks.
        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(doc);
        Node again = parser.parse(md.substring(end + 5));
        assertEquals(all(doc, Node.class).size(), all(again, Node.class).size());
        assertTrue(html.contains("<table>") && html.contains("<blockquote>") && html.contains("<br />"), html);
        Files.writeString(tmp.resolve("export.html"), html);
    }

    private static Section section(Article article, String title) {
        return article.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<Node> children(Node parent) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                if (type.isInstance(parent)) {
                    found.add(type.cast(parent));
                }
                super.visitChildren(parent);
            }

            @Override
            public void visit(Text text) {
                if (type.isInstance(text)) {
                    found.add(type.cast(text));
                }
            }
        });
        return found;
    }

    private static <T extends Node> T only(Node root, Class<T> type) {
        List<T> found = all(root, type);
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }

    /** The text a reader sees in a node: its text and code, its line breaks as new lines. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString().strip();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            collect(n, out);
        }
        if (node instanceof Paragraph && node.getNext() != null) {
            out.append("\n\n");
        }
    }
}
