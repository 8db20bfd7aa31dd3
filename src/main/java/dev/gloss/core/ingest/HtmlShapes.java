package dev.gloss.core.ingest;

import dev.gloss.core.model.Callout;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes that documentation sites, blogs and wikis give their blocks, recognised by class
 * names and attributes: callouts (admonitions, alerts, notecards), code with its language and
 * line-number gutters, mathematics, and the "[edit]" and permalink marks beside headings.
 */
final class HtmlShapes {
    /** The element a page's mathematics is replaced with before cleaning; its TeX in {@code data-tex}. */
    static final String MATH_TAG = "gloss-math";

    private static final Set<String> CALLOUT_TOKENS = Set.of("admonition", "alert", "callout", "note", "tip",
            "warning", "caution", "important", "danger", "notice", "markdown-alert", "notecard",
            "theme-admonition", "admonitionblock", "hint", "attention");
    private static final List<String> CALLOUT_PREFIXES = List.of("admonition-", "alert-", "callout-",
            "markdown-alert-", "theme-admonition-", "notecard-");
    private static final String CALLOUT_TITLES = ".admonition-title, .markdown-alert-title, .callout-title,"
            + " .alert-title, .alert-heading, .admonition-heading";
    private static final Set<String> CALLOUT_HOSTS = Set.of("div", "aside", "section", "blockquote", "p");

    private static final Pattern LANGUAGE_CLASS = Pattern.compile(
            "(?:^|\\s)(?:language|lang|highlight-source|highlight|brush)[-:]\\s*([A-Za-z0-9_+#.\\-]+)");
    private static final Set<String> NO_LANGUAGE = Set.of("none", "plain", "plaintext", "text", "nohighlight",
            "default", "notranslate");
    private static final Set<String> GUTTER_TOKENS = Set.of("gutter", "lineno", "linenos", "line-number",
            "line-numbers-rows", "linenodiv", "line-numbers-wrapper", "ln", "hljs-ln-numbers", "lnt", "lntd-gutter");
    private static final Set<String> PERMALINK_TOKENS = Set.of("headerlink", "anchor", "anchorjs-link", "hash-link",
            "heading-anchor", "header-anchor", "permalink", "anchor-link", "direct-link", "heading-link",
            "headline-anchor", "autolink-anchor");
    private static final Set<String> PERMALINK_TEXTS = Set.of("", "¶", "#", "§", "🔗", "⁋", "link", "permalink");

    private HtmlShapes() {
    }

