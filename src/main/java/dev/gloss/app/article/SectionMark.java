package dev.gloss.app.article;

/**
 * A range to mark in a section's text, by offsets into {@code Section.plainText()} (paragraphs and
 * list items joined by line breaks), with the key of what it marks (a glossary term's id, say).
 */
public record SectionMark(int start, int end, String key) {
}
