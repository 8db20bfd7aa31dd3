package dev.gloss.core.ingest;

import dev.gloss.core.model.Run;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inline text of an HTML element as runs: em, i and cite are emphasis, strong and b are strong,
 * code, kbd, samp and tt are code, del, s and strike are struck through, sub and sup are sub- and
 * superscript, a link's text carries its href as written, br is a line break, and nested blocks read
 * as spaces. The walk is jsoup's own, without recursion, so that deeply nested markup cannot
 * overflow the stack.
 */
final class HtmlInline {
    private static final Map<String, Run.Mark> MARKS = Map.ofEntries(
            Map.entry("em", Run.Mark.EMPHASIS), Map.entry("i", Run.Mark.EMPHASIS), Map.entry("cite", Run.Mark.EMPHASIS),
            Map.entry("dfn", Run.Mark.EMPHASIS), Map.entry("var", Run.Mark.EMPHASIS),
            Map.entry("strong", Run.Mark.STRONG), Map.entry("b", Run.Mark.STRONG),
            Map.entry("code", Run.Mark.CODE), Map.entry("kbd", Run.Mark.CODE), Map.entry("samp", Run.Mark.CODE),
            Map.entry("tt", Run.Mark.CODE),
            Map.entry("del", Run.Mark.STRIKETHROUGH), Map.entry("s", Run.Mark.STRIKETHROUGH),
            Map.entry("strike", Run.Mark.STRIKETHROUGH),
            Map.entry("sub", Run.Mark.SUBSCRIPT), Map.entry("sup", Run.Mark.SUPERSCRIPT));
    private static final Set<String> BREAKS = Set.of("p", "div", "li", "dd", "dt", "td", "th", "tr",
            "section", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl",
            "figcaption", "figure");

    private HtmlInline() {
    }

    static String plain(Element e) {
        InlineRuns runs = new InlineRuns();
        collect(e, runs, false);
        return runs.takeText();
    }

    /** Appends the inline text under {@code root}; with {@code skipLists}, nested lists are left out. */
    static void collect(Element root, InlineRuns out, boolean skipLists) {
        collect(root, out, skipLists, Set.of());
    }

    /** As {@link #collect(Element, InlineRuns, boolean)}, every run also carrying {@code baseMarks}. */
    static void collect(Element root, InlineRuns out, boolean skipLists, Set<Run.Mark> baseMarks) {
        Map<Run.Mark, Integer> depth = new EnumMap<>(Run.Mark.class);
        Deque<Element> links = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int d) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText(), marks(), links.isEmpty() ? null : links.peek().attr("href"));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (skipLists && e != root && (tag.equals("ul") || tag.equals("ol"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    out.lineBreak();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("img") || tag.equals("picture") || tag.equals("source")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals(HtmlShapes.MATH_TAG)) {
                    EnumSet<Run.Mark> m = EnumSet.copyOf(marks());
                    m.add(Run.Mark.CODE);
                    out.append(e.attr("data-tex"), m, null);
                    return FilterResult.SKIP_ENTIRELY;
                }
                Run.Mark mark = MARKS.get(tag);
                if (mark != null) {
                    depth.merge(mark, 1, Integer::sum);
                } else if (tag.equals("a") && isLink(e)) {
                    links.push(e);
                } else if (BREAKS.contains(tag)) {
                    out.space();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int d) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    Run.Mark mark = MARKS.get(tag);
                    if (mark != null) {
                        depth.merge(mark, -1, Integer::sum);
                    } else if (!links.isEmpty() && links.peek() == e) {
                        links.pop();
                    } else if (BREAKS.contains(tag)) {
                        out.space();
                    }
                }
                return FilterResult.CONTINUE;
            }

            private Set<Run.Mark> marks() {
                EnumSet<Run.Mark> m = baseMarks.isEmpty() ? EnumSet.noneOf(Run.Mark.class) : EnumSet.copyOf(baseMarks);
                depth.forEach((k, v) -> {
                    if (v > 0) {
                        m.add(k);
                    }
                });
                return m;
            }
        }, root);
    }

    /** A link to keep: any href but script. */
    private static boolean isLink(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.toLowerCase(Locale.ROOT).startsWith("javascript:");
    }
}
