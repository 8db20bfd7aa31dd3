package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.TitleKind;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article from Markdown (CommonMark). The first level-one heading is the title, else the
 * first line; every other heading starts a section, whatever its level, since the reader shows one
 * level of sections. Lists are kept, a nested list's items following their parent item in the outer
 * list; emphasis and strong emphasis stay as inline runs; code is plain text; links keep their text;
 * images and raw HTML tags are dropped, and the text of an HTML block is kept without its markup.
 * Nothing is fetched: link and image targets are never looked at.
 */
public final class MarkdownImporter {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownImporter() {
    }

    /** Parses {@code text} into an article with the given id, or the slug of its title when null. */
    public static Article parse(String text, String articleId, Article.Origin origin) throws ImportException {
        return parse(text, articleId, origin, ImportContext.standalone());
    }

    /** As {@link #parse(String, String, Article.Origin)}, images and warnings going through {@code context}. */
    public static Article parse(String text, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        Document document = parseTree(text);
        String title = takeTitle(document)
                .orElseThrow(() -> new ImportException("The file has no text to read."));
        String id = articleId != null ? articleId : Slugs.slug(title);
        ArticleAssembler assembler = new ArticleAssembler(id, title, origin);
        writeBlocks(document, assembler);
        return assembler.build();
    }

    /**
     * commonmark-java merges text nodes recursively, so emphasis nested tens of thousands deep
     * overflows its stack. The error is thrown and caught within this one parse, whose half-built
     * tree is dropped, so nothing is left in a broken state.
     */
    private static Document parseTree(String text) throws ImportException {
        try {
            return (Document) PARSER.parse(TextRepair.normalizeLines(text));
        } catch (StackOverflowError e) {
            throw new ImportException("The Markdown nests emphasis, links or quotes too deeply to be read.");
        }
    }

    /**
     * The first level-one heading, taken out of the document; else the first line of the first
     * block, taken out when it is a heading or a line of its own.
     */
    private static Optional<String> takeTitle(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                String title = MarkdownText.plain(h);
                if (!title.isEmpty()) {
                    h.unlink();
                    return Optional.of(title);
                }
            }
        }
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            Optional<String> line = firstLine(n);
            if (line.isPresent()) {
                return line.map(Titles::shorten);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstLine(Node block) {
        if (block instanceof Heading) {
            String text = MarkdownText.plain(block);
            if (!text.isEmpty()) {
                block.unlink();
                return Optional.of(text);
            }
            return Optional.empty();
        }
        if (block instanceof org.commonmark.node.Paragraph) {
            return takeFirstLineOfParagraph(block);
        }
        String text = blockText(block);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int newline = text.indexOf('\n');
        return Optional.of((newline < 0 ? text : text.substring(0, newline)).strip());
    }

    /** The paragraph's first line; the line and its break are taken out when they are the paragraph's own children. */
    private static Optional<String> takeFirstLineOfParagraph(Node paragraph) {
        List<Node> line = new ArrayList<>();
        Node breakNode = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                breakNode = n;
                break;
            }
            line.add(n);
        }
        InlineRuns runs = new InlineRuns();
        for (Node n : line) {
            MarkdownText.collectNode(n, runs);
        }
        String text = runs.takeText();
        if (text.isEmpty()) {
            String whole = MarkdownText.plain(paragraph);
            return whole.isEmpty() ? Optional.empty() : Optional.of(whole);
        }
        if (text.length() <= Titles.MAX_LENGTH) {
            line.forEach(Node::unlink);
            if (breakNode != null) {
                breakNode.unlink();
            }
            if (paragraph.getFirstChild() == null) {
                paragraph.unlink();
            }
        }
        return Optional.of(text);
    }

    /** Walks the block tree in reading order, without recursion, so that deep nesting cannot overflow the stack. */
    private static void writeBlocks(Document document, ArticleAssembler out) {
        MarkdownText.Walk walk = new MarkdownText.Walk(document);
        for (Node n = walk.next(); n != null; n = walk.next()) {
            if (n instanceof Heading) {
                String title = MarkdownText.plain(n);
                if (!title.isEmpty()) {
                    out.heading(title, TitleKind.HEADING);
                }
            } else if (n instanceof org.commonmark.node.Paragraph) {
                InlineRuns runs = new InlineRuns();
                MarkdownText.collect(n, runs);
                if (!runs.isEmpty()) {
                    out.block(new Paragraph(runs.take()));
                }
            } else if (n instanceof org.commonmark.node.ListBlock list) {
                listBlock(list).ifPresent(out::block);
            } else if (n instanceof BlockQuote) {
                walk.descend(n);
            } else {
                String text = blockText(n);
                if (!text.isEmpty()) {
                    out.block(Paragraph.of(text));
                }
            }
        }
    }

    /** A list with its nested lists' items flattened after their parents, in reading order. */
    private static Optional<ListBlock> listBlock(org.commonmark.node.ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        MarkdownText.Walk walk = new MarkdownText.Walk(list);
        for (Node n = walk.next(); n != null; n = walk.next()) {
            if (n instanceof org.commonmark.node.ListItem) {
                InlineRuns runs = new InlineRuns();
                MarkdownText.collect(n, runs);
                if (!runs.isEmpty()) {
                    items.add(new ListItem(runs.take()));
                }
            }
            // Nested lists hide anywhere inside an item (in a quote, say): look through everything.
            walk.descend(n);
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        boolean ordered = list instanceof OrderedList;
        int start = 1;
        if (list instanceof OrderedList o && o.getMarkerStartNumber() != null) {
            start = o.getMarkerStartNumber();
        }
        return Optional.of(new ListBlock(ordered, start, items));
    }

    /** The text of a code or HTML block, or of any other block, as plain text. */
    private static String blockText(Node block) {
        if (block instanceof FencedCodeBlock code) {
            return code.getLiteral().strip();
        }
        if (block instanceof IndentedCodeBlock code) {
            return code.getLiteral().strip();
        }
        if (block instanceof HtmlBlock html) {
            // Parsed, never rendered or run: only the text between the tags is kept.
            org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html.getLiteral());
            fragment.select(HtmlCleaner.NEVER_CONTENT).remove();
            return fragment.text().strip();
        }
        if (block instanceof Text text) {
            return text.getLiteral().strip();
        }
        return MarkdownText.plain(block);
    }
}
