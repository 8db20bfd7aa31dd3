package dev.gloss.core.glossary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file format shared by the bundled glossary (assets/library/glossary.json) and the reader's
 * overlay (glossary-user.json): {@code {"version": 1, "terms": [...]}}, unknown fields ignored so
 * that a newer Gloss can add fields without breaking an older one. The reader's overlay keeps them:
 * a field this version does not know, in the document or in an entry, is written back as it was read.
 */
final class GlossaryJson {
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A glossary file. {@code dismissed} is the reader's overlay only: the names of terms found
     * automatically that the reader dismissed, never to be suggested again.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"version", "terms", "dismissed"})
    record Document(int version, List<Entry> terms,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dismissed) {
        Document(int version, List<Entry> terms) {
            this(version, terms, List.of());
        }

        List<String> dismissedNames() {
            return dismissed == null ? List.of() : dismissed.stream().filter(d -> d != null && !d.isBlank()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "term", "aliases", "definition", "explanation", "related", "category", "relatedOnly"})
    record Entry(String id, String term, List<String> aliases, String definition, String explanation,
                 List<String> related, String category,
                 @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean relatedOnly) {

        static Entry of(Term t) {
            return new Entry(t.id(), t.term(), t.aliases(), t.definition(), t.explanation(), t.related(),
                    t.category(), t.relatedOnly());
        }

        Term toTerm(Term.Origin origin) throws IOException {
            if (id == null || id.isBlank() || term == null || term.isBlank()
                    || definition == null || definition.isBlank()) {
                throw new IOException("an entry lacks its id, term or definition"
                        + (term != null ? " (" + term + ")" : id != null ? " (" + id + ")" : ""));
            }
            return new Term(id, term.strip(), strip(aliases), definition.strip(), explanation, related, category,
                    relatedOnly, origin);
        }

        private static List<String> strip(List<String> names) {
            List<String> out = new ArrayList<>();
            if (names != null) {
                for (String n : names) {
                    if (n != null && !n.isBlank()) {
                        out.add(n.strip());
                    }
                }
            }
            return out;
        }
    }

    private static final Set<String> DOCUMENT_FIELDS = Set.of("version", "terms", "dismissed");
    private static final Set<String> ENTRY_FIELDS = Set.of(
            "id", "term", "aliases", "definition", "explanation", "related", "category", "relatedOnly");

    /**
     * The fields of a document this version does not know: those of the document itself, and those
     * of each entry by its id. Saved back with the entries they came with.
     */
    record Unknown(ObjectNode document, Map<String, ObjectNode> entries) {
        static final Unknown NONE = new Unknown(JsonNodeFactory.instance.objectNode(), Map.of());
    }

    /** A document as read, with the fields it holds that this version does not know. */
    record Read(Document document, Unknown unknown) {
    }

    private GlossaryJson() {
    }

    /** Reads a glossary document; any malformed content is an IOException with a readable message. */
    static Document read(InputStream in) throws IOException {
        Document doc;
        try {
            doc = MAPPER.readValue(in, Document.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("it is not valid glossary JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (doc == null || doc.terms() == null) {
            throw new IOException("it has no \"terms\" list");
        }
        return doc;
    }

    /** Reads a glossary document and the fields of it this version does not know. */
    static Read readKeeping(InputStream in) throws IOException {
        JsonNode root;
        Document doc;
        try {
            root = MAPPER.readTree(in);
            doc = root == null || root.isMissingNode() ? null : MAPPER.treeToValue(root, Document.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("it is not valid glossary JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (doc == null || doc.terms() == null) {
            throw new IOException("it has no \"terms\" list");
        }
        return new Read(doc, unknownOf(root));
    }

    private static Unknown unknownOf(JsonNode root) {
        ObjectNode document = unknownFields(root, DOCUMENT_FIELDS);
        Map<String, ObjectNode> entries = new HashMap<>();
        for (JsonNode entry : root.path("terms")) {
            String id = entry.path("id").asText("");
            ObjectNode unknown = unknownFields(entry, ENTRY_FIELDS);
            if (!id.isEmpty() && !unknown.isEmpty()) {
                entries.putIfAbsent(id, unknown);
            }
        }
        return new Unknown(document, Map.copyOf(entries));
    }

    private static ObjectNode unknownFields(JsonNode node, Set<String> known) {
        ObjectNode unknown = JsonNodeFactory.instance.objectNode();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!known.contains(field.getKey())) {
                    unknown.set(field.getKey(), field.getValue().deepCopy());
                }
            }
        }
        return unknown;
    }

    static List<Term> terms(Document doc, Term.Origin origin) throws IOException {
        List<Term> terms = new ArrayList<>();
        for (Entry e : doc.terms()) {
            if (e == null) {
                throw new IOException("it has an empty entry");
            }
            terms.add(e.toTerm(origin));
        }
        return terms;
    }

    /** The entries that can be read, and how many could not: one bad entry costs itself only. */
    record Lenient(List<Term> terms, int skipped, String firstProblem) {
    }

    static Lenient lenientTerms(Document doc, Term.Origin origin) {
        List<Term> terms = new ArrayList<>();
        int skipped = 0;
        String first = null;
        for (Entry e : doc.terms()) {
            try {
                if (e == null) {
                    throw new IOException("it has an empty entry");
                }
                terms.add(e.toTerm(origin));
            } catch (IOException | RuntimeException bad) {
                skipped++;
                first = first == null ? bad.getMessage() : first;
            }
        }
        return new Lenient(terms, skipped, first);
    }

    static byte[] write(List<Term> terms) {
        return write(terms, List.of(), Unknown.NONE);
    }

    /**
     * The document of {@code terms} and the dismissed names, with the unknown fields read before
     * put back: the document's, and each entry's by id.
     */
    static byte[] write(List<Term> terms, List<String> dismissed, Unknown unknown) {
        try {
            ObjectNode root = MAPPER.valueToTree(new Document(VERSION, terms.stream().map(Entry::of).toList(),
                    List.copyOf(dismissed)));
            unknown.document().fields().forEachRemaining(f -> {
                if (!root.has(f.getKey())) {
                    root.set(f.getKey(), f.getValue().deepCopy());
                }
            });
            for (JsonNode entry : root.path("terms")) {
                ObjectNode kept = unknown.entries().get(entry.path("id").asText(""));
                if (kept != null && entry instanceof ObjectNode node) {
                    kept.fields().forEachRemaining(f -> {
                        if (!node.has(f.getKey())) {
                            node.set(f.getKey(), f.getValue().deepCopy());
                        }
                    });
                }
            }
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("glossary terms cannot be written as JSON", e);
        }
    }
}