    static Set<String> tokens(Element e) {
        return Set.copyOf(List.of(e.className().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    // ---- callouts

    /** Whether an element is a callout box, by its class names. */
    static boolean isCallout(Element e) {
        if (!CALLOUT_HOSTS.contains(e.normalName())) {
            return false;
        }
        for (String t : tokens(e)) {
            if (CALLOUT_TOKENS.contains(t)) {
                return true;
            }
            for (String prefix : CALLOUT_PREFIXES) {
                if (t.startsWith(prefix) && t.length() > prefix.length() && !t.equals("alert-dismissible")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind a callout's class names give (a note when they give none that Gloss knows). */
    static Callout.Kind calloutKind(Element e) {
        for (String t : e.className().toLowerCase(Locale.ROOT).split("\\s+")) {
            Optional<Callout.Kind> whole = Callout.Kind.of(t);
            if (whole.isPresent()) {
                return whole.get();
            }
            String[] parts = t.split("[-_]+");
            if (parts.length > 1) {
                Optional<Callout.Kind> last = Callout.Kind.of(parts[parts.length - 1]);
                if (last.isPresent()) {
                    return last.get();
                }
            }
        }
        return Callout.Kind.NOTE;
    }

    /** The callout's own title element, if it has one. */
    static Optional<Element> calloutTitle(Element callout) {
        for (Element t : callout.select(CALLOUT_TITLES)) {
            if (t != callout && t.closest("pre") == null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    // ---- code

    /** Whether an element is a line-number gutter beside code. */
    static boolean isGutter(Element e) {
        for (String t : tokens(e)) {
            if (GUTTER_TOKENS.contains(t)) {
                return true;
            }
        }
        return e.hasAttr("data-line-number") && e.normalName().equals("td");
    }

    /** Whether a table lays out code beside its line numbers. */
    static boolean isCodeTable(Element table) {
        if (table.selectFirst("pre, code") == null) {
            return false;
        }
        for (String t : tokens(table)) {
            if (t.equals("highlighttable") || t.equals("rouge-table") || t.equals("lntable")
                    || t.equals("hljs-ln") || t.equals("code-table")) {
                return true;
            }
        }
        for (Element cell : table.select("td")) {
            if (isGutter(cell) || cell.selectFirst(".gutter, .lineno, .linenos, .linenodiv") != null) {
                return true;
            }
        }
        return false;
    }

    /** The language a code block names: its classes, a data-lang attribute, or a wrapper's classes. */
    static String codeLanguage(Element pre) {
        Element code = pre.selectFirst("code");
        for (Element e : new Element[] {code, pre}) {
            if (e == null) {
                continue;
            }
            String lang = languageOf(e);
            if (lang != null) {
                return lang;
            }
        }
        Element up = pre.parent();
        for (int i = 0; i < 4 && up != null; i++, up = up.parent()) {
            String lang = languageOf(up);
            if (lang != null) {
                return lang;
            }
        }
        return null;
    }

    private static String languageOf(Element e) {
        for (String attr : new String[] {"data-lang", "data-language", "lang"}) {
            if (e.hasAttr(attr) && !e.normalName().equals("html") && !attr.equals("lang")) {
                String v = clean(e.attr(attr));
                if (v != null) {
                    return v;
                }
            }
        }
        Matcher m = LANGUAGE_CLASS.matcher(e.className());
        while (m.find()) {
            String v = clean(m.group(1));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (l.endsWith(";")) {
            l = l.substring(0, l.length() - 1);
        }
        return l.isEmpty() || NO_LANGUAGE.contains(l) || l.length() > 30 ? null : l;
    }

    /**
     * The text of a pre as it is, its line breaks and spaces kept: highlighting spans give their
     * text, a br is a line break, line numbers inside are left out. One leading line break (HTML
     * drops it too) and the trailing blank lines go.
     */
    static String codeText(Element pre) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private Element skipping;

            @Override
            public void head(Node node, int depth) {
                if (skipping != null) {
                    return;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e != pre && (isGutter(e) || e.normalName().equals("button"))) {
                        skipping = e;
                    } else if (e.normalName().equals("br")) {
                        sb.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == skipping) {
                    skipping = null;
                }
            }
        }, pre);
        String text = sb.toString().replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        if (text.startsWith("\n")) {
            text = text.substring(1);
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(0, end);
    }

    // ---- headings

    /** Takes the "[edit]" links and the permalink marks ("¶", "#") out of headings. */
    static void removeHeadingMarks(Document doc) {
        doc.select(".mw-editsection, .editsection, .mw-headline-anchor").remove();
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            for (Element a : h.select("a")) {
                if (isPermalink(a)) {
                    a.remove();
                }
            }
        }
    }

    private static boolean isPermalink(Element a) {
        String text = a.text().strip().toLowerCase(Locale.ROOT);
        boolean symbol = PERMALINK_TEXTS.contains(text);
        for (String t : tokens(a)) {
            if (PERMALINK_TOKENS.contains(t)) {
                return symbol || a.attr("href").startsWith("#");
            }
        }
        return symbol && a.attr("href").startsWith("#");
    }

    // ---- mathematics

    /**
     * Replaces each formula (MathML, KaTeX, MathJax) with one {@code gloss-math} element holding
     * its TeX source, or its text when the page gives no TeX, and whether it is displayed.
     */
    static void markMath(Document doc) {
        doc.select(".MathJax_Preview, .MJX_Assistive_MathML").remove();
        String formulas = ".katex-display, .MathJax_Display, mjx-container, .katex, .MathJax, span.MathJax_SVG,"
                + " math, script[type^=math/tex], div.math, span.math, div.arithmatex, span.arithmatex";
        for (Element e : doc.select(formulas)) {
            if (e.root() != doc) {
                continue;
            }
            String tex = null;
            Element annotation = e.selectFirst("annotation[encoding=application/x-tex]");
            if (annotation != null) {
                tex = annotation.wholeText().strip();
            } else if (e.normalName().equals("script")) {
                tex = e.data().strip();
            } else if (e.nextElementSibling() != null && e.nextElementSibling().normalName().equals("script")
                    && e.nextElementSibling().attr("type").startsWith("math/tex")) {
                Element script = e.nextElementSibling();
                tex = script.data().strip();
                script.remove();
            }
            if (tex == null) {
                Element mathml = e.selectFirst(".katex-mathml");
                tex = (mathml != null ? mathml.text() : e.text()).strip();
                tex = stripDelimiters(tex);
            }
            boolean display = e.hasClass("katex-display") || e.hasClass("MathJax_Display")
                    || "true".equals(e.attr("display")) || "block".equals(e.attr("display"))
                    || e.attr("type").contains("mode=display") || e.normalName().equals("div")
                    || e.parent() != null && e.parent().hasClass("katex-display");
            Element m = new Element(MATH_TAG);
            m.attr("data-tex", tex);
            if (display) {
                m.attr("data-display", "true");
            }
            e.replaceWith(m);
        }
    }

    private static String stripDelimiters(String tex) {
        String t = tex.strip();
        if (t.startsWith("\\[") && t.endsWith("\\]") || t.startsWith("\\(") && t.endsWith("\\)")) {
            return t.substring(2, t.length() - 2).strip();
        }
        if (t.startsWith("$$") && t.endsWith("$$") && t.length() >= 4) {
            return t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    static boolean isDisplayMath(Element e) {
        return e.normalName().equals(MATH_TAG) && e.hasAttr("data-display");
    }
}
