package dev.gloss.app.shell;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;

import java.util.List;

/**
 * A small library for the reading tests, on how a compiler reads a program: a long article with an
 * untitled opening and five headed sections of several paragraphs, a short one that fits a window,
 * and a third never opened.
 */
public final class ReadingFixtures {
    public static final String LONG = "compilers";
    public static final String SHORT = "lexing-in-brief";
    public static final String UNREAD = "register-allocation";

    private static final String[] TOPICS = {"Lexing", "Parsing", "Name resolution", "Type checking", "Code generation"};
    private static final String[] SENTENCES = {
            "The compiler reads the source text from left to right and groups its characters into tokens.",
            "Each token has a kind, such as an identifier, a number or an operator, and the place where it began.",
            "Whitespace and comments separate tokens but are not passed on to the next stage.",
            "A parser takes the tokens and builds a tree that shows how the parts of the program nest.",
            "When a token arrives that no rule expects, the parser reports the line and column of the problem.",
            "Names are looked up in scopes, from the innermost block outwards, until a declaration is found.",
            "A type checker walks the tree and works out the type of every expression from the types of its parts.",
            "Where two types do not fit together, it explains which one was expected and which one was found.",
            "The last stage turns the checked tree into instructions for a machine, or for a virtual one.",
            "Good error messages quote the code they are about and point at the exact characters involved.",
    };

    private ReadingFixtures() {
    }

    /** A paragraph of five sentences, different for each seed. */
    static String paragraph(int seed) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            p.append(i == 0 ? "" : " ").append(SENTENCES[(seed * 3 + i * 7) % SENTENCES.length]);
        }
        return p.toString();
    }

    static String longMarkdown() {
        StringBuilder md = new StringBuilder("# How a Compiler Reads a Program\n\n");
        md.append(paragraph(0)).append("\n\n").append(paragraph(1)).append("\n\n");
        for (int s = 0; s < TOPICS.length; s++) {
            md.append("## ").append(TOPICS[s]).append("\n\n");
            for (int p = 0; p < 4; p++) {
                md.append(paragraph(s * 4 + p + 2)).append("\n\n");
            }
        }
        return md.toString();
    }

    public static Library library() {
        return new Library(List.of(
                parse(longMarkdown(), LONG),
                parse("# Lexing in Brief\n\n" + paragraph(3) + "\n\n## Tokens\n\n" + paragraph(4) + "\n", SHORT),
                parse("# Register Allocation\n\n" + paragraph(5) + "\n\n## Spilling\n\n" + paragraph(6) + "\n", UNREAD)));
    }

    private static Article parse(String markdown, String id) {
        try {
            return MarkdownImporter.parse(markdown, id, new Article.Origin(id + ".md", "markdown"));
        } catch (ImportException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The library as the window loads it, the long article first. */
    public static LibrarySource source() {
        return TestWindows.source(library(), LONG);
    }
}
