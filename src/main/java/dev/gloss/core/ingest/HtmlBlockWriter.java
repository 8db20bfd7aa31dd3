package dev.gloss.core.ingest;

import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.MathBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Rule;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Table;
import dev.gloss.core.model.TitleKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the article's part of a page as headings and blocks: headings of any level start
 * sections with that level; paragraphs keep their marks and links; lists keep their nesting inside
 * their items; quotes and callouts hold their own blocks; pre is code, verbatim, with its language;
 * data tables are tables, layout tables give their content; figures and images are images with
 * their captions; hr is a rule and display mathematics its TeX. Text loose in a container (or split
 * by double line breaks, as old pages do) becomes paragraphs.
 *
 * <p>The walk is jsoup's, without recursion; the blocks that hold blocks (quotes, callouts, lists
 * and their items) are a stack of frames of our own, so that nesting of any depth is safe.
 */
final class HtmlBlockWriter implements NodeFilter {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPHS = Set.of("p", "dd", "address", "summary", "caption", "figcaption",
            "legend");
    private static final Set<String> CONTAINERS = Set.of("body", "div", "section", "article", "main", "header",
            "center", "figure", "details", "fieldset", "td", "th", "tr", "tbody", "thead", "tfoot",
            "table", "dl", "hgroup", "form", "search", "footer", "aside", "nav", "picture");
    private static final Set<String> SKIPPED = Set.of("rp", "rt", "colgroup", "col");
    private static final String BLOCKS = "p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6, pre, blockquote, table, section,"
            + " article, figure, hr, " + HtmlShapes.MATH_TAG + "[data-display]";
    private static final Pattern TEXT_ALIGN = Pattern.compile("(?i)text-align\\s*:\\s*(left|center|right)");

    private enum Kind { ROOT, QUOTE, CALLOUT, LIST, ITEM }

    /** A block being gathered: the root (the article), or a quote, callout, list or item and its blocks. */
    private static final class Frame {
        final Kind kind;
        final Element element;
        final List<Block> blocks = new ArrayList<>();
        final List<ListItem> items = new ArrayList<>();
        final InlineRuns loose = new InlineRuns();
        int breaks;
        Callout.Kind calloutKind;
        String title;

        Frame(Kind kind, Element element) {
            this.kind = kind;
            this.element = element;
        }
    }

    private final ArticleAssembler out;
    private final Element titleElement;
    private final String title;
    private final HtmlImages.Resolver images;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Set<Element> skip = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean wroteBlock;

    private HtmlBlockWriter(ArticleAssembler out, Element titleElement, String title, HtmlImages.Resolver images) {
        this.out = out;
        this.titleElement = titleElement;
        this.title = title;
        this.images = images;
    }

    /** Writes the parts, skipping the element the title came from. */
    static void write(List<Element> parts, Element titleElement, String title, ArticleAssembler out,
                      HtmlImages.Resolver images) {
        HtmlBlockWriter writer = new HtmlBlockWriter(out, titleElement, title, images);
        for (Element part : parts) {
            writer.frames.clear();
            writer.frames.push(new Frame(Kind.ROOT, null));
            NodeTraversor.filter(writer, part);
            while (writer.frames.size() > 1) {
                writer.pop();
            }
            writer.flush();
        }
    }

