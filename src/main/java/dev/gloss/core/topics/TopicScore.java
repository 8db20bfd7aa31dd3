package dev.gloss.core.topics;

/** How strongly a section's text signals a topic; 0 for the fallback to {@link Topic#GENERAL}. */
public record TopicScore(Topic topic, double score) {
}
