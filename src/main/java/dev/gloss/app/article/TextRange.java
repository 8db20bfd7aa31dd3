package dev.gloss.app.article;

/** A range of characters in a text block, end exclusive. */
public record TextRange(int start, int end) {
}
