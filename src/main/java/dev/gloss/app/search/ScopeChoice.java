package dev.gloss.app.search;

import dev.gloss.core.topics.Topic;

/** Where to search: the whole library, the article being read, or one topic. */
public record ScopeChoice(String label, String kind, String id) {
    static final ScopeChoice LIBRARY = new ScopeChoice("Whole library", "library", "");
    static final ScopeChoice ARTICLE = new ScopeChoice("This article", "article", "");

    static ScopeChoice topic(Topic topic) {
        return new ScopeChoice("Topic: " + topic.name(), "topic", topic.id());
    }

    @Override
    public String toString() {
        return label;
    }
}
