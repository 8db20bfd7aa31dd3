package dev.gloss.core.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** assets/library/manifest.json: the bundled articles, in order, with their metadata. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(int version, String name, List<Entry> articles) {

    public Manifest {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String file, String format, String source, String summary) {
    }
}
