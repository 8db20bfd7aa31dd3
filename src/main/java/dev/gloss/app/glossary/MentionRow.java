package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Mention;

/** One section that mentions the chosen term: where it is, how often, and its first mention. */
public record MentionRow(String articleTitle, String sectionTitle, int count, Mention first) {
    public String sectionId() {
        return first.sectionId();
    }
}
