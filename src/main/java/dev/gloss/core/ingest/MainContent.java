package dev.gloss.core.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article in a cleaned page, after the method of Firefox's Reader View (Readability):
 * every paragraph of some length scores points for its parent and, less and less, for the
 * ancestors above; points grow with commas and length, class names add or take away, and a
 * container's score shrinks with its share of link text. The best container wins, joined by the
 * siblings that score nearly as well or read as prose. Inside it, link lists and boxes named as
 * furniture are then taken out.
 */
final class MainContent {
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** List items are shorter than paragraphs; an article made of lists is still read. */
    private static final int MIN_ITEM = 20;
    private static final Set<String> LIST_PARTS = Set.of("ul", "ol", "li", "dl", "dd", "dt", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "details",
            "dialog", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul");

    private final Element body;
    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The scored containers in the order first scored, so that a tie goes the same way every time. */
    private final List<Element> candidates = new ArrayList<>();

    private MainContent(Document doc) {
        this.body = doc.body();
        this.stats = new TextStats(body);
    }

    /** The parts of the page that make up the article, in reading order. */
    static List<Element> find(Document doc) {
        return new MainContent(doc).find();
    }

    private List<Element> find() {
        scoreParagraphs();
        Element top = null;
        double topScore = 0;
        for (Element candidate : candidates) {
            double score = finalScore(candidate);
            if (top == null || score > topScore) {
                top = candidate;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        List<Element> parts = withSiblings(top, topScore);
        for (Element part : parts) {
            cleanConditionally(part);
        }
        return parts;
    }

    private void scoreParagraphs() {
        for (Element e : body.getAllElements()) {
            if (!isParagraphLike(e)) {
                continue;
            }
            boolean item = isItem(e);
            TextStats.Counts c = stats.of(e);
            if (c.text < (item ? MIN_ITEM : MIN_PARAGRAPH)) {
                continue;
            }
            double points = 1 + c.commas + Math.min(c.text / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent(); ) {
                if (item && isListPart(ancestor)) {
                    // The lists an item sits in, however deep, are one paragraph's worth of nesting:
                    // the points go to what holds the outermost list.
                    ancestor = ancestor.parent();
                    continue;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double before = scores.get(ancestor);
                if (before == null) {
                    before = initialScore(ancestor);
                    candidates.add(ancestor);
                }
                scores.put(ancestor, before + points / divider);
                ancestor = ancestor.parent();
                level++;
            }
        }
    }

    private static boolean isItem(Element e) {
        return e.normalName().equals("li") || e.normalName().equals("dd") || e.normalName().equals("dt");
    }

    private static boolean isListPart(Element e) {
        return LIST_PARTS.contains(e.normalName());
    }

    /** A paragraph, or a container used as one: a div holding text and inline elements only, or a list item. */
    private static boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
            return true;
        }
        if (tag.equals("div") || tag.equals("section") || isItem(e)) {
            for (Element child : e.children()) {
                if (BLOCK_TAGS.contains(child.normalName())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static double initialScore(Element e) {
        int byTag = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + ClassHints.weight(e);
    }

    private double finalScore(Element e) {
        return scores.getOrDefault(e, 0.0) * (1 - stats.of(e).linkDensity());
    }

    /** The winner with its siblings that score nearly as well, or read as prose of their own. */
    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongsWith(sibling, top, topScore, threshold)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private boolean belongsWith(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        TextStats.Counts c = stats.of(sibling);
        if (c.text > 80) {
            return c.linkDensity() < 0.25;
        }
        return c.text > 0 && c.linkText == 0 && sibling.text().matches(".*\\.( .*|$)");
    }

    /**
     * Takes link lists, link-heavy boxes and headings, and boxes named as furniture out of the
     * article. Later elements go first, so that a box is judged after its own furniture is gone.
     */
    private void cleanConditionally(Element part) {
        Elements boxes = part.select("div, section, header, figure, table, ul, ol, dl, h1, h2, h3, h4, h5, h6");
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Element e = boxes.get(i);
            // What holds most of the article's text is the article, whatever its class names say.
            if (e != part && !HtmlCleaner.holdsMostOf(stats.of(e).text, stats.of(part).text) && isClutter(e)) {
                stats.remove(e);
            }
        }
    }

    private boolean isClutter(Element e) {
        int weight = ClassHints.weight(e);
        TextStats.Counts c = stats.of(e);
        double links = c.linkDensity();
        String tag = e.normalName();
        if (tag.matches("h[1-6]")) {
            return weight < 0 || links > 0.33;
        }
        if (weight < 0) {
            return true;
        }
        if (c.commas >= 10) {
            return false;
        }
        if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
            return links > 0.5;
        }
        return weight < 25 && links > 0.2 || links > 0.5;
    }
}
