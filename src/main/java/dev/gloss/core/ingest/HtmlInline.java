package dev.gloss.core.ingest;

import dev.gloss.core.model.Run;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * The inline text of an HTML element as runs: em, i and cite are emphasis, strong and b are strong,
 * links keep their text, line breaks and nested blocks read as spaces. The walk is jsoup's own,
 * without recursion, so that deeply nested markup cannot overflow the stack.
 */
final class HtmlInline {
    private static final Set<String> EMPHASIS = Set.of("em", "i", "cite", "dfn", "var");
    private static final Set<String> STRONG = Set.of("strong", "b");
    private static final Set<String> BREAKS = Set.of("br", "p", "div", "li", "dd", "dt", "td", "th", "tr",
            "section", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl");

    private HtmlInline() {
    }

    static String plain(Element e) {
        InlineRuns runs = new InlineRuns();
        collect(e, runs, false);
        return runs.takeText();
    }

    /** Appends the inline text under {@code root}; with {@code skipLists}, nested lists are left out. */
    static void collect(Element root, InlineRuns out, boolean skipLists) {
        int[] strong = {0};
        int[] emphasis = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (strong[0] > 0) {
                        out.append(t.getWholeText(), Run.Mark.STRONG);
                    } else if (emphasis[0] > 0) {
                        out.append(t.getWholeText(), Run.Mark.EMPHASIS);
                    } else {
                        out.append(t.getWholeText());
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (skipLists && e != root && (tag.equals("ul") || tag.equals("ol"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (STRONG.contains(tag)) {
                    strong[0]++;
                } else if (EMPHASIS.contains(tag)) {
                    emphasis[0]++;
                } else if (BREAKS.contains(tag)) {
                    out.space();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (STRONG.contains(tag)) {
                        strong[0]--;
                    } else if (EMPHASIS.contains(tag)) {
                        emphasis[0]--;
                    } else if (BREAKS.contains(tag)) {
                        out.space();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
