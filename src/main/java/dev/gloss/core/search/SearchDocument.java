package dev.gloss.core.search;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** What the index keeps of one section: ids, titles, text and the topics it belongs to. */
public record SearchDocument(String articleId, String articleTitle, String sectionId, String sectionTitle,
                             String body, Set<String> topicIds) {

    public SearchDocument {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(body, "body");
        topicIds = Set.copyOf(topicIds);
    }

    /**
     * One document per section of {@code article}. An untitled introduction has no title to
     * match; {@code topicsOfSection} gives a section id's topics (an empty set if none).
     */
    public static List<SearchDocument> of(Article article, Function<String, Set<String>> topicsOfSection) {
        List<SearchDocument> documents = new ArrayList<>(article.sections().size());
        for (Section section : article.sections()) {
            documents.add(new SearchDocument(article.id(), article.title(), section.id(),
                    section.hasVisibleTitle() ? section.title() : "", section.plainText(),
                    topicsOfSection.apply(section.id())));
        }
        return documents;
    }
}
