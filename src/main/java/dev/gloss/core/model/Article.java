package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An article: a title and its sections, in order. */
public record Article(String id, String title, List<Section> sections, Origin origin) {

    /** Where an article came from: the file it was read from and its format. */
    public record Origin(String fileName, String format) {
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public int wordCount() {
        return Words.count(title) + sections.stream()
                .mapToInt(s -> s.wordCount() + (s.hasVisibleTitle() ? Words.count(s.title()) : 0))
                .sum();
    }

    public int readingMinutes() {
        return Words.readingMinutes(wordCount());
    }
}
