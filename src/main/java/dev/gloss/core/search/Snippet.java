package dev.gloss.core.search;

import java.util.List;
import java.util.stream.Collectors;

/** A short passage of a section with the words that matched the search marked. */
public record Snippet(List<Part> parts) {

    /** A stretch of text that matched the search or not. */
    public record Part(String text, boolean matched) {
    }

    public static final String OPEN = "«";
    public static final String CLOSE = "»";

    public Snippet {
        parts = List.copyOf(parts);
    }

    public String plainText() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** The text with each match between {@code open} and {@code close}, e.g. "**" and "**". */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            sb.append(part.matched() ? open + part.text() + close : part.text());
        }
        return sb.toString();
    }

    /** The text with each match in «guillemets». */
    public String marked() {
        return marked(OPEN, CLOSE);
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::matched);
    }
}
