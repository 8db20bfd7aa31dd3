package dev.gloss.core.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.FileLocks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reader's choices about topics, kept in the data folder as topics-user.json:
 * <pre>{"version": 1,
 *  "topics":  [{"id", "name", "description", "query", "added": [...], "removed": [...]}],
 *  "changes": [{"id", "name", "description", "added": [...], "removed": [...], "deleted", "mergedInto"}]}</pre>
 * "topics" are the reader's own (a query makes one a saved search); "changes" are what the reader
 * did to the other topics (bundled, from tags, discovered), which always beat what Gloss found.
 *
 * <p>Every change reads the file again under a lock, changes it and writes it atomically, so the
 * window and the command line can both change it and nothing is lost. Fields this version does not
 * know are kept. A file that cannot be read is moved aside (never overwritten) and the save before
 * ({@code .bak}) is read instead; one written by a newer Gloss is read but not saved over.
 */
public final class UserTopics {
    public static final String FILE_NAME = "topics-user.json";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One of the reader's topics, or the reader's change to another topic; null fields are unchanged. */
    public record Entry(String id, String name, String description, String query, List<String> added,
                        List<String> removed, boolean deleted, String mergedInto) {
        public Entry {
            added = List.copyOf(added == null ? List.of() : added);
            removed = List.copyOf(removed == null ? List.of() : removed);
        }
    }

    /** What the file says: the reader's own topics and the changes to the others. */
    public record Document(List<Entry> topics, List<Entry> changes) {
        public static final Document EMPTY = new Document(List.of(), List.of());

        public Document {
            topics = List.copyOf(topics);
            changes = List.copyOf(changes);
        }

        public Optional<Entry> own(String id) {
            return topics.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        public Optional<Entry> change(String id) {
            return changes.stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }

    private final Path file;
    private final Clock clock;
    private ObjectNode root;
    private boolean writable = true;
    private Optional<String> warning = Optional.empty();

    public UserTopics(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    /** The reader's choices as last read or written; read at the first call. */
    public synchronized Document document() {
        if (root == null) {
            root = load();
        }
        return documentOf(root);
    }

    /** What went wrong reading the file, to tell the reader once. */
    public synchronized Optional<String> warning() {
        document();
        return warning;
    }

    /** Reads the file again (another process may have changed it). */
    public synchronized Document reload() {
        root = load();
        return documentOf(root);
    }

    public Path file() {
        return file;
    }

    /**
     * Applies a change to the file as it is now and saves it; the document after the change.
     * Fails when the file was written by a newer Gloss or could not be moved aside.
     */
    public synchronized Document change(Consumer<Editor> edit) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileLocks.Held held = FileLocks.acquire(file.resolveSibling("." + FILE_NAME + ".lock"))) {
            byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            root = load();
            if (!writable) {
                throw new IOException(warning.orElse("your topics file cannot be saved over"));
            }
            edit.accept(new Editor(root));
            // Each changed topic carries when it changed, and a removed one a tombstone, so that copies
            // of this file from another computer merge topic by topic (dev.gloss.core.sync).
            AtomicFiles.write(file, dev.gloss.core.sync.EntryMerge.stamped(dev.gloss.core.sync.SyncedFiles.TOPICS,
                    before, MAPPER.writeValueAsBytes(root), clock.instant()));
        }
        return documentOf(root);
    }

    /** Changes to the document's tree, keeping every field it does not touch. */
    public static final class Editor {
        private final ObjectNode root;

        private Editor(ObjectNode root) {
            this.root = root;
        }

        /** The reader's own topic with this id, made if there is none. */
        public void own(String id, String name, String description, String query) {
            ObjectNode e = entry("topics", id);
            e.put("name", name);
            putOrRemove(e, "description", description);
            putOrRemove(e, "query", query);
        }

        public void removeOwn(String id) {
            ArrayNode list = list("topics");
            for (int i = list.size() - 1; i >= 0; i--) {
                if (id.equals(list.get(i).path("id").asText(null))) {
                    list.remove(i);
                }
            }
        }

        public void rename(String id, boolean own, String name) {
            entry(own ? "topics" : "changes", id).put("name", name);
        }

        public void describe(String id, boolean own, String description) {
            putOrRemove(entry(own ? "topics" : "changes", id), "description", description);
        }

        public void delete(String id) {
            entry("changes", id).put("deleted", true);
        }

        public void mergeInto(String id, String into) {
            entry("changes", id).put("mergedInto", into);
        }

