package dev.gloss.core.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.Manifest;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The topics of a library, for the window and the command line alike: curated, from tags,
 * discovered and the reader's own, with the discovered topics kept on disk
 * ({@value #DISCOVERED_FILE} in the data folder) and the reader's choices in {@link UserTopics}.
 *
 * <p>While the imported articles are unchanged the topics found before are used as they are. When
 * articles are imported or updated, their sections join the topics found before (by the topics'
 * phrases, {@link TopicDiscovery#join}), which takes a moment; topics are found afresh when asked
 * ({@link #rediscover}) and when the imported sections have grown by more than a quarter (and by
 * at least {@value #REDISCOVER_MIN_GROWTH} sections) since they were last found: by then what the
 * library is about may have changed, and topics found in a smaller library would hold too little
 * of it. Topics found again keep the ids of those they resemble, and those the reader has changed
 * are kept, so the reader's choices stay attached. Thread-safe; its work runs on the caller's
 * thread, so the window calls it in the background.
 */
public final class TopicService {
    public static final String DISCOVERED_FILE = "topics-discovered.json";
    static final double REDISCOVER_GROWTH = 1.25;
    static final int REDISCOVER_MIN_GROWTH = 20;
    private static final int STATE_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * What {@value #DISCOVERED_FILE} holds: the topics found, and the imported articles they were found or
     * joined in. The curated tags are kept in memory with them but written apart ({@link CuratedTagFile}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record State(int version, int sectionsAtDiscovery, Map<String, Long> articles,
                 List<TopicDiscovery.Found> topics, Map<String, Long> curatedArticles,
                 Map<String, Map<String, Double>> curated) {
        State {
            articles = articles == null ? Map.of() : articles;
            topics = topics == null ? List.of() : List.copyOf(topics);
            curatedArticles = curatedArticles == null ? Map.of() : curatedArticles;
            curated = curated == null ? Map.of() : curated;
        }

        State withTopics(int at, Map<String, Long> imported, List<TopicDiscovery.Found> found) {
            return new State(version, at, imported, found, curatedArticles, curated);
        }
    }

    private final Path stateFile;
    /** The curated tags, kept apart in this computer's cache folder ({@link CuratedTagFile}). */
    private final Path curatedFile;
    /** The curated tags as they are in {@link #curatedFile}, to write them only when they change. */
    private Map<String, Map<String, Double>> curatedOnDisk;
    private final UserTopics user;
    private final TopicTagger curated = TopicTagger.strict(TopicCatalog.bundled());
    private State state;
    private boolean stateRead;
    /** The state as it is on disk, to save only what changed. */
    private State lastSaved;
    private Library lastLibrary;
    private TopicIndex lastIndex;
    /** Times topics were found afresh, for the tests and the measurements. */
    private int discoveries;

    private TopicService(Path dataDir, Clock clock) {
        this.stateFile = dataDir == null ? null : dataDir.resolve(DISCOVERED_FILE);
        this.curatedFile = dataDir == null ? null
                : dev.gloss.core.storage.LocalFolders.cache(dataDir).resolve(CuratedTagFile.FILE_NAME);
        this.user = dataDir == null ? null : new UserTopics(dataDir, clock);
    }

    /** The topics of the data folder's library. */
    public static TopicService open(Path dataDir, Clock clock) {
        return new TopicService(dataDir, clock);
    }

    /** Topics kept in memory only: nothing read or written, no choices of the reader's. */
    public static TopicService inMemory() {
        return new TopicService(null, Clock.systemUTC());
    }

    /** The reader's topics file, to change it; empty for topics in memory. */
    public Optional<UserTopics> userTopics() {
        return Optional.ofNullable(user);
    }

    /** A problem with the reader's topics file, to tell the reader. */
    public Optional<String> warning() {
        return user == null ? Optional.empty() : user.warning();
    }

    /** The topics of a library; after an import only the new articles are tagged and joined. */
    public synchronized TopicIndex index(Library library) {
        if (library == lastLibrary && lastIndex != null) {
            UserTopics.Document doc = user == null ? UserTopics.Document.EMPTY : user.reload();
            if (!doc.equals(lastIndex.layers().user())) {
                lastIndex = lastIndex.withUser(doc);
            }
            return lastIndex;
        }
        return build(library, false);
    }

    /** Finds the topics of the imported articles afresh, keeping the ids of those that persist. */
    public synchronized TopicIndex rediscover(Library library) {
        return build(library, true);
    }

    /**
     * Applies a change to the reader's topics, saves it, and gives the index of {@code library}
     * with it (computing the rest only if this library has not been indexed yet).
     */
    public synchronized TopicIndex change(Library library, Consumer<UserTopics.Editor> edit) throws IOException {
        if (user == null) {
            throw new IOException("topics kept in memory cannot be changed");
        }
        UserTopics.Document doc = user.change(edit);
        if (lastLibrary != library || lastIndex == null) {
            return build(library, false);
        }
        lastIndex = lastIndex.withUser(doc);
        return lastIndex;
    }

    /** A topic by its id, or else by its name in any case; empty when there is none (or two share the name). */
    public static Optional<Topic> resolve(TopicIndex index, String reference) {
        String ref = reference.strip();
        Optional<Topic> byId = index.topic(ref);
        if (byId.isPresent()) {
            return byId;
        }
        List<Topic> named = index.topics().stream().filter(t -> t.name().equalsIgnoreCase(ref)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * Makes one of the reader's own topics; with a query it is a saved search, whose matching
     * sections form it. Returns the index with it; the new topic's id is "u-" and its name's words.
     */
    public synchronized TopicIndex create(Library library, String name, String query) throws IOException {
        String clean = checkName(index(library), name, null);
        String base = "u-" + TopicDiscovery.slug(clean);
        String id = base.equals("u-") ? "u-topic" : base;
        TopicIndex current = index(library);
        for (int k = 2; current.topic(id).isPresent() || user.document().own(id).isPresent(); k++) {
            id = base + "-" + k;
        }
        String topicId = id;
        return change(library, e -> e.own(topicId, clean, null, query == null || query.isBlank() ? null : query.strip()));
    }

    public synchronized TopicIndex rename(Library library, String topicId, String name) throws IOException {
        Topic t = existing(library, topicId);
        String clean = checkName(index(library), name, t.id());
        return change(library, e -> e.rename(t.id(), t.source() == TopicSource.USER, clean));
    }

    public synchronized TopicIndex describe(Library library, String topicId, String description) throws IOException {
        Topic t = existing(library, topicId);
        return change(library, e -> e.describe(t.id(), t.source() == TopicSource.USER, description));
    }

    /** Puts a section in a topic, or takes it out; the reader's choice stays whatever is found later. */
    public synchronized TopicIndex include(Library library, String topicId, String sectionId, boolean in)
            throws IOException {
        Topic t = existing(library, topicId);
        if (library.section(sectionId).isEmpty()) {
            throw new IllegalArgumentException("there is no section with the id '" + sectionId + "'");
        }
        return change(library, e -> e.include(t.id(), t.source() == TopicSource.USER, sectionId, in));
    }

    /** Moves every section of one topic into another; the first is no longer shown. */
    public synchronized TopicIndex merge(Library library, String topicId, String intoId) throws IOException {
        Topic from = existing(library, topicId);
        Topic into = existing(library, intoId);
        if (from.id().equals(into.id())) {
            throw new IllegalArgumentException("a topic cannot be merged into itself");
        }
        return change(library, e -> e.mergeInto(from.id(), into.id()));
    }

    /** Deletes one of the reader's own topics, or hides another; its sections stay in their other topics. */
    public synchronized TopicIndex delete(Library library, String topicId) throws IOException {
        Topic t = existing(library, topicId);
        return change(library, e -> {
            if (t.source() == TopicSource.USER) {
                e.removeOwn(t.id());
            } else {
                e.delete(t.id());
            }
        });
    }

    private Topic existing(Library library, String topicId) {
        Topic t = resolve(index(library), topicId).orElseThrow(() ->
                new IllegalArgumentException("there is no topic '" + topicId + "'"));
        if (t.isGeneral()) {
            throw new IllegalArgumentException("General holds the sections no other topic has; it cannot be changed");
        }
        return t;
    }

    private static String checkName(TopicIndex index, String name, String except) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (clean.length() > 80) {
            throw new IllegalArgumentException("a topic's name can have at most 80 characters");
        }
        for (Topic t : index.topics()) {
            if (t.name().equalsIgnoreCase(clean) && !t.id().equals(except)) {
                throw new IllegalArgumentException("there is already a topic named '" + t.name() + "' (" + t.id() + ")");
            }
        }
        return clean;
    }

    int discoveries() {
        return discoveries;
    }

    private TopicIndex build(Library library, boolean force) {
        UserTopics.Document doc = user == null ? UserTopics.Document.EMPTY : user.reload();
        Map<String, Long> hashes = new HashMap<>();
        library.articles().parallelStream().map(a -> Map.entry(a.id(), hash(a))).toList()
                .forEach(e -> hashes.put(e.getKey(), e.getValue()));
        Map<String, List<TopicScore>> curatedTags = TopicIndex.curated(library, curated, lastLibrary, lastIndex,
                a -> storedCurated(a, hashes.get(a.id())));
        keepCurated(library, hashes, curatedTags);
        List<Article> imported = imported(library);
        List<TagTopics.Group> tags = TagTopics.of(library.articles());
        List<TopicDiscovery.Found> found = discovered(library, imported, hashes, pinned(doc), force);
        TopicIndex index = TopicIndex.of(library, new TopicIndex.Layers(curated.catalog(), curatedTags, tags, found, doc));
        lastLibrary = library;
        lastIndex = index;
        return index;
    }

    /** The topics the reader has changed, which finding topics again keeps. */
    private static Set<String> pinned(UserTopics.Document doc) {
        Set<String> ids = new HashSet<>();
        doc.changes().stream().filter(e -> !e.deleted()).forEach(e -> ids.add(e.id()));
        doc.changes().stream().map(UserTopics.Entry::mergedInto).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** The articles topics are discovered for: all but the bundled ones, which have curated topics. */
    private static List<Article> imported(Library library) {
        Set<String> bundled = new HashSet<>();
        for (Manifest.Entry e : BundledLibrary.manifest().articles()) {
            bundled.add(e.id());
        }
        return library.articles().stream().filter(a -> !bundled.contains(a.id())).toList();
    }

    /** The curated tags of an article kept on disk, if they were made from the very same text; else null. */
    private List<List<TopicScore>> storedCurated(Article article, Long hash) {
        State s = state();
        if (s == null || hash == null || !hash.equals(s.curatedArticles().get(article.id()))) {
            return null;
        }
        List<List<TopicScore>> tags = new ArrayList<>();
        for (Section section : article.sections()) {
            List<TopicScore> scores = new ArrayList<>();
            for (Map.Entry<String, Double> e : s.curated().getOrDefault(section.id(), Map.of()).entrySet()) {
                curated.catalog().topic(e.getKey()).ifPresent(t -> scores.add(new TopicScore(t, e.getValue())));
            }
            scores.sort(java.util.Comparator.comparingDouble(TopicScore::score).reversed());
            tags.add(List.copyOf(scores));
        }
        return tags;
    }

    /** Keeps the curated tags on disk with the fingerprints of the articles they were made from. */
    private void keepCurated(Library library, Map<String, Long> hashes, Map<String, List<TopicScore>> tags) {
        State s = state();
        Map<String, Long> articles = new HashMap<>(hashes);
        if (s != null && articles.equals(s.curatedArticles())) {
            return;
        }
        Map<String, Map<String, Double>> bySection = new HashMap<>();
        tags.forEach((sectionId, scores) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            scores.forEach(t -> m.put(t.topic().id(), t.score()));
            bySection.put(sectionId, m);
        });
        State next = s == null ? new State(STATE_VERSION, -1, Map.of(), List.of(), articles, bySection)
                : new State(STATE_VERSION, s.sectionsAtDiscovery(), s.articles(), s.topics(), articles, bySection);
        state = next;
        stateRead = true;
    }

    private List<TopicDiscovery.Found> discovered(Library library, List<Article> imported, Map<String, Long> fingerprints,
                                                  Set<String> pinned, boolean force) {
        State before = state();
        if (before != null && before.sectionsAtDiscovery() < 0) {
            before = null;
        }
        State kept = state();
        Map<String, Long> hashes = new LinkedHashMap<>();
        List<Section> subjects = new ArrayList<>();
        for (Article a : imported) {
            hashes.put(a.id(), fingerprints.get(a.id()));
            subjects.addAll(a.sections());
        }
        List<Section> all = new ArrayList<>();
        library.articles().forEach(a -> all.addAll(a.sections()));
        boolean grown = before != null && (subjects.size() >= REDISCOVER_GROWTH * before.sectionsAtDiscovery()
                + REDISCOVER_MIN_GROWTH || before.topics().isEmpty() && !hashes.equals(before.articles()));
        if (before == null || force || grown) {
            List<TopicDiscovery.Found> found = TopicDiscovery.discover(all, subjects,
                    before == null ? List.of() : before.topics(), pinned);
            discoveries++;
            save(kept.withTopics(subjects.size(), hashes, found));
            return found;
        }
        if (hashes.equals(before.articles())) {
            if (kept != lastSaved) {
                save(kept);
            }
            return before.topics();
        }
        // Sections of articles gone or changed leave their topics; those of new and changed articles join.
        Set<String> keep = new HashSet<>();
        List<Section> joining = new ArrayList<>();
        for (Article a : imported) {
            boolean same = hashes.get(a.id()).equals(before.articles().get(a.id()));
            for (Section s : a.sections()) {
                if (same) {
                    keep.add(s.id());
                } else {
                    joining.add(s);
                }
            }
        }
        Map<String, Map<Integer, Double>> joined = TopicDiscovery.join(joining, before.topics());
        List<Map<String, Double>> members = new ArrayList<>();
        for (TopicDiscovery.Found f : before.topics()) {
            Map<String, Double> m = new LinkedHashMap<>();
            f.sections().forEach((id, a) -> {
                if (keep.contains(id)) {
                    m.put(id, a);
                }
            });
            members.add(m);
        }
        for (Section s : joining) {
            joined.getOrDefault(s.id(), Map.of()).forEach((t, a) -> members.get(t).put(s.id(), a));
        }
        TopicDiscovery.inherit(joining, members);
        List<TopicDiscovery.Found> found = new ArrayList<>();
        for (int t = 0; t < before.topics().size(); t++) {
            found.add(before.topics().get(t).withSections(members.get(t)));
        }
        save(kept.withTopics(before.sectionsAtDiscovery(), hashes, found));
        return found;
    }

    /** A fingerprint of an imported article's sections: their ids, titles and text. */
    static long hash(Article a) {
        long h = a.title().hashCode();
        for (Section s : a.sections()) {
            h = h * 1_000_003L + s.id().hashCode();
            h = h * 1_000_003L + s.title().hashCode();
            h = h * 1_000_003L + s.plainText().hashCode();
        }
        return h;
    }

    private State state() {
        if (!stateRead) {
            stateRead = true;
            state = read();
        }
        return state;
    }

    /** The topics found before, or null when there are none (or the file cannot be used: they are found again). */
    private State read() {
        State read = readFile();
        CuratedTagFile.Tags tags = CuratedTagFile.read(curatedFile);
        lastSaved = read;
        if (tags != null) {
            read = read == null ? new State(STATE_VERSION, -1, Map.of(), List.of(), tags.articles(), tags.sections())
                    : new State(read.version(), read.sectionsAtDiscovery(), read.articles(), read.topics(),
                    tags.articles(), tags.sections());
            curatedOnDisk = read.curated();
            lastSaved = read;
        } else if (read != null && !read.curated().isEmpty()) {
            // Written by an earlier version, with the curated tags inside: written again the new way.
            lastSaved = null;
        }
        return read;
    }

    private State readFile() {
        if (stateFile == null || !Files.isRegularFile(stateFile)) {
            return null;
        }
        try {
            State read = MAPPER.readValue(stateFile.toFile(), State.class);
            return read.version() == STATE_VERSION ? read : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void save(State next) {
        state = next;
        lastSaved = next;
        if (stateFile == null) {
            return;
        }
        if (next.curated() != curatedOnDisk) {
            CuratedTagFile.write(curatedFile, new CuratedTagFile.Tags(next.curatedArticles(), next.curated()));
            curatedOnDisk = next.curated();
        }
        try {
            AtomicFiles.write(stateFile, MAPPER.writeValueAsBytes(new State(next.version(), next.sectionsAtDiscovery(),
                    next.articles(), next.topics(), Map.of(), Map.of())));
        } catch (IOException e) {
            // Only time is lost: the topics are found again at the next start.
        }
    }

    /** For tests: the sections of each discovered topic. */
    Map<String, List<String>> discoveredSections() {
        Map<String, List<String>> out = new HashMap<>();
        if (state != null) {
            state.topics().forEach(f -> out.put(f.id(), List.copyOf(f.sections().keySet())));
        }
        return out;
    }
}
