package dev.gloss.core.ingest;

import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.Run;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text out of a CommonMark tree without recursion: a hostile file can nest quotes, lists or
 * emphasis thousands deep, and a recursive walk would overflow the stack.
 */
final class MarkdownText {
    private static final Pattern HTML_TAG = Pattern.compile("^<(/?)([A-Za-z][\\w-]*)[^>]*?(/?)>$", Pattern.DOTALL);
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>]+");
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private MarkdownText() {
    }

    /** What inline text meets that is not text: images, and references to footnotes. */
    interface Sink {
        /** An image among the runs: {@code linked} when it is the text of a link. */
        void image(String destination, String title, String alt, boolean linked);

        /** A reference to the footnote {@code label}: gives what the reference shows and links to (its number). */
        String footnote(String label);
    }

    /** A pre-order walk over the children of a node, which goes into a node's children only when asked. */
    static final class Walk {
        private final Deque<Node> stack = new ArrayDeque<>();

        Walk(Node root) {
            descend(root);
        }

        Node next() {
            return stack.poll();
        }

        /** The children of {@code node} come next, before its following siblings. */
        void descend(Node node) {
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
    }

    /** Marks the end of a styled node on the walk's stack. */
    private record Exit(Node node) {
    }

    /** The look of the text at one place of the walk. */
    private static final class Look {
        int strong;
        int emphasis;
        int strike;
        int sub;
        int sup;
        int code;
        final Deque<String> links = new ArrayDeque<>();

        Set<Run.Mark> marks() {
            EnumSet<Run.Mark> m = EnumSet.noneOf(Run.Mark.class);
            if (strong > 0) {
                m.add(Run.Mark.STRONG);
            }
            if (emphasis > 0) {
                m.add(Run.Mark.EMPHASIS);
            }
            if (strike > 0) {
                m.add(Run.Mark.STRIKETHROUGH);
            }
            if (sub > 0) {
                m.add(Run.Mark.SUBSCRIPT);
            }
            if (sup > 0) {
                m.add(Run.Mark.SUPERSCRIPT);
            }
            if (code > 0) {
                m.add(Run.Mark.CODE);
            }
            return m;
        }

        String link() {
            return links.isEmpty() ? null : links.peek();
        }
    }

    /** The plain text under a node: styles dropped, images left out, white space collapsed. */
    static String plain(Node node) {
        InlineRuns runs = new InlineRuns();
        collect(node, runs, null, false);
        return runs.takeText();
    }

    /** The inline text under {@code root} as runs, images left out. */
    static void collect(Node root, InlineRuns out) {
        collect(root, out, null, false);
    }

    /** Like {@link #collect(Node, InlineRuns)}, for a node itself rather than what is under it. */
    static void collectNode(Node node, InlineRuns out) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(node);
        collect(stack, out, null, false);
    }

    /**
     * The inline text under {@code root} as runs: emphasis, strong, strikethrough, code, links,
     * HTML's sub, sup and br kept. Images go to {@code sink} when there is one; otherwise their alt
     * text is read when {@code altText}, else they are left out. Nested lists are left out.
     */
    static void collect(Node root, InlineRuns out, Sink sink, boolean altText) {
        Deque<Object> stack = new ArrayDeque<>();
        pushChildren(stack, root);
        collect(stack, out, sink, altText);
    }

    private static void collect(Deque<Object> stack, InlineRuns out, Sink sink, boolean altText) {
        Look look = new Look();
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Exit exit) {
                Node n = exit.node();
                if (n instanceof StrongEmphasis) {
                    look.strong--;
                } else if (n instanceof Emphasis) {
                    look.emphasis--;
                } else if (n instanceof Strikethrough) {
                    look.strike--;
                } else if (n instanceof Link) {
                    look.links.poll();
                } else if (n instanceof Block) {
                    out.space();
                }
                continue;
            }
            Node n = (Node) top;
            if (n instanceof Text text) {
                appendText(text.getLiteral(), look, out);
            } else if (n instanceof Code code) {
                Set<Run.Mark> marks = look.marks();
                marks.add(Run.Mark.CODE);
                out.append(code.getLiteral(), marks, look.link());
            } else if (n instanceof FencedCodeBlock code) {
                appendBlock(out, code.getLiteral());
            } else if (n instanceof IndentedCodeBlock code) {
                appendBlock(out, code.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.space();
            } else if (n instanceof HardLineBreak) {
                out.lineBreak();
            } else if (n instanceof FootnoteReference ref) {
                String shown = sink == null ? ref.getLabel() : sink.footnote(ref.getLabel());
                out.append(shown, Set.of(Run.Mark.SUPERSCRIPT), Footnotes.REF_PREFIX + shown);
            } else if (n instanceof Image image) {
                if (sink != null) {
                    sink.image(image.getDestination(), image.getTitle(), plain(image), look.link() != null);
                } else if (altText) {
                    pushChildren(stack, n);
                }
            } else if (n instanceof HtmlInline html) {
                htmlInline(html.getLiteral(), look, out, sink);
            } else if (n instanceof ListBlock || n instanceof HtmlBlock || n instanceof ThematicBreak
                    || n instanceof LinkReferenceDefinition) {
                continue;
            } else {
                if (n instanceof StrongEmphasis) {
                    look.strong++;
                } else if (n instanceof Emphasis) {
                    look.emphasis++;
                } else if (n instanceof Strikethrough) {
                    look.strike++;
                } else if (n instanceof Link link) {
                    look.links.push(link.getDestination() == null ? "" : link.getDestination());
                } else if (n instanceof Block) {
                    out.space();
                }
                stack.push(new Exit(n));
                pushChildren(stack, n);
            }
        }
    }

    /** Inline HTML tags: the few that change how text reads are followed; the rest are dropped. */
    private static void htmlInline(String literal, Look look, InlineRuns out, Sink sink) {
        Matcher m = HTML_TAG.matcher(literal.strip());
        if (!m.matches()) {
            return;
        }
        boolean closing = !m.group(1).isEmpty();
        String tag = m.group(2).toLowerCase(Locale.ROOT);
        int step = closing ? -1 : 1;
        switch (tag) {
            case "br" -> out.lineBreak();
            case "b", "strong" -> look.strong = Math.max(0, look.strong + step);
            case "i", "em", "cite", "dfn", "var" -> look.emphasis = Math.max(0, look.emphasis + step);
            case "s", "del", "strike" -> look.strike = Math.max(0, look.strike + step);
            case "sub" -> look.sub = Math.max(0, look.sub + step);
            case "sup" -> look.sup = Math.max(0, look.sup + step);
            case "code", "kbd", "samp", "tt" -> look.code = Math.max(0, look.code + step);
            case "img" -> {
                if (!closing && sink != null) {
                    String src = attribute(literal, "src");
                    if (src != null) {
                        sink.image(src, attribute(literal, "title"), attribute(literal, "alt"), look.link() != null);
                    }
                }
            }
            default -> {
                // other tags are dropped, their text kept
            }
        }
    }

    /** Text, its bare web addresses made links (GitHub's autolinks) when it is not a link already. */
    private static void appendText(String literal, Look look, InlineRuns out) {
        if (look.link() != null || look.code > 0 || !(literal.contains("://") || literal.contains("www."))) {
            out.append(literal, look.marks(), look.link());
            return;
        }
        Matcher m = BARE_URL.matcher(literal);
        int at = 0;
        while (m.find()) {
            String url = trimUrl(m.group());
            if (url.length() < 8) {
                continue;
            }
            out.append(literal.substring(at, m.start()), look.marks(), null);
            String target = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            out.append(url, look.marks(), target);
            at = m.start() + url.length();
        }
        out.append(literal.substring(at), look.marks(), null);
    }

    /** An address without the punctuation that ends the sentence around it, and without an unmatched ")". */
    private static String trimUrl(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            if (".,:;!?'\"*_~".indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
            } else if (last == ')' && u.chars().filter(c -> c == '(').count() < u.chars().filter(c -> c == ')').count()) {
                u = u.substring(0, u.length() - 1);
            } else {
                break;
            }
        }
        return u;
    }

    private static String attribute(String tag, String name) {
        Matcher m = HTML_ATTRIBUTE.matcher(tag);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                return org.jsoup.parser.Parser.unescapeEntities(v, true);
            }
        }
        return null;
    }

    private static void appendBlock(InlineRuns out, String literal) {
        out.space();
        out.append(literal);
        out.space();
    }

    private static void pushChildren(Deque<Object> stack, Node node) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
    }
}
