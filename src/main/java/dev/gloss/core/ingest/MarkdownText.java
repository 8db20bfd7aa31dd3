package dev.gloss.core.ingest;

import dev.gloss.core.model.Run;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text out of a CommonMark tree without recursion: a hostile file can nest quotes, lists or
 * emphasis thousands deep, and a recursive walk would overflow the stack.
 */
final class MarkdownText {

    private MarkdownText() {
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

    /** The plain text under a node: styles dropped, white space collapsed. */
    static String plain(Node node) {
        InlineRuns runs = new InlineRuns();
        collect(node, runs);
        return runs.takeText();
    }

    /**
     * The inline text under {@code root} as runs: emphasis and strong emphasis kept, code and link
     * text plain, images and HTML tags dropped. Nested lists are left out, as they are items of their own.
     */
    static void collect(Node root, InlineRuns out) {
        Deque<Object> stack = new ArrayDeque<>();
        pushChildren(stack, root);
        collect(stack, out);
    }

    /** Like {@link #collect(Node, InlineRuns)}, for a node itself rather than what is under it. */
    static void collectNode(Node node, InlineRuns out) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(node);
        collect(stack, out);
    }

    private static void collect(Deque<Object> stack, InlineRuns out) {
        int strong = 0;
        int emphasis = 0;
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Exit exit) {
                if (exit.node() instanceof StrongEmphasis) {
                    strong--;
                } else if (exit.node() instanceof Emphasis) {
                    emphasis--;
                } else if (exit.node() instanceof Block) {
                    out.space();
                }
                continue;
            }
            Node n = (Node) top;
            Run.Mark[] style = strong > 0 ? new Run.Mark[] {Run.Mark.STRONG}
                    : emphasis > 0 ? new Run.Mark[] {Run.Mark.EMPHASIS} : new Run.Mark[0];
            if (n instanceof Text text) {
                out.append(text.getLiteral(), style);
            } else if (n instanceof Code code) {
                out.append(code.getLiteral());
            } else if (n instanceof FencedCodeBlock code) {
                appendBlock(out, code.getLiteral());
            } else if (n instanceof IndentedCodeBlock code) {
                appendBlock(out, code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.space();
            } else if (n instanceof ListBlock || n instanceof Image || n instanceof HtmlInline || n instanceof HtmlBlock
                    || n instanceof ThematicBreak || n instanceof LinkReferenceDefinition) {
                continue;
            } else {
                if (n instanceof StrongEmphasis) {
                    strong++;
                } else if (n instanceof Emphasis) {
                    emphasis++;
                } else if (n instanceof Block) {
                    out.space();
                }
                stack.push(new Exit(n));
                pushChildren(stack, n);
            }
        }
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
