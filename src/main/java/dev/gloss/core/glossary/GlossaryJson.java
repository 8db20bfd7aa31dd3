package dev.gloss.core.glossary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The file format shared by the bundled glossary (assets/library/glossary.json) and the reader's
 * overlay (glossary-user.json): {@code {"version": 1, "terms": [...]}}, unknown fields ignored so
 * that a newer Gloss can add fields without breaking an older one.
 */
final class GlossaryJson {
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"version", "terms"})
    record Document(int version, List<Entry> terms) {
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
        try {
            return MAPPER.writeValueAsBytes(new Document(VERSION, terms.stream().map(Entry::of).toList()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("glossary terms cannot be written as JSON", e);
        }
    }
}
