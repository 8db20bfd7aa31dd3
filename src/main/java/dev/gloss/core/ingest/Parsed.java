package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;

import java.util.List;
import java.util.Map;

/**
 * An article as an importer read it, with what the reader should be told about the reading
 * ({@code warnings}: malformed front matter, images left out...) and the files it keeps beside the
 * article ({@code assets}: images, by the name that {@code ImageBlock.src} gives them).
 */
public record Parsed(Article article, List<String> warnings, Map<String, byte[]> assets) {
    public Parsed {
        warnings = List.copyOf(warnings);
        assets = Map.copyOf(assets);
    }
}
