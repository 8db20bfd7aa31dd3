package dev.gloss.core.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Objects;

/**
 * A subject that runs across the articles, with the terms that signal it. The built-in
 * {@link #GENERAL} topic has no terms: it holds the sections no other topic describes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(String id, String name, String description, List<String> terms) {

    public static final String GENERAL_ID = "general";

    public static final Topic GENERAL = new Topic(GENERAL_ID, "General",
            "Sections that none of the other topics describes well.", List.of());

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    }

    public boolean isGeneral() {
        return GENERAL_ID.equals(id);
    }
}
