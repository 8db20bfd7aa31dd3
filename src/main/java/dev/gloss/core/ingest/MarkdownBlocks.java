package dev.gloss.core.ingest;

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
import dev.gloss.core.model.Table;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a CommonMark tree into sections of Gloss blocks, without recursion: an explicit stack of
 * open containers (quotes, callouts, lists, items, footnotes). Containers nested deeper than
 * {@link #MAX_DEPTH} are flattened into the one above, so that hostile nesting neither overflows
 * the stack here nor in the model. Headings at the top level start sections; inside a quote or a
 * list they are strong paragraphs. Footnotes are numbered 1, 2, 3... in the order of their first
 * reference in the article and shown at the end of the section that first refers to them.
 */
final class MarkdownBlocks {
    static final int MAX_DEPTH = 24;
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK = Pattern.compile("\\[([ xX])]\\s+");
    private static final String UNSAFE_HTML = "script, style, noscript, template, iframe, frame, frameset, object,"
            + " embed, applet, input, button, select, textarea, option, datalist, output, svg, math, canvas, video,"
            + " audio, source, track, map, area, link, meta, base, dialog, portal";
    private static final Set<String> HTML_BREAKS = Set.of("p", "div", "li", "dd", "dt", "td", "th", "tr",
            "section", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "summary",
            "details", "article", "header", "footer", "center", "caption");

    /** A section before the assembler has it: null title for the introduction. */
    static final class Draft {
        final String title;
        final int level;
        final List<Block> blocks = new ArrayList<>();
        final Set<String> references = new LinkedHashSet<>();
        final List<String> defined = new ArrayList<>();

        Draft(String title, int level) {
            this.title = title;
            this.level = level;
        }
    }

    private enum Kind { DOC, QUOTE, CALLOUT, LIST, ITEM, NOTE, FLAT }

    private static final class Frame {
        final Kind kind;
        final Node node;
        Node next;
        final List<Block> blocks;
        final List<ListItem> items = new ArrayList<>();
        final int depth;
        Callout.Kind callout;
        String title;
        Boolean checked;

        Frame(Kind kind, Node node, List<Block> blocks, int depth) {
            this.kind = kind;
            this.node = node;
            this.next = node.getFirstChild();
            this.blocks = blocks;
            this.depth = depth;
        }
    }

    private final ImportContext context;
    private final List<MarkdownPrepass.Spec> callouts;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, List<Block>> notes = new LinkedHashMap<>();
    /** The number of each footnote, in the order of its first reference in the article. */
    private final Map<String, String> numbers = new LinkedHashMap<>();
    private Draft current;
    private final Deque<Frame> stack = new ArrayDeque<>();

    private MarkdownBlocks(ImportContext context, List<MarkdownPrepass.Spec> callouts) {
        this.context = context;
        this.callouts = callouts;
        current = new Draft(null, 1);
        drafts.add(current);
    }

    /** The sections of a document, the introduction first (perhaps empty). */
    static List<Draft> convert(Document document, List<MarkdownPrepass.Spec> callouts, ImportContext context) {
        MarkdownBlocks b = new MarkdownBlocks(context, callouts);
        b.run(document);
        b.placeFootnotes();
        return b.drafts;
    }

    private void run(Document document) {
        stack.push(new Frame(Kind.DOC, document, null, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            Node n = f.next;
            if (n == null) {
                stack.pop();
                finish(f);
                continue;
            }
            f.next = n.getNext();
            node(n, f);
        }
    }

    private List<Block> target(Frame f) {
        return f.kind == Kind.DOC ? current.blocks : f.blocks;
    }

    private void node(Node n, Frame f) {
        if (f.kind == Kind.LIST) {
            if (n instanceof org.commonmark.node.ListItem) {
                Frame item = new Frame(Kind.ITEM, n, new ArrayList<>(), f.depth + 1);
                item.checked = checked(n);
                stack.push(item);
            }
            return;
        }
        List<Block> out = target(f);
        if (n instanceof Heading h) {
            heading(h, f, out);
        } else if (n instanceof org.commonmark.node.Paragraph) {
            out.addAll(paragraph(n));
        } else if (n instanceof BlockQuote) {
            quote(n, f);
        } else if (n instanceof org.commonmark.node.ListBlock) {
            if (f.depth >= MAX_DEPTH) {
                stack.push(new Frame(Kind.FLAT, n, out, f.depth));
            } else {
                stack.push(new Frame(Kind.LIST, n, null, f.depth + 1));
            }
        } else if (n instanceof org.commonmark.node.ListItem) {
            // An item under a flattened list.
            stack.push(new Frame(Kind.FLAT, n, out, f.depth));
        } else if (n instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            String text = dropFinalNewline(code.getLiteral());
            if (info.equals(MarkdownPrepass.MATH_INFO)) {
                if (!text.isBlank()) {
                    out.add(new MathBlock(text.strip()));
                }
            } else {
                out.add(new CodeBlock(text, language(info)));
            }
        } else if (n instanceof IndentedCodeBlock code) {
            out.add(new CodeBlock(dropFinalNewline(code.getLiteral()), null));
        } else if (n instanceof HtmlBlock html) {
            out.addAll(html(html.getLiteral()));
        } else if (n instanceof ThematicBreak) {
            out.add(new Rule());
        } else if (n instanceof TableBlock) {
            table(n).ifPresent(out::add);
        } else if (n instanceof FootnoteDefinition def) {
            current.defined.add(def.getLabel());
            Frame note = new Frame(Kind.NOTE, n, new ArrayList<>(), f.depth + 1);
            note.title = def.getLabel();
            stack.push(note);
        } else if (n instanceof LinkReferenceDefinition || n instanceof Text) {
            // nothing to show
        } else if (n.getFirstChild() != null) {
            stack.push(new Frame(Kind.FLAT, n, out, f.depth));
        }
    }

    private void heading(Heading h, Frame f, List<Block> out) {
        if (f.kind == Kind.DOC) {
            String title = MarkdownText.plain(h);
            if (!title.isEmpty()) {
                current = new Draft(title, h.getLevel());
                drafts.add(current);
            }
            return;
        }
        InlineRuns runs = new InlineRuns();
        MarkdownText.collect(h, runs, null, true);
        List<Run> strong = new ArrayList<>();
        for (Run r : runs.take()) {
            EnumSet<Run.Mark> marks = r.markSet();
            marks.add(Run.Mark.STRONG);
            strong.add(new Run(r.text(), marks, r.link()));
        }
        if (!strong.isEmpty()) {
            out.add(new Paragraph(strong));
        }
    }

    private void quote(Node n, Frame f) {
        List<Block> out = target(f);
        Callout.Kind kind = null;
        String title = null;
        Node first = n.getFirstChild();
        if (first instanceof org.commonmark.node.Paragraph p && p.getFirstChild() instanceof Text t) {
            String literal = t.getLiteral();
            Matcher alert = ALERT.matcher(literal);
            Matcher ours = MarkdownPrepass.CALLOUT_MARKER.matcher(literal.strip());
            Node after = t.getNext();
            boolean alone = after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
            if (alone && alert.matches()) {
                kind = Callout.Kind.valueOf(alert.group(1).toUpperCase(Locale.ROOT));
            } else if (alone && ours.matches()) {
                int index = Integer.parseInt(ours.group(1));
                if (index < callouts.size()) {
                    kind = callouts.get(index).kind();
                    title = callouts.get(index).title();
                }
            }
            if (kind != null) {
                t.unlink();
                if (after != null) {
                    after.unlink();
                }
                if (p.getFirstChild() == null) {
                    p.unlink();
                }
            }
        }
        if (f.depth >= MAX_DEPTH) {
            stack.push(new Frame(Kind.FLAT, n, out, f.depth));
            return;
        }
        Frame q = new Frame(kind == null ? Kind.QUOTE : Kind.CALLOUT, n, new ArrayList<>(), f.depth + 1);
        q.callout = kind;
        q.title = title;
        stack.push(q);
    }

    private void finish(Frame f) {
        Frame parent = stack.peek();
        switch (f.kind) {
            case QUOTE -> {
                if (!f.blocks.isEmpty()) {
                    target(parent).add(new Quote(f.blocks));
                }
            }
            case CALLOUT -> {
                if (!f.blocks.isEmpty() || f.title != null) {
                    target(parent).add(new Callout(f.callout, f.title, f.blocks));
                }
            }
            case LIST -> {
                if (!f.items.isEmpty()) {
                    boolean ordered = f.node instanceof OrderedList;
                    int start = 1;
                    if (f.node instanceof OrderedList o && o.getMarkerStartNumber() != null) {
                        start = o.getMarkerStartNumber();
                    }
                    target(parent).add(new ListBlock(ordered, start, f.items));
                }
            }
            case ITEM -> {
                if (!f.blocks.isEmpty() || f.checked != null) {
                    parent.items.add(new ListItem(f.blocks, f.checked));
                }
            }
            case NOTE -> notes.putIfAbsent(f.title, f.blocks);
            default -> {
                // the document and flattened containers put their blocks in place as they go
            }
        }
    }

    /** A task's box, {@code [ ]} or {@code [x]} opening the item's first paragraph, taken out; null when none. */
    private static Boolean checked(Node item) {
        if (item.getFirstChild() instanceof org.commonmark.node.Paragraph p && p.getFirstChild() instanceof Text t) {
            Matcher m = TASK.matcher(t.getLiteral());
            if (m.lookingAt() && (m.end() < t.getLiteral().length() || t.getNext() != null)) {
                t.setLiteral(t.getLiteral().substring(m.end()));
                return !m.group(1).isBlank();
            }
        }
        return null;
    }

    /** A paragraph's runs, cut around its images: an image is a block of its own. */
    private List<Block> paragraph(Node p) {
        List<Block> out = new ArrayList<>();
        InlineRuns runs = new InlineRuns();
        MarkdownText.collect(p, runs, new MarkdownText.Sink() {
            @Override
            public void image(String destination, String title, String alt, boolean linked) {
                if (isBadge(destination, linked)) {
                    return;
                }
                if (!runs.isEmpty()) {
                    out.add(new Paragraph(runs.take()));
                }
                out.add(imageBlock(alt, destination, title));
            }

            @Override
            public String footnote(String label) {
                return reference(label);
            }
        }, false);
        if (!runs.isEmpty()) {
            out.add(new Paragraph(runs.take()));
        }
        return out;
    }

    /** A reference to a footnote in the current section: the note's number, given at its first reference. */
    private String reference(String label) {
        current.references.add(label);
        return number(label);
    }

    private String number(String label) {
        return numbers.computeIfAbsent(label, k -> String.valueOf(numbers.size() + 1));
    }

    private ImageBlock imageBlock(String alt, String destination, String caption) {
        String src = context.image(destination).orElse(null);
        List<Run> captionRuns = caption == null || caption.isBlank() ? List.of() : List.of(Run.plain(caption.strip()));
        // Without an alt, the caption describes the picture when it cannot be shown.
        String description = (alt == null || alt.isBlank()) && !captionRuns.isEmpty() ? caption.strip() : alt;
        return new ImageBlock(description, src, captionRuns, destination);
    }

    /** A status badge (build passing, version...): a remote picture of a word, no content of the article. */
    static boolean isBadge(String destination, boolean linked) {
        if (destination == null || !ImportContext.isRemote(destination)) {
            return false;
        }
        String d = destination.toLowerCase(Locale.ROOT);
        int query = d.indexOf('?');
        String path = query < 0 ? d : d.substring(0, query);
        return d.contains("shields.io") || d.contains("badge") || d.contains("badgen.net")
                || linked && path.endsWith(".svg");
    }

    private java.util.Optional<Table> table(Node tableBlock) {
        List<List<List<Run>>> rows = new ArrayList<>();
        List<Table.Align> alignments = new ArrayList<>();
        int headerRows = 0;
        for (Node part = tableBlock.getFirstChild(); part != null; part = part.getNext()) {
            boolean head = part instanceof TableHead;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Run>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell c)) {
                        continue;
                    }
                    if (rows.isEmpty()) {
                        alignments.add(align(c.getAlignment()));
                    }
                    InlineRuns runs = new InlineRuns();
                    MarkdownText.collect(c, runs, new MarkdownText.Sink() {
                        @Override
                        public void image(String destination, String title, String alt, boolean linked) {
                            if (!isBadge(destination, linked)) {
                                runs.append(alt == null ? "" : alt);
                            }
                        }

                        @Override
                        public String footnote(String label) {
                            return reference(label);
                        }
                    }, false);
                    cells.add(runs.take());
                }
                rows.add(cells);
                if (head) {
                    headerRows++;
                }
            }
        }
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Table(rows, headerRows, alignments));
    }

    private static Table.Align align(TableCell.Alignment a) {
        if (a == TableCell.Alignment.CENTER) {
            return Table.Align.CENTER;
        }
        if (a == TableCell.Alignment.RIGHT) {
            return Table.Align.RIGHT;
        }
        return Table.Align.LEFT;
    }

    /** The language an info string names: {@code js}, {@code js title="x"}, {@code {.js}}, {@code {js linenos}}. */
    static String language(String info) {
        String s = info.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("{")) {
            int end = s.indexOf('}');
            s = (end < 0 ? s.substring(1) : s.substring(1, end)).strip();
        }
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '{' && s.charAt(i) != ','
                && s.charAt(i) != '}') {
            i++;
        }
        String word = s.substring(0, i);
        while (word.startsWith(".")) {
            word = word.substring(1);
        }
        if (word.startsWith("language-")) {
            word = word.substring("language-".length());
        }
        return word.isEmpty() || word.contains("=") ? null : word;
    }

    private static String dropFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** An HTML block: its pictures and figures as images, its preformatted text as code, its text as paragraphs. */
    private List<Block> html(String literal) {
        List<Block> out = new ArrayList<>();
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(literal);
        fragment.select(UNSAFE_HTML).remove();
        InlineRuns runs = new InlineRuns();
        int[] strong = {0};
        int[] emphasis = {0};
        int[] code = {0};
        Deque<String> links = new ArrayDeque<>();
        Runnable flush = () -> {
            if (!runs.isEmpty()) {
                out.add(new Paragraph(runs.take()));
            }
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) {
                    EnumSet<Run.Mark> marks = EnumSet.noneOf(Run.Mark.class);
                    if (strong[0] > 0) {
                        marks.add(Run.Mark.STRONG);
                    }
                    if (emphasis[0] > 0) {
                        marks.add(Run.Mark.EMPHASIS);
                    }
                    if (code[0] > 0) {
                        marks.add(Run.Mark.CODE);
                    }
                    runs.append(t.getWholeText(), marks, links.peek());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                switch (tag) {
                    case "img" -> {
                        if (!isBadge(e.attr("src"), !links.isEmpty())) {
                            flush.run();
                            out.add(imageBlock(e.attr("alt"), e.attr("src"), e.attr("title")));
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "figure" -> {
                        Element img = e.selectFirst("img");
                        if (img != null) {
                            flush.run();
                            Element caption = e.selectFirst("figcaption");
                            out.add(imageBlock(img.attr("alt"), img.attr("src"),
                                    caption == null ? null : caption.text()));
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }
                    case "pre" -> {
                        flush.run();
                        String text = e.wholeText();
                        if (!text.isBlank()) {
                            Element c = e.selectFirst("code[class]");
                            String lang = c == null ? null : language(c.className().replace("language-", " ").strip());
                            out.add(new CodeBlock(dropFinalNewline(text), lang));
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "br" -> runs.lineBreak();
                    case "strong", "b", "summary", "th", "dt" -> strong[0]++;
                    case "em", "i", "cite" -> emphasis[0]++;
                    case "code", "kbd", "samp" -> code[0]++;
                    case "a" -> links.push(e.attr("href"));
                    default -> {
                        // no look of its own
                    }
                }
                if (HTML_BREAKS.contains(tag)) {
                    flush.run();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    switch (tag) {
                        case "strong", "b", "summary", "th", "dt" -> strong[0] = Math.max(0, strong[0] - 1);
                        case "em", "i", "cite" -> emphasis[0] = Math.max(0, emphasis[0] - 1);
                        case "code", "kbd", "samp" -> code[0] = Math.max(0, code[0] - 1);
                        case "a" -> links.poll();
                        default -> {
                            // no look of its own
                        }
                    }
                    if (HTML_BREAKS.contains(tag)) {
                        flush.run();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, fragment.body());
        flush.run();
        return out;
    }

    /** Each footnote goes to the end of the section that first refers to it, or else where it was written. */
    private void placeFootnotes() {
        if (notes.isEmpty()) {
            return;
        }
        Set<String> placed = new LinkedHashSet<>();
        Map<Draft, List<Footnotes.Note>> bySection = new LinkedHashMap<>();
        for (Draft d : drafts) {
            for (String label : d.references) {
                List<Block> blocks = notes.get(label);
                if (blocks != null && placed.add(label)) {
                    bySection.computeIfAbsent(d, k -> new ArrayList<>()).add(new Footnotes.Note(number(label), blocks));
                }
            }
        }
        for (Draft d : drafts) {
            for (String label : d.defined) {
                List<Block> blocks = notes.get(label);
                if (blocks != null && placed.add(label)) {
                    bySection.computeIfAbsent(d, k -> new ArrayList<>()).add(new Footnotes.Note(number(label), blocks));
                }
            }
        }
        for (Map.Entry<Draft, List<Footnotes.Note>> e : bySection.entrySet()) {
            e.getKey().blocks.add(new Footnotes(e.getValue()));
        }
    }
}