        /** Puts a section in the topic (or takes it out), undoing the opposite choice. */
        public void include(String id, boolean own, String sectionId, boolean in) {
            ObjectNode e = entry(own ? "topics" : "changes", id);
            edit(e, in ? "added" : "removed", sectionId, true);
            edit(e, in ? "removed" : "added", sectionId, false);
        }

        private static void edit(ObjectNode e, String field, String sectionId, boolean present) {
            Set<String> ids = new LinkedHashSet<>(strings(e.get(field)));
            boolean changed = present ? ids.add(sectionId) : ids.remove(sectionId);
            if (changed) {
                ArrayNode a = e.putArray(field);
                ids.forEach(a::add);
            }
        }

        private static void putOrRemove(ObjectNode e, String field, String value) {
            if (value == null || value.isBlank()) {
                e.remove(field);
            } else {
                e.put(field, value.strip());
            }
        }

        private ArrayNode list(String name) {
            JsonNode n = root.get(name);
            return n instanceof ArrayNode a ? a : root.putArray(name);
        }

        private ObjectNode entry(String listName, String id) {
            ArrayNode list = list(listName);
            for (JsonNode n : list) {
                if (n instanceof ObjectNode o && id.equals(o.path("id").asText(null))) {
                    return o;
                }
            }
            ObjectNode o = list.addObject();
            o.put("id", id);
            return o;
        }
    }

    private ObjectNode load() {
        warning = Optional.empty();
        writable = true;
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            return read(file);
        } catch (IOException unreadable) {
            return keepAside(unreadable);
        }
    }

    private ObjectNode read(Path path) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new IOException(describe(e), e);
        }
        if (!(tree instanceof ObjectNode o) || !o.path("version").canConvertToInt() || o.path("version").asInt() < 1) {
            throw new IOException("it is not a topics file with a \"version\"");
        }
        for (String list : List.of("topics", "changes")) {
            JsonNode n = o.get(list);
            if (n != null && !n.isArray()) {
                throw new IOException("its \"" + list + "\" is not a list");
            }
        }
        if (o.get("version").asInt() > VERSION) {
            writable = false;
            warning = Optional.of("Your topics in " + path + " were saved by a newer version of Gloss (format "
                    + o.get("version").asInt() + "); they are shown as far as this version understands them, "
                    + "and the file is not saved over.");
        }
        return o;
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("\n");
        return (cut < 0 ? message : message.substring(0, cut)).toLowerCase(Locale.ROOT).startsWith("unexpected")
                ? "it is not valid JSON: " + (cut < 0 ? message : message.substring(0, cut))
                : "it is not valid JSON";
    }

    private ObjectNode keepAside(IOException reason) {
        try {
            Path aside = AtomicFiles.keepAside(file, clock);
            String what = "Your topics could not be read (" + reason.getMessage() + "); the file was kept as "
                    + aside.getFileName();
            Path backup = AtomicFiles.backupOf(file);
            if (Files.isRegularFile(backup)) {
                try {
                    ObjectNode fromBackup = read(backup);
                    warning = Optional.of(what + " and the topics of the save before (" + backup.getFileName()
                            + ") are used instead.");
                    return fromBackup;
                } catch (IOException unreadableBackup) {
                    // Neither can be read: without them.
                }
            }
            warning = Optional.of(what + " and Gloss goes on without them.");
            return empty();
        } catch (IOException e) {
            writable = false;
            warning = Optional.of("Your topics in " + file + " could not be read (" + reason.getMessage()
                    + ") nor moved aside (" + e.getMessage() + "); Gloss goes on without them.");
            return empty();
        }
    }

    private static ObjectNode empty() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("version", VERSION);
        o.putArray("topics");
        o.putArray("changes");
        return o;
    }

    private static Document documentOf(ObjectNode root) {
        return new Document(entries(root.get("topics")), entries(root.get("changes")));
    }

    /** The entries that can be read; one without an id, or not an object, is left out. */
    private static List<Entry> entries(JsonNode list) {
        List<Entry> entries = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return entries;
        }
        for (JsonNode n : list) {
            String id = n.path("id").isTextual() ? n.get("id").asText().strip() : "";
            if (id.isEmpty()) {
                continue;
            }
            entries.add(new Entry(id, text(n, "name"), text(n, "description"), text(n, "query"),
                    strings(n.get("added")), strings(n.get("removed")), n.path("deleted").asBoolean(false),
                    text(n, "mergedInto")));
        }
        return entries;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }
}
