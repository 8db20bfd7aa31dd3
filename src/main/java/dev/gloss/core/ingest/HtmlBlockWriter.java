package dev.gloss.core.ingest;

import dev.gloss.core.model.Block;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.TitleKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the article's part of a page as headings and blocks: headings of any level start
 * sections, paragraphs keep their emphasis, lists keep their items (nested ones flattened after
 * their parent), a data table gives a paragraph a row, and text loose in a container (or split by
 * double line breaks, as old pages do) becomes paragraphs.
 */
final class HtmlBlockWriter implements NodeFilter {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPHS = Set.of("p", "dt", "dd", "address", "summary", "li", "caption");
    private static final Set<String> CONTAINERS = Set.of("body", "div", "section", "article", "main", "header",
            "blockquote", "center", "figure", "details", "fieldset", "td", "th", "tr", "tbody", "thead", "tfoot",
            "table", "dl", "hgroup", "form", "search", "footer", "aside", "nav");
    private static final Set<String> SKIPPED = Set.of("figcaption", "hr", "rp", "rt");
    private static final String BLOCKS = "p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6, pre, blockquote, table, section, article";

    private final ArticleAssembler out;
    private final Element titleElement;
    private final String title;
    private final InlineRuns loose = new InlineRuns();
    private boolean wroteBlock;
    private int breaks;

    private HtmlBlockWriter(ArticleAssembler out, Element titleElement, String title) {
        this.out = out;
        this.titleElement = titleElement;
        this.title = title;
    }

    /** Writes the parts, skipping the element the title came from. */
    static void write(List<Element> parts, Element titleElement, String title, ArticleAssembler out) {
        HtmlBlockWriter writer = new HtmlBlockWriter(out, titleElement, title);
        for (Element part : parts) {
            NodeTraversor.filter(writer, part);
            writer.flush();
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            loose.append(t.getWholeText());
            if (!t.isBlank()) {
                breaks = 0;
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (e == titleElement || SKIPPED.contains(tag)) {
            flush();
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            // Two line breaks in a row end a paragraph on pages written before CSS.
            if (++breaks >= 2) {
                flush();
            } else {
                loose.space();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HEADINGS.contains(tag)) {
            flush();
            heading(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("ul") || tag.equals("ol")) {
            flush();
            list(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("pre")) {
            flush();
            block(Paragraph.of(e.wholeText().strip()));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table") && isDataTable(e)) {
            flush();
            rows(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (PARAGRAPHS.contains(tag) && e.selectFirst(BLOCKS) == null) {
            flush();
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(e, runs, false);
            if (!runs.isEmpty()) {
                block(new Paragraph(runs.take()));
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (CONTAINERS.contains(tag) || PARAGRAPHS.contains(tag) || e.selectFirst(BLOCKS) != null) {
            flush();
            return FilterResult.CONTINUE;
        }
        HtmlInline.collect(e, loose, false);
        breaks = 0;
        return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        if (!loose.isEmpty()) {
            block(new Paragraph(loose.take()));
        }
        breaks = 0;
    }

    private void block(Block block) {
        if (!block.plainText().isBlank()) {
            out.block(block);
            wroteBlock = true;
        }
    }

    private void heading(Element e) {
        String text = HtmlInline.plain(e);
        // Pages often repeat the title as the first heading of the body.
        if (text.isEmpty() || !wroteBlock && text.equalsIgnoreCase(title)) {
            return;
        }
        out.heading(text, TitleKind.HEADING);
    }

    private void list(Element list) {
        List<ListItem> items = new ArrayList<>();
        for (Element li : list.select("li")) {
            InlineRuns runs = new InlineRuns();
            HtmlInline.collect(li, runs, true);
            if (!runs.isEmpty()) {
                items.add(new ListItem(runs.take()));
            }
        }
        if (!items.isEmpty()) {
            block(new ListBlock(list.normalName().equals("ol"), start(list), items));
        }
    }

    private static int start(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A table of data, not one that lays out a page: no blocks or other tables in its cells. */
    private static boolean isDataTable(Element table) {
        return table.select("table").size() == 1 && table.selectFirst("p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6,"
                + " pre, blockquote") == null;
    }

    private void rows(Element table) {
        for (Element tr : table.select("tr")) {
            String row = tr.children().stream()
                    .filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                    .map(HtmlInline::plain)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" | "));
            if (!row.isEmpty()) {
                block(Paragraph.of(row));
            }
        }
    }
}