    private Frame top() {
        return frames.peek();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            top().loose.append(t.getWholeText());
            if (!t.isBlank()) {
                top().breaks = 0;
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (e == titleElement || skip.contains(e) || SKIPPED.contains(tag) || HtmlShapes.isGutter(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        switch (tag) {
            case "br" -> {
                // Two line breaks in a row end a paragraph on pages written before CSS.
                if (++top().breaks >= 2) {
                    flush();
                } else {
                    top().loose.lineBreak();
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "hr" -> {
                flush();
                block(new Rule());
                return FilterResult.SKIP_ENTIRELY;
            }
            case "pre" -> {
                flush();
                code(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "img" -> {
                if (HtmlImages.isContent(e)) {
                    flush();
                    block(HtmlImages.block(e, List.of(), images));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "ul", "ol", "menu" -> {
                flush();
                frames.push(new Frame(Kind.LIST, e));
                return FilterResult.CONTINUE;
            }
            case "li" -> {
                flush();
                frames.push(new Frame(Kind.ITEM, e));
                return FilterResult.CONTINUE;
            }
            case "dt" -> {
                flush();
                InlineRuns runs = new InlineRuns();
                HtmlInline.collect(e, runs, false, Set.of(Run.Mark.STRONG));
                paragraph(runs);
                return FilterResult.SKIP_ENTIRELY;
            }
            default -> {
            }
        }
        if (tag.equals(HtmlShapes.MATH_TAG)) {
            if (HtmlShapes.isDisplayMath(e)) {
                flush();
                if (!e.attr("data-tex").isBlank()) {
                    block(new MathBlock(e.attr("data-tex")));
                }
            } else {
                HtmlInline.collect(e, top().loose, false);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HEADINGS.contains(tag)) {
            flush();
            heading(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlShapes.isCallout(e)) {
            flush();
            Frame f = new Frame(Kind.CALLOUT, e);
            f.calloutKind = HtmlShapes.calloutKind(e);
            HtmlShapes.calloutTitle(e).ifPresent(t -> {
                f.title = HtmlInline.plain(t);
                skip.add(t);
            });
            frames.push(f);
            return FilterResult.CONTINUE;
        }
        if (tag.equals("blockquote")) {
            flush();
            frames.push(new Frame(Kind.QUOTE, e));
            return FilterResult.CONTINUE;
        }
        if (tag.equals("table")) {
            flush();
            if (HtmlShapes.isCodeTable(e)) {
                for (Element pre : e.select("pre")) {
                    if (pre.closest("td") == null || !isGutterCell(pre)) {
                        code(pre);
                    }
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isDataTable(e)) {
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }
        if (tag.equals("figure") && e.selectFirst("img") != null && e.selectFirst("pre, table, blockquote") == null) {
            flush();
            figure(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (PARAGRAPHS.contains(tag) && e.selectFirst(BLOCKS) == null) {
            flush();
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(e, runs, false);
            paragraph(runs);
            imagesIn(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (CONTAINERS.contains(tag) || PARAGRAPHS.contains(tag) || e.selectFirst(BLOCKS) != null) {
            flush();
            return FilterResult.CONTINUE;
        }
        HtmlInline.collect(e, top().loose, false);
        top().breaks = 0;
        if (e.selectFirst("img") != null) {
            imagesIn(e);
        }
        return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (frames.size() > 1 && top().element == e) {
                pop();
            } else {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    /** Ends the innermost frame and gives its block to the one around it. */
    private void pop() {
        flush();
        Frame f = frames.pop();
        switch (f.kind) {
            case ITEM -> {
                Boolean checked = f.element.hasAttr("data-gloss-checked")
                        ? Boolean.valueOf(f.element.attr("data-gloss-checked")) : null;
                if (top().kind == Kind.LIST) {
                    if (!f.blocks.isEmpty()) {
                        top().items.add(new ListItem(f.blocks, checked));
                    }
                } else {
                    f.blocks.forEach(this::block);
                }
            }
            case LIST -> {
                if (!f.items.isEmpty()) {
                    String t = f.element.normalName();
                    block(new ListBlock(t.equals("ol"), start(f.element), f.items));
                }
            }
            case QUOTE -> {
                if (!f.blocks.isEmpty()) {
                    block(new Quote(f.blocks));
                }
            }
            case CALLOUT -> {
                if (!f.blocks.isEmpty() || f.title != null) {
                    block(new Callout(f.calloutKind, f.title, f.blocks));
                }
            }
            default -> throw new IllegalStateException("the root frame is never popped");
        }
    }

    private void flush() {
        Frame f = top();
        if (!f.loose.isEmpty()) {
            paragraph(f.loose);
        }
        f.breaks = 0;
    }

    private void paragraph(InlineRuns runs) {
        if (!runs.isEmpty()) {
            block(new Paragraph(runs.take()));
        }
    }

    private void block(Block block) {
        boolean visible = block instanceof Rule || block instanceof ImageBlock || !block.plainText().isBlank();
        if (!visible) {
            return;
        }
        Frame f = top();
        switch (f.kind) {
            case ROOT -> {
                if (block instanceof Rule && !wroteBlock) {
                    return;
                }
                out.block(block);
                wroteBlock = true;
            }
            case LIST -> {
                // Text or a nested list straight inside a list, outside any item: it joins the item before.
                if (f.items.isEmpty() || block instanceof Paragraph) {
                    f.items.add(new ListItem(List.of(block), null));
                } else {
                    ListItem last = f.items.remove(f.items.size() - 1);
                    List<Block> blocks = new ArrayList<>(last.blocks());
                    blocks.add(block);
                    f.items.add(new ListItem(blocks, last.checked()));
                }
            }
            default -> f.blocks.add(block);
        }
    }

    private void heading(Element e) {
        String text = HtmlInline.plain(e);
        if (text.isEmpty()) {
            return;
        }
        if (top().kind != Kind.ROOT) {
            // A heading inside a list item, a quote or a callout is that block's own: a line in bold.
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(e, runs, false, Set.of(Run.Mark.STRONG));
            paragraph(runs);
            return;
        }
        // Pages often repeat the title as the first heading of the body.
        if (!wroteBlock && text.equalsIgnoreCase(title)) {
            return;
        }
        out.heading(text, TitleKind.HEADING, e.normalName().charAt(1) - '0');
        wroteBlock = true;
    }

    private void code(Element pre) {
        String text = HtmlShapes.codeText(pre);
        if (!text.isBlank()) {
            block(new CodeBlock(text, HtmlShapes.codeLanguage(pre)));
        }
    }

    private static boolean isGutterCell(Element pre) {
        for (Element up = pre; up != null && !up.normalName().equals("table"); up = up.parent()) {
            if (HtmlShapes.isGutter(up)) {
                return true;
            }
        }
        return false;
    }

    private void figure(Element figure) {
        Element captionElement = figure.selectFirst("figcaption");
        List<Run> caption = List.of();
        if (captionElement != null) {
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(captionElement, runs, false);
            caption = runs.take();
        }
        List<Element> imgs = figure.select("img").stream().filter(HtmlImages::isContent).toList();
        for (int i = 0; i < imgs.size(); i++) {
            block(HtmlImages.block(imgs.get(i), i == imgs.size() - 1 ? caption : List.of(), images));
        }
        if (imgs.isEmpty() && !caption.isEmpty()) {
            block(new Paragraph(caption));
        }
    }

    /** The content images inside a paragraph or an inline element, after its text. */
    private void imagesIn(Element e) {
        for (Element img : e.select("img")) {
            if (HtmlImages.isContent(img)) {
                flush();
                block(HtmlImages.block(img, List.of(), images));
            }
        }
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A table of data, not one that lays out a page: no blocks or other tables in its cells, not
     * presentational, and more than one column.
     */
    static boolean isDataTable(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none")) {
            return false;
        }
        if (table.select("table").size() != 1 || table.selectFirst("p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6,"
                + " pre, blockquote, figure, hr") != null) {
            return false;
        }
        int columns = 0;
        for (Element tr : table.select("tr")) {
            columns = Math.max(columns, cells(tr).size());
        }
        return columns > 1;
    }

    private static List<Element> cells(Element tr) {
        return tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    }

    private void table(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null) {
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(caption, runs, false, Set.of(Run.Mark.EMPHASIS));
            paragraph(runs);
        }
        List<List<List<Run>>> rows = new ArrayList<>();
        List<Table.Align> alignments = new ArrayList<>();
        int headerRows = 0;
        boolean inHeader = true;
        for (Element tr : table.select("tr")) {
            List<Element> cells = cells(tr);
            if (cells.isEmpty()) {
                continue;
            }
            boolean header = tr.parent() != null && tr.parent().normalName().equals("thead")
                    || cells.stream().allMatch(c -> c.normalName().equals("th"));
            List<List<Run>> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Element cell = cells.get(c);
                InlineRuns runs = new InlineRuns();
                HtmlInline.collect(cell, runs, false);
                row.add(runs.take());
                Table.Align align = align(cell);
                if (align != null) {
                    while (alignments.size() <= c) {
                        alignments.add(Table.Align.LEFT);
                    }
                    if (!header || alignments.get(c) == Table.Align.LEFT) {
                        alignments.set(c, align);
                    }
                }
            }
            if (row.stream().allMatch(List::isEmpty)) {
                continue;
            }
            if (inHeader && header) {
                headerRows++;
            } else {
                inHeader = false;
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            block(new Table(rows, headerRows, alignments));
        }
    }

    private static Table.Align align(Element cell) {
        String a = cell.attr("align").strip().toLowerCase(Locale.ROOT);
        Matcher m = TEXT_ALIGN.matcher(cell.attr("style"));
        if (a.isEmpty() && m.find()) {
            a = m.group(1).toLowerCase(Locale.ROOT);
        }
        return switch (a) {
            case "center" -> Table.Align.CENTER;
            case "right" -> Table.Align.RIGHT;
            case "left" -> Table.Align.LEFT;
            default -> null;
        };
    }
}
