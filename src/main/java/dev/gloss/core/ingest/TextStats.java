package dev.gloss.core.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How much text, link text and how many commas, paragraphs and list items each element of a page
 * holds, counted in one pass over the page. Asking each element for its text instead would read a
 * deep page once per level of nesting.
 */
final class TextStats {

    /** The counts for one element and everything in it. */
    static final class Counts {
        int text;
        int linkText;
        int commas;
        int paragraphs;
        int items;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }

        private void add(Counts c) {
            text += c.text;
            linkText += c.linkText;
            commas += c.commas;
            paragraphs += c.paragraphs;
            items += c.items;
        }

        private void subtract(Counts c) {
            text -= c.text;
            linkText -= c.linkText;
            commas -= c.commas;
            paragraphs -= c.paragraphs;
            items -= c.items;
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    Counts c = countsOf(parent);
                    String text = t.text();
                    c.text += text.strip().length();
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        if (ch == ',' || ch == '，' || ch == '、') {
                            c.commas++;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Counts c = countsOf(e);
                switch (e.normalName()) {
                    // A link within the page ("#notes") is navigation of the article itself, not away from it.
                    case "a" -> c.linkText = e.attr("href").startsWith("#") ? 0 : c.text;
                    case "p" -> c.paragraphs++;
                    case "li" -> c.items++;
                    default -> { }
                }
                if (e != root && e.parent() != null) {
                    countsOf(e.parent()).add(c);
                }
            }
        }, root);
    }

    private Counts countsOf(Element e) {
        return counts.computeIfAbsent(e, k -> new Counts());
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    /** Takes an element out of the page and its counts out of every element around it. */
    void remove(Element e) {
        Counts gone = of(e);
        for (Element p = e.parent(); p != null; p = p.parent()) {
            Counts c = counts.get(p);
            if (c != null) {
                c.subtract(gone);
            }
        }
        e.remove();
    }
}
