package dev.gloss.core.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.regex.Pattern;

/**
 * Takes out of a parsed page what is never article text: scripts, styles, embedded frames,
 * forms, media, hidden elements, and the page's furniture (navigation, site header and footer,
 * asides, cookie banners, comments, share buttons, related stories, ads), recognised by tag, by
 * ARIA role and by class names.
 */
final class HtmlCleaner {
    /**
     * Elements whose content is never article text. Images and pictures stay (the writer keeps the
     * ones that are content); mathematics was replaced by {@link HtmlShapes#markMath} before.
     */
    static final String NEVER_CONTENT = "script, style, noscript, template, iframe, frame, frameset, object, embed,"
            + " applet, input, button, select, textarea, option, datalist, output, svg, math, canvas,"
            + " video, audio, track, map, area, link, meta, base, dialog, portal";
    /** An element holding more than this share of the page's text is the article, whatever its name. */
    private static final double MOST_OF_THE_TEXT = 0.5;
    /** ...and holding at least this many characters: a cookie banner alone on an empty page is still one. */
    private static final int ARTICLE_TEXT = 500;
    private static final String BLOCK_INSIDE = "p, div, ul, ol, dl, blockquote, pre, table, h1, h2, h3, h4, h5, h6";
    private static final String FURNITURE_TAGS = "nav, aside, footer, menu";
    private static final String FURNITURE_ROLES = "[role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=search], [role=dialog], [role=alertdialog], [role=menu], [role=menubar],"
            + " [role=toolbar], [role=tooltip], [role=status], [role=alert]";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final String ARTICLE_ELEMENTS = "article, main, [itemprop=articleBody], [role=main]";
    /** A heading and this many paragraphs are an article, whatever the class names around them say. */
    private static final int ARTICLE_PARAGRAPHS = 3;

    private HtmlCleaner() {
    }

    static void clean(Document doc) {
        // Task-list check boxes are inputs, which go: their state is kept on the item.
        // Selectors here name one element each: a descendant selector costs the page's depth per element.
        for (Element box : doc.select("input[type=checkbox]")) {
            Element li = box.closest("li");
            if (li != null && !li.hasAttr("data-gloss-checked")) {
                li.attr("data-gloss-checked", String.valueOf(box.hasAttr("checked")));
            }
        }
        HtmlShapes.markMath(doc);
        HtmlShapes.removeHeadingMarks(doc);
        doc.select(NEVER_CONTENT).remove();
        for (Element src : doc.select("source")) {
            if (src.parent() == null || !src.parent().normalName().equals("picture")) {
                src.remove();
            }
        }
        removeForms(doc);
        for (Element e : doc.select(HIDDEN)) {
            if (!e.hasAttr("style") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        keepAttributions(doc);
        for (Element e : doc.select(FURNITURE_TAGS + ", " + FURNITURE_ROLES)) {
            // An aside or role=alert named as a note or warning is the article's own callout.
            if (!HtmlShapes.isCallout(e) || e.normalName().equals("nav")) {
                e.remove();
            }
        }
        removeSiteHeaders(doc);
        removeFurnitureByName(doc);
    }

    /**
     * A quote's attribution is the quote's own, not the page's footer: a footer inside the quote, a
     * cite just after it, or the caption of a figure around it becomes the quote's last paragraph, in
     * italics.
     */
    private static void keepAttributions(Document doc) {
        for (Element quote : doc.select("blockquote")) {
            for (Element footer : quote.children()) {
                if (footer.normalName().equals("footer")) {
                    attribution(quote, footer);
                }
            }
            Element next = quote.nextElementSibling();
            if (next != null && next.normalName().equals("cite") && quote.nextSibling() != null
                    && (quote.nextSibling() == next || quote.nextSibling() instanceof TextNode t && t.isBlank()
                    && t.nextSibling() == next)) {
                attribution(quote, next);
            }
            Element figure = quote.parent();
            if (figure != null && figure.normalName().equals("figure") && figure.selectFirst("img") == null) {
                for (Element caption : figure.children()) {
                    if (caption.normalName().equals("figcaption")) {
                        attribution(quote, caption);
                    }
                }
            }
        }
    }

    private static void attribution(Element quote, Element from) {
        if (from.text().isBlank()) {
            return;
        }
        Element p = new Element("p");
        if (from.selectFirst(BLOCK_INSIDE) == null) {
            Element em = p.appendElement("em");
            for (org.jsoup.nodes.Node n : new java.util.ArrayList<>(from.childNodes())) {
                em.appendChild(n);
            }
            from.remove();
            quote.appendChild(p);
        } else {
            from.remove();
            quote.appendChild(from.tagName("div"));
        }
    }

    /**
     * Search boxes, comment and newsletter forms go; a form that wraps the whole page, as some site
     * builders do, is unwrapped instead.
     */
    private static void removeForms(Document doc) {
        for (Element form : doc.select("form")) {
            if (form.selectFirst("article, main, h1, p") != null && form.select("p").size() > 3) {
                form.unwrap();
            } else {
                form.remove();
            }
        }
    }

    /** A page's header outside the article holds the logo and menus; an article's own header holds its title. */
    private static void removeSiteHeaders(Document doc) {
        for (Element header : doc.select("header")) {
            Element parent = header.parent();
            boolean inArticle = parent != null && parent.closest(ARTICLE_ELEMENTS) != null;
            if (!inArticle && header.selectFirst("h1") == null) {
                header.remove();
            }
        }
    }

    /**
     * Takes out elements whose class names say furniture, unless they wrap the article. A header or
     * meta box that holds an h1 stays: an article's header is often named "post-header".
     */
    private static void removeFurnitureByName(Document doc) {
        Element body = doc.body();
        TextStats stats = new TextStats(body);
        int pageText = stats.of(body).text;
        NodeTraversor.filter((node, depth) -> node instanceof Element e && e != body && isFurniture(e)
                && !holdsMostOf(stats.of(e).text, pageText)
                ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE, body);
    }

    /** Whether an element holds most of the page's text: then it is the article, however it is named. */
    static boolean holdsMostOf(int text, int whole) {
        return text >= ARTICLE_TEXT && text > whole * MOST_OF_THE_TEXT;
    }

    private static boolean isFurniture(Element e) {
        if (ClassHints.isFurniture(e)) {
            return !holdsArticle(e);
        }
        return !HtmlShapes.isCallout(e) && ClassHints.isMaybeFurniture(e) && e.selectFirst("h1") == null && !holdsArticle(e);
    }

    /**
     * Whether an element is or wraps the article, so that a wrapper named "layout has-sidebar" stays.
     * An article element named as furniture does not count: some sites mark each comment up as one.
     */
    private static boolean holdsArticle(Element e) {
        for (Element a : e.select(ARTICLE_ELEMENTS)) {
            if (!ClassHints.isFurniture(a) && !ClassHints.isMaybeFurniture(a)) {
                return true;
            }
        }
        return e.selectFirst("h1") != null && e.select("p").size() >= ARTICLE_PARAGRAPHS;
    }
}
