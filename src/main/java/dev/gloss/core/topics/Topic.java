package dev.gloss.core.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Objects;

/**
 * A subject that runs across the articles, with the terms that signal it and where it comes from.
 * The built-in {@link #GENERAL} topic has no terms: it holds the sections no other topic describes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(String id, String name, String description, List<String> terms, TopicSource source) {

    public static final String GENERAL_ID = "general";

    public static final Topic GENERAL = new Topic(GENERAL_ID, "General",
            "Sections that none of the other topics describes well.", List.of(), TopicSource.BUNDLED);

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        source = source == null ? TopicSource.BUNDLED : source;
    }

    /** A curated topic, as the bundled topics.json lists them. */
    public Topic(String id, String name, String description, List<String> terms) {
        this(id, name, description, terms, TopicSource.BUNDLED);
    }

    /** The same topic under another name and description (the reader renamed or described it). */
    public Topic renamed(String newName, String newDescription) {
        return new Topic(id, newName, newDescription, terms, source);
    }

    public boolean isGeneral() {
        return GENERAL_ID.equals(id);
    }
}
