package dev.gloss.core.bookmarks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * bookmarks.json to {@link BookmarkDocument} and back, through Jackson's tree model so that every
 * field this version does not know, at the top or inside a bookmark, is carried along untouched.
 *
 * <pre>
 * {"version": 1,
 *  "bookmarks": [{"id", "articleId", "articleTitle", "sectionId", "sectionTitle", "quote",
 *                 "contextBefore", "contextAfter", "note", "created", "updated", "state", "colour"}],
 *  "deleted": [{"id", "at"}]}
 * </pre>
 */
final class BookmarkCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> DOCUMENT_FIELDS = Set.of("version", "bookmarks", "deleted");
    private static final Set<String> BOOKMARK_FIELDS = Set.of("id", "articleId", "articleTitle", "sectionId",
            "sectionTitle", "quote", "contextBefore", "contextAfter", "note", "created", "updated", "state", "colour");
    /** The same without "colour": a colour this version does not know is kept as it was written. */
    private static final Set<String> BOOKMARK_FIELDS_BUT_COLOUR = BOOKMARK_FIELDS.stream()
            .filter(f -> !f.equals("colour")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private BookmarkCodec() {
    }

    static BookmarkDocument read(byte[] bytes) throws BookmarkFormatException {
        JsonNode root = parse(bytes);
        if (!root.isObject()) {
            throw new BookmarkFormatException("it is not a bookmarks document");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new BookmarkFormatException("it has no schema version");
        }
        Map<String, BookmarkDocument.Entry> entries = new LinkedHashMap<>();
        for (JsonNode node : array(root, "bookmarks")) {
            BookmarkDocument.Entry entry = entry(node, null);
            entries.put(entry.bookmark().id(), entry);
        }
        Map<String, Instant> deleted = new LinkedHashMap<>();
        for (JsonNode node : array(root, "deleted")) {
            deleted.put(requiredText(node, "id"), instant(node, "at", null));
        }
        return new BookmarkDocument(version.asInt(), entries, deleted, unknownFields(root, DOCUMENT_FIELDS));
    }

    /**
     * The bookmarks of a file to import: a bookmarks document, or a list of bookmarks such as
     * {@code gloss bookmarks list --json} prints. Missing ids and times are filled in, with {@code now}.
     */
    static List<BookmarkDocument.Entry> readForImport(byte[] bytes, Instant now) throws BookmarkFormatException {
        JsonNode root = parse(bytes);
        JsonNode list = root.isArray() ? root : root.get("bookmarks");
        if (list == null || !list.isArray()) {
            throw new BookmarkFormatException("it holds no list of bookmarks");
        }
        List<BookmarkDocument.Entry> entries = new ArrayList<>();
        for (JsonNode node : list) {
            entries.add(entry(node, now));
        }
        return entries;
    }

    static byte[] write(BookmarkDocument doc) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", doc.version());
        ArrayNode list = root.putArray("bookmarks");
        doc.bookmarks().values().stream()
                .sorted(Comparator.comparing((BookmarkDocument.Entry e) -> e.bookmark().created())
                        .thenComparing(e -> e.bookmark().id()))
                .forEach(e -> list.add(node(e)));
        ArrayNode deleted = root.putArray("deleted");
        doc.deleted().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(d ->
                deleted.addObject().put("id", d.getKey()).put("at", d.getValue().toString()));
        root.setAll(doc.unknown());
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode node(BookmarkDocument.Entry entry) {
        Bookmark b = entry.bookmark();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", b.id());
        n.put("articleId", b.articleId());
        n.put("articleTitle", b.articleTitle());
        n.put("sectionId", b.sectionId());
        n.put("sectionTitle", b.sectionTitle());
        n.put("quote", b.quote());
        n.put("contextBefore", b.contextBefore());
        n.put("contextAfter", b.contextAfter());
        n.put("note", b.note());
        n.put("created", b.created().toString());
        n.put("updated", b.updated().toString());
        n.put("state", b.state().label());
        n.put("colour", b.colour().key());
        n.setAll(entry.unknown());
        return n;
    }

    /** Reads one bookmark; with {@code now} null the file is our own and ids and times are required. */
    private static BookmarkDocument.Entry entry(JsonNode node, Instant now) throws BookmarkFormatException {
        if (!node.isObject()) {
            throw new BookmarkFormatException("a bookmark in it is not an object");
        }
        String id = now == null ? requiredText(node, "id") : text(node, "id");
        if (id.isBlank()) {
            id = UUID.randomUUID().toString();
        }
        Instant created = instant(node, "created", now);
        Instant updated = node.hasNonNull("updated") ? instant(node, "updated", now) : created;
        String colourKey = text(node, "colour");
        java.util.Optional<HighlightColour> colour = HighlightColour.fromKey(colourKey);
        Bookmark bookmark = new Bookmark(id, text(node, "articleId"), text(node, "articleTitle"),
                text(node, "sectionId"), text(node, "sectionTitle"), text(node, "quote"),
                text(node, "contextBefore"), text(node, "contextAfter"), text(node, "note"),
                created, updated, AnchorState.fromLabel(text(node, "state")), colour.orElse(HighlightColour.DEFAULT));
        boolean unknownColour = colour.isEmpty() && !colourKey.isBlank();
        return new BookmarkDocument.Entry(bookmark,
                unknownFields(node, unknownColour ? BOOKMARK_FIELDS_BUT_COLOUR : BOOKMARK_FIELDS));
    }

    private static JsonNode parse(byte[] bytes) throws BookmarkFormatException {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new BookmarkFormatException("it is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BookmarkFormatException(at == null ? "it is not valid JSON"
                    : "it is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } catch (IOException e) {
            throw new BookmarkFormatException("it is not valid JSON");
        }
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) throws BookmarkFormatException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BookmarkFormatException("its \"" + field + "\" is not a list");
        }
        return node;
    }

    private static String text(JsonNode node, String field) throws BookmarkFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isValueNode() || value.isBinary()) {
            throw new BookmarkFormatException("a bookmark's \"" + field + "\" is not text");
        }
        return value.asText();
    }

    private static String requiredText(JsonNode node, String field) throws BookmarkFormatException {
        String value = text(node, field);
        if (value.isBlank()) {
            throw new BookmarkFormatException("an entry in it has no \"" + field + "\"");
        }
        return value;
    }

    private static Instant instant(JsonNode node, String field, Instant fallback) throws BookmarkFormatException {
        String value = text(node, field);
        if (value.isBlank() && fallback != null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BookmarkFormatException("an entry's \"" + field + "\" is not a time: '" + value + "'");
        }
    }

    private static ObjectNode unknownFields(JsonNode node, Set<String> known) {
        ObjectNode unknown = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!known.contains(field.getKey())) {
                unknown.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return unknown;
    }
}
