package dev.gloss.core.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The topics of a library, as listed in its topics.json (assets/library/topics.json, packaged at
 * /library/topics.json): {@code {"version": 1, "domain": [...], "topics": [{"id", "name",
 * "description", "terms"}]}}. The domain's words say what the catalog is about; a strict tagger
 * applies its topics only to articles that use them. The built-in {@link Topic#GENERAL} is not
 * listed there; {@link #withGeneral()} adds it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicCatalog(int version, List<String> domain, List<Topic> topics) {
    private static final String BUNDLED = "/library/topics.json";

    public TopicCatalog {
        domain = List.copyOf(domain == null ? List.of() : domain);
        topics = List.copyOf(topics == null ? List.of() : topics);
        Set<String> ids = new HashSet<>();
        for (Topic topic : topics) {
            check(topic);
            if (!ids.add(topic.id())) {
                throw new IllegalArgumentException("two topics share the id '" + topic.id() + "'");
            }
        }
    }

    /** A catalog without a domain: its topics may apply to any article. */
    public TopicCatalog(int version, List<Topic> topics) {
        this(version, List.of(), topics);
    }

    private static void check(Topic topic) {
        if (!topic.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("the topic id '" + topic.id()
                    + "' is not lowercase words joined by hyphens");
        }
        if (topic.isGeneral()) {
            throw new IllegalArgumentException("'general' is built in and cannot be listed as a topic");
        }
        if (topic.name().isBlank() || topic.terms().isEmpty()) {
            throw new IllegalArgumentException("the topic '" + topic.id() + "' needs a name and at least one term");
        }
        for (String term : topic.terms()) {
            if (StemmedTokens.of(term).isEmpty()) {
                throw new IllegalArgumentException("the topic '" + topic.id() + "' has a term without words: '"
                        + term + "'");
            }
        }
    }

    /** The topics that ship with the bundled library. */
    public static TopicCatalog bundled() {
        try (InputStream in = TopicCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled topics are missing: " + BUNDLED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled topics cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a topics.json; a malformed or invalid one fails with an IOException that says what is wrong. */
    public static TopicCatalog read(InputStream in) throws IOException {
        try {
            return new ObjectMapper().readValue(in, TopicCatalog.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? describe(cause) : e.getOriginalMessage();
            throw new IOException("invalid topics file: " + reason, e);
        }
    }

    private static String describe(Throwable cause) {
        return cause instanceof NullPointerException ? "a topic lacks its " + cause.getMessage() : cause.getMessage();
    }

    /** The listed topics followed by {@link Topic#GENERAL}. */
    public List<Topic> withGeneral() {
        List<Topic> all = new ArrayList<>(topics);
        all.add(Topic.GENERAL);
        return List.copyOf(all);
    }

    public Optional<Topic> topic(String id) {
        return withGeneral().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
