package dev.gloss.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges versions of one of the reader's files (the main file and the conflict copies a sync tool
 * left beside it) entry by entry, by id, whatever else the entries hold: fields this version of
 * Gloss does not know (a highlight's colour, a topic's terms) travel with their entry.
 *
 * <p>Each version is compared with the file as this computer last saw it (the snapshot, kept
 * outside the data folder): an entry that differs from it was added or edited in that version; one
 * with a tombstone ({@code "deleted": [{"id", "at"}]}) was deleted there at that time. A version
 * that lacks an entry without a tombstone for it is not taken to have deleted it (the sync tool
 * may have put there the other computer's file, which never had it): writers record deletions,
 * with {@link #stamp} where they know nothing of syncing themselves. Per id, the
 * latest of the changes wins; a deletion on a tie. A winning edit keeps the other versions' differing
 * values in its {@code "history"} ({@code [{"updated", FIELD: VALUE...}]}), so no note or colour is
 * lost; a winning deletion is kept as a dated tombstone, so the entry does not come back with the
 * next copy that still has it. An edit made after a deletion brings the entry back. An entry's time
 * is its {@code "updated"} field, else its version's modification time.
 */
public final class EntryMerge {
    public static final String HISTORY = "history";
    public static final String DELETED = "deleted";
    public static final String UPDATED = "updated";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * How a file holds its entries: in a list of objects with an {@code "id"} ({@code field} null:
     * the first top-level list of such objects), or in an object keyed by id ({@code keyed}).
     */
    public record Shape(String fileName, String field, boolean keyed, boolean tombstones) {
    }

    /** One version of the file: its content and when it was last modified. */
    public record Version(ObjectNode document, Instant modified) {
        public Version {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(modified, "modified");
        }
    }

    private enum Kind { EDIT, DELETE }

    private record Change(Kind kind, ObjectNode entry, Instant at) {
    }

    private EntryMerge() {
    }

    /**
     * The merged document: {@code main}'s other fields (with those only a copy has added; for a
     * keyed shape, the other fields of the latest version), the merged entries in the order the
     * versions list them, and the tombstones.
     *
     * @param snapshot the file as this computer last saw it, null when it never did
     */
    public static ObjectNode merge(Shape shape, ObjectNode snapshot, Version main, List<Version> copies) {
        List<Version> versions = new ArrayList<>();
        versions.add(main);
        versions.addAll(copies);
        String field = shape.field() != null ? shape.field() : detectField(versions, snapshot).orElse(null);
        ObjectNode out = topLevel(shape, field, versions);
        if (field == null) {
            return out;
        }
        Map<String, ObjectNode> base = snapshot == null ? Map.of() : entries(snapshot, field, shape.keyed());
        Set<String> ids = new LinkedHashSet<>();
        List<Map<String, ObjectNode>> entriesOf = new ArrayList<>();
        List<Map<String, Instant>> tombstonesOf = new ArrayList<>();
        for (Version v : versions) {
            Map<String, ObjectNode> e = entries(v.document(), field, shape.keyed());
            entriesOf.add(e);
            tombstonesOf.add(shape.tombstones() ? tombstones(v.document()) : Map.of());
            ids.addAll(e.keySet());
        }
        ids.addAll(base.keySet());
        tombstonesOf.forEach(t -> ids.addAll(t.keySet()));

        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        Map<String, Instant> gone = new java.util.TreeMap<>();
        for (String id : ids) {
            ObjectNode before = base.get(id);
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                ObjectNode entry = entriesOf.get(i).get(id);
                Instant tomb = tombstonesOf.get(i).get(id);
                if (entry != null) {
                    boolean unchanged = before != null && withoutHistory(entry).equals(withoutHistory(before));
                    if (entry.has(UPDATED)) {
                        // An entry that carries its time competes with it, changed here or not: the
                        // sync tool may have put an older file in place of the one this computer saw.
                        changes.add(new Change(Kind.EDIT, entry, timeOf(entry, versions.get(i).modified())));
                    } else if (!unchanged) {
                        changes.add(new Change(Kind.EDIT, entry, versions.get(i).modified()));
                    } else {
                        // Without a time of its own, an entry as this computer saw it is older than any edit.
                        changes.add(new Change(Kind.EDIT, entry, Instant.EPOCH));
                    }
                    if (tomb != null) {
                        changes.add(new Change(Kind.DELETE, null, tomb));
                    }
                } else if (tomb != null) {
                    changes.add(new Change(Kind.DELETE, null, tomb));
                }
                // A version without the entry and without its tombstone is not taken for a deletion:
                // the sync tool may have put the other computer's file in its place, which never had it.
            }
            if (changes.isEmpty()) {
                if (before != null) {
                    merged.put(id, before.deepCopy());
                }
                continue;
            }
            Change winner = changes.stream().max(Comparator.comparing(Change::at)
                    .thenComparing(c -> c.kind() == Kind.DELETE ? 1 : 0)
                    .thenComparing(c -> c.entry() == null ? "" : c.entry().toString())).orElseThrow();
            if (winner.kind() == Kind.DELETE) {
                gone.put(id, changes.stream().filter(c -> c.kind() == Kind.DELETE).map(Change::at)
                        .max(Comparator.naturalOrder()).orElseThrow());
                continue;
            }
            ObjectNode result = winner.entry().deepCopy();
            List<JsonNode> history = new ArrayList<>();
            addHistory(history, before);
            for (Change c : changes) {
                if (c.kind() == Kind.EDIT) {
                    addHistory(history, c.entry());
                }
            }
            for (Change c : changes) {
                // Every other value is kept, even one this computer saw before: the sync tool may
                // have put another file in its place before the reader replaced it.
                if (c.kind() == Kind.EDIT && c != winner) {
                    keepMissingFields(c.entry(), result);
                    differences(c.entry(), result, c.at()).ifPresent(d -> addOnce(history, d));
                }
            }
            if (!result.has(UPDATED)) {
                // The time travels with the entry from now on, not with whichever file holds it next.
                result.put(UPDATED, winner.at().toString());
            }
            result.remove(HISTORY);
            if (!history.isEmpty()) {
                ArrayNode h = result.putArray(HISTORY);
                history.forEach(h::add);
            }
            merged.put(id, result);
        }
        if (shape.keyed()) {
            ObjectNode map = out.putObject(field);
            merged.forEach(map::set);
        } else {
            ArrayNode list = out.putArray(field);
            merged.values().forEach(list::add);
        }
        if (shape.tombstones() && (!gone.isEmpty() || main.document().has(DELETED))) {
            ArrayNode t = out.putArray(DELETED);
            gone.forEach((id, at) -> t.addObject().put("id", id).put("at", at.toString()));
        }
        return out;
    }

    /**
     * Stamps a file as its writer saves it: each entry added or changed since {@code before} (the
     * file as it was on disk, null when there was none) gets {@code "updated": now}, and each entry
     * removed since gets a tombstone at {@code now} (where the shape keeps them). A writer that
     * knows nothing of syncing (the reader's glossary, topics) calls this, and its entries merge
     * as precisely as bookmarks do.
     */
    public static ObjectNode stamp(Shape shape, ObjectNode before, ObjectNode after, Instant now) {
        ObjectNode out = after.deepCopy();
        List<ObjectNode> docs = before == null ? List.of(out) : List.of(out, before);
        String field = shape.field();
        if (field == null) {
            List<Version> versions = new ArrayList<>();
            docs.forEach(d -> versions.add(new Version(d, now)));
            field = detectField(versions, null).orElse(null);
        }
        if (field == null) {
            return out;
        }
        Map<String, ObjectNode> old = before == null ? Map.of() : entries(before, field, shape.keyed());
        Map<String, ObjectNode> now_ = entries(out, field, shape.keyed());
        now_.forEach((id, entry) -> {
            ObjectNode was = old.get(id);
            if (was == null || !comparable(was).equals(comparable(entry))) {
                entry.put(UPDATED, now.toString());
            } else if (!entry.has(UPDATED) && was.has(UPDATED)) {
                entry.set(UPDATED, was.get(UPDATED));
            }
        });
        if (shape.tombstones()) {
            Map<String, Instant> gone = new java.util.TreeMap<>(before == null ? Map.of() : tombstones(before));
            tombstones(out).forEach((id, at) -> gone.merge(id, at, (x, y) -> x.isAfter(y) ? x : y));
            old.keySet().forEach(id -> {
                if (!now_.containsKey(id)) {
                    gone.merge(id, now, (x, y) -> x.isAfter(y) ? x : y);
                }
            });
            now_.keySet().forEach(gone::remove);
            out.remove(DELETED);
            if (!gone.isEmpty()) {
                ArrayNode t = out.putArray(DELETED);
                gone.forEach((id, at) -> t.addObject().put("id", id).put("at", at.toString()));
            }
        }
        return out;
    }

    /**
     * {@link #stamp} on a file's bytes: {@code after} as it is about to be written, {@code before}
     * the file on disk (null when there is none, or it cannot be read: then nothing is deleted).
     * Bytes that are not a JSON object are given back as they are.
     */
    public static byte[] stamped(Shape shape, byte[] before, byte[] after, Instant now) {
        try {
            JsonNode next = WRITER.readTree(after);
            if (next == null || !next.isObject()) {
                return after;
            }
            JsonNode old = null;
            if (before != null && before.length > 0) {
                try {
                    old = WRITER.readTree(before);
                } catch (java.io.IOException unreadable) {
                    old = null;
                }
            }
            ObjectNode out = stamp(shape, old != null && old.isObject() ? (ObjectNode) old : null, (ObjectNode) next, now);
            return WRITER.writeValueAsBytes(out);
        } catch (java.io.IOException e) {
            return after;
        }
    }

    /**
     * {@code after} with the entries of {@code before} (the file on disk) that its writer never saw
     * ({@code known}: the ids it read or wrote) added back: a sync tool brought them in from another
     * computer while the writer held the file in memory, and writing without them would delete
     * them there too.
     */
    public static byte[] keepArrived(Shape shape, byte[] before, byte[] after, java.util.Set<String> known) {
        if (before == null || before.length == 0 || shape.field() == null || shape.keyed()) {
            return after;
        }
        try {
            JsonNode old = WRITER.readTree(before);
            JsonNode next = WRITER.readTree(after);
            if (old == null || !old.isObject() || next == null || !next.isObject() || !next.path(shape.field()).isArray()) {
                return after;
            }
            Map<String, ObjectNode> now = entries((ObjectNode) next, shape.field(), false);
            Map<String, Instant> deleted = tombstones((ObjectNode) next);
            ArrayNode list = (ArrayNode) next.get(shape.field());
            boolean added = false;
            for (Map.Entry<String, ObjectNode> e : entries((ObjectNode) old, shape.field(), false).entrySet()) {
                if (!known.contains(e.getKey()) && !now.containsKey(e.getKey()) && !deleted.containsKey(e.getKey())) {
                    list.add(e.getValue());
                    added = true;
                }
            }
            return added ? WRITER.writeValueAsBytes(next) : after;
        } catch (java.io.IOException e) {
            return after;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper WRITER = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private static ObjectNode comparable(ObjectNode entry) {
        ObjectNode copy = entry.deepCopy();
        copy.remove(HISTORY);
        copy.remove(UPDATED);
        return copy;
    }

    /** The entries of a document by id, in its order; entries without a text id are not entries. */
    static Map<String, ObjectNode> entries(ObjectNode doc, String field, boolean keyed) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        JsonNode node = doc.get(field);
        if (keyed && node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    byId.put(e.getKey(), (ObjectNode) e.getValue());
                }
            });
        } else if (!keyed && node != null && node.isArray()) {
            for (JsonNode entry : node) {
                if (entry.isObject() && entry.path("id").isTextual() && !entry.path("id").asText().isEmpty()) {
                    byId.putIfAbsent(entry.path("id").asText(), (ObjectNode) entry);
                }
            }
        }
        return byId;
    }

    static Map<String, Instant> tombstones(ObjectNode doc) {
        Map<String, Instant> at = new LinkedHashMap<>();
        for (JsonNode t : doc.path(DELETED)) {
            String id = t.path("id").asText("");
            Optional<Instant> when = instant(t.path("at"));
            if (!id.isEmpty() && when.isPresent()) {
                at.merge(id, when.get(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return at;
    }

    private static Optional<String> detectField(List<Version> versions, ObjectNode snapshot) {
        List<ObjectNode> docs = new ArrayList<>();
        versions.forEach(v -> docs.add(v.document()));
        if (snapshot != null) {
            docs.add(snapshot);
        }
        for (ObjectNode doc : docs) {
            Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!f.getKey().equals(DELETED) && f.getValue().isArray() && f.getValue().size() > 0
                        && f.getValue().get(0).isObject() && f.getValue().get(0).has("id")) {
                    return Optional.of(f.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The fields around the entries: main's, with the fields only a copy has added; for a keyed
     * shape (settings, where these are the reader's choices) the latest version's win. The
     * highest {@code "version"} is kept, so a newer Gloss's file is not taken for an older one.
     */
    private static ObjectNode topLevel(Shape shape, String field, List<Version> versions) {
        List<Version> order = new ArrayList<>(versions);
        if (shape.keyed()) {
            order.sort(Comparator.comparing(Version::modified).reversed());
        }
        ObjectNode out = order.get(0).document().deepCopy();
        for (Version v : order.subList(1, order.size())) {
            v.document().fields().forEachRemaining(f -> {
                if (!out.has(f.getKey())) {
                    out.set(f.getKey(), f.getValue().deepCopy());
                }
            });
        }
        int version = versions.stream().mapToInt(v -> v.document().path("version").asInt(0)).max().orElse(0);
        if (version > 0) {
            out.put("version", version);
        }
        if (field != null) {
            out.remove(field);
        }
        out.remove(DELETED);
        return out;
    }

    private static Instant timeOf(ObjectNode entry, Instant fallback) {
        return instant(entry.path(UPDATED)).orElse(fallback);
    }

    private static Optional<Instant> instant(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(node.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode withoutHistory(ObjectNode entry) {
        if (!entry.has(HISTORY)) {
            return entry;
        }
        ObjectNode copy = entry.deepCopy();
        copy.remove(HISTORY);
        return copy;
    }

    private static void addHistory(List<JsonNode> history, ObjectNode entry) {
        if (entry != null) {
            for (JsonNode h : entry.path(HISTORY)) {
                addOnce(history, h);
            }
        }
    }

    private static void addOnce(List<JsonNode> history, JsonNode item) {
        if (!history.contains(item)) {
            history.add(item.deepCopy());
        }
    }

    /** The loser's values that the winner does not have, with the loser's time; empty when only times differ. */
    private static Optional<ObjectNode> differences(ObjectNode loser, ObjectNode winner, Instant at) {
        ObjectNode d = NODES.objectNode();
        d.put(UPDATED, at.toString());
        boolean any = false;
        Iterator<Map.Entry<String, JsonNode>> fields = loser.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            if (name.equals("id") || name.equals(UPDATED) || name.equals(HISTORY)) {
                continue;
            }
            if (!f.getValue().equals(winner.get(name))) {
                d.set(name, f.getValue().deepCopy());
                any = true;
            }
        }
        return any ? Optional.of(d) : Optional.empty();
    }

    /** Fields the losing side has and the winner lacks (written by another version) are kept. */
    private static void keepMissingFields(ObjectNode loser, ObjectNode winner) {
        loser.fields().forEachRemaining(f -> {
            if (!winner.has(f.getKey()) && !f.getKey().equals(HISTORY)) {
                winner.set(f.getKey(), f.getValue().deepCopy());
            }
        });
    }
}
