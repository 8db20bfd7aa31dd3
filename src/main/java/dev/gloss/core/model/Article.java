package dev.gloss.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An article: a title, what is known about it, and its sections in reading order. */
public record Article(String id, String title, List<Section> sections, Origin origin, Meta meta) {

    /**
     * Where an article came from: the file it was read from, its format, and for an imported file
     * the absolute path it was imported from (null otherwise), against which its relative links
     * to other imported files are resolved.
     */
    public record Origin(String fileName, String format, String sourcePath) {
        public Origin(String fileName, String format) {
            this(fileName, format, null);
        }

        /** The same origin, imported from another path. */
        public Origin at(String path) {
            return new Origin(fileName, format, path);
        }
    }

    /** The same article with another origin. */
    public Article withOrigin(Origin newOrigin) {
        return new Article(id, title, sections, newOrigin, meta);
    }

    /**
     * What the source says of the article, each part null (or empty) when it does not say:
     * author, date published (as the source gives it, ISO 8601 when it can be read as a date),
     * the address it was saved from, a description, tags, and its language (a BCP 47 tag).
     */
    public record Meta(String author, String published, String sourceUrl, String description, List<String> tags,
                       String language) {
        public static final Meta NONE = new Meta(null, null, null, null, List.of(), null);

        public Meta {
            author = blankToNull(author);
            published = blankToNull(published);
            sourceUrl = blankToNull(sourceUrl);
            description = blankToNull(description);
            language = blankToNull(language);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        meta = meta == null ? Meta.NONE : meta;
        sections = List.copyOf(sections);
    }

    public Article(String id, String title, List<Section> sections, Origin origin) {
        this(id, title, sections, origin, Meta.NONE);
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
