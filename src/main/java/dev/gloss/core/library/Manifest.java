package dev.gloss.core.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** assets/library/manifest.json: the bundled articles, in order, with their metadata. */
public record Manifest(int version, String name, List<Entry> articles) {

    public Manifest {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public record Entry(String id, String file, String format, String source, String summary) {
    }

    /**
     * Reads a manifest; fields it does not know are skipped. Read with Jackson's streaming parser
     * rather than its data binding, which costs a command-line start a few hundred classes.
     */
    public static Manifest read(InputStream in) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            int version = 0;
            String name = null;
            List<Entry> articles = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "version" -> version = p.getValueAsInt();
                    case "name" -> name = p.getValueAsString();
                    case "articles" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            articles.add(entry(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new Manifest(version, name, articles);
        }
    }

    private static Entry entry(JsonParser p) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value.isScalarValue()) {
                fields.put(field, p.getValueAsString());
            } else {
                p.skipChildren();
            }
        }
        return new Entry(fields.get("id"), fields.get("file"), fields.get("format"), fields.get("source"),
                fields.get("summary"));
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("the manifest has " + found + " where " + wanted + " belongs");
        }
    }
}
