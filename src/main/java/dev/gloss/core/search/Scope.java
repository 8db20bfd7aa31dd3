package dev.gloss.core.search;

import java.util.Objects;
import java.util.Set;

/**
 * Where a search looks: the whole library, one article, a set of sections (how the window
 * searches a topic, whatever the topics feature decides its sections are), or the sections
 * indexed with a topic id.
 */
public sealed interface Scope {

    Scope LIBRARY = new Library();

    static Scope library() {
        return LIBRARY;
    }

    static Scope article(String articleId) {
        return new InArticle(articleId);
    }

    static Scope sections(Set<String> sectionIds) {
        return new InSections(sectionIds);
    }

    static Scope topic(String topicId) {
        return new InTopic(topicId);
    }

    record Library() implements Scope {
    }

    record InArticle(String articleId) implements Scope {
        public InArticle {
            Objects.requireNonNull(articleId, "articleId");
        }
    }

    record InSections(Set<String> sectionIds) implements Scope {
        public InSections {
            sectionIds = Set.copyOf(sectionIds);
        }
    }

    /** The sections whose {@link SearchDocument#topicIds()} hold this id when they were indexed. */
    record InTopic(String topicId) implements Scope {
        public InTopic {
            Objects.requireNonNull(topicId, "topicId");
        }
    }
}
