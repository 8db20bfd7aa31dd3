package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.TitleKind;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article from Markdown as people write it: CommonMark with GitHub's tables,
 * strikethrough, task lists, bare links and footnotes; YAML or TOML front matter for the title and
 * metadata; the syntax of site generators (Hugo shortcodes, Liquid tags, MDX, admonitions) read for
 * what it means or left out ({@link MarkdownPrepass}). The title is the front matter's, else the
 * first level-one heading, else the first line. Headings start sections at their level. Code is
 * kept verbatim; images beside the file are kept, remote ones never fetched.
 */
public final class MarkdownImporter {
    /**
     * The extensions whose post-processing walks without recursion. Task lists and bare links are
     * read by {@link MarkdownBlocks} and {@link MarkdownText} instead: commonmark's own extensions
     * for them visit the tree recursively and overflow the stack on quotes nested thousands deep.
     */
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private MarkdownImporter() {
    }

    /** Parses {@code text} into an article with the given id, or the slug of its title when null. */
    public static Article parse(String text, String articleId, Article.Origin origin) throws ImportException {
        return parse(text, articleId, origin, ImportContext.standalone());
    }

    /** As {@link #parse(String, String, Article.Origin)}, images and warnings going through {@code context}. */
    public static Article parse(String text, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        try {
            return read(text, articleId, origin, context);
        } catch (StackOverflowError e) {
            // Every step walks without recursion; this is the last guard, as in parseTree.
            throw new ImportException("The Markdown nests emphasis, links or quotes too deeply to be read.");
        }
    }

    private static Article read(String text, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        FrontMatter.Result front = FrontMatter.split(normalize(text), context);
        MarkdownPrepass.Prepared prepared = MarkdownPrepass.prepare(front.body());
        prepared.warnings().forEach(context::warn);
        Document document = parseTree(prepared.markdown());
        String title = front.title();
        if (title != null) {
            dropRepeatedTitle(document, title);
        } else {
            Optional<String> found = takeFirstLevelOne(document);
            if (found.isEmpty() && front.present()) {
                found = takeLeadingHeading(document).or(() -> fileTitle(origin));
            }
            title = found.or(() -> takeFirstLine(document))
                    .orElseThrow(() -> new ImportException("The file has no text to read."));
        }
        title = Titles.shorten(title);
        String id = articleId != null ? articleId : Slugs.slug(title);
        ArticleAssembler assembler = new ArticleAssembler(id, title, origin);
        assembler.meta(front.meta());
        for (MarkdownBlocks.Draft draft : MarkdownBlocks.convert(document, prepared.callouts(), context)) {
            if (draft.title != null) {
                assembler.heading(draft.title, TitleKind.HEADING, draft.level);
            }
            for (Block b : draft.blocks) {
                assembler.block(b);
            }
        }
        return assembler.build();
    }

    /** Line ends made {@code \n} and a byte-order mark dropped; tabs and spaces are left for code. */
    private static String normalize(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * commonmark-java merges text nodes recursively, so emphasis nested tens of thousands deep
     * overflows its stack. The error is thrown and caught within this one parse, whose half-built
     * tree is dropped, so nothing is left in a broken state.
     */
    private static Document parseTree(String text) throws ImportException {
        try {
            return (Document) PARSER.parse(text);
        } catch (StackOverflowError e) {
            throw new ImportException("The Markdown nests emphasis, links or quotes too deeply to be read.");
        }
    }

    /** The front matter named the title: a first heading saying the same is not repeated as a section. */
    private static void dropRepeatedTitle(Document document, String title) {
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1
                && MarkdownText.plain(h).strip().equalsIgnoreCase(title.strip())) {
            h.unlink();
        }
    }

    /** The first level-one heading at the top level, taken out of the document. */
    private static Optional<String> takeFirstLevelOne(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                String title = MarkdownText.plain(h);
                if (!title.isEmpty()) {
                    h.unlink();
                    return Optional.of(title);
                }
            }
        }
        return Optional.empty();
    }

    /** A heading of any level that opens the document, taken out. */
    private static Optional<String> takeLeadingHeading(Document document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading h) {
            String title = MarkdownText.plain(h);
            if (!title.isEmpty()) {
                h.unlink();
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    /** A title from the file's name: "2024-03-05-some-title.md" reads "Some title". */
    static Optional<String> fileTitle(Article.Origin origin) {
        if (origin == null || origin.fileName() == null) {
            return Optional.empty();
        }
        String name = origin.fileName().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").replaceAll("[-_\\s]+", " ").strip();
        if (name.isEmpty() || name.equalsIgnoreCase("index")) {
            return Optional.empty();
        }
        return Optional.of(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }

    /** The first line of the first block with text, taken out when it is a heading or a line of its own. */
    private static Optional<String> takeFirstLine(Document document) {
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

    /** The text of a code or HTML block, or of any other block, as plain text. */
    private static String blockText(Node block) {
        if (block instanceof FencedCodeBlock code) {
            return code.getInfo() != null && code.getInfo().strip().equals(MarkdownPrepass.MATH_INFO) ? ""
                    : code.getLiteral().strip();
        }
        if (block instanceof IndentedCodeBlock code) {
            return code.getLiteral().strip();
        }
        if (block instanceof HtmlBlock html) {
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
