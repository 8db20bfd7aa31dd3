package dev.gloss.core.topics;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topics of a library's sections, both ways: a topic's sections in library order (articles in
 * order, sections in order within each), and a section's topics, strongest first. Every section
 * has at least one topic, {@link Topic#GENERAL} when no other fits.
 *
 * <p>Made of layers: the curated topics (tagged strictly, see {@link TopicTagger#strict}), the
 * articles' own tags ({@link TagTopics}), the topics discovered in the imported articles
 * ({@link TopicDiscovery}), and over them all the reader's choices ({@link UserTopics}): the
 * reader's own topics and saved searches, and the renames, descriptions, sections added and
 * removed, merges and deletions of the others. The reader's choice always wins.
 */
public final class TopicIndex {
    private final Library library;
    private final Layers layers;
    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, List<String>> sectionsByTopic = new LinkedHashMap<>();
    private final Map<String, List<TopicScore>> tagsBySection = new LinkedHashMap<>();

    /** What the index is made of, kept so that a change of the reader's is applied without tagging again. */
    record Layers(TopicCatalog catalog, Map<String, List<TopicScore>> curated, List<TagTopics.Group> tags,
                  List<TopicDiscovery.Found> discovered, UserTopics.Document user) {
        Layers withUser(UserTopics.Document newUser) {
            return new Layers(catalog, curated, tags, discovered, newUser);
        }
    }

    private TopicIndex(Library library, Layers layers) {
        this.library = library;
        this.layers = layers;
        assemble();
    }

    /** The bundled topics, the articles' tags and topics discovered in memory, over a library. */
    public static TopicIndex of(Library library) {
        return TopicService.inMemory().index(library);
    }

    /** Only the topics of one catalog, tagged as {@code tagger} does: no tags, discovery or reader's choices. */
    public static TopicIndex of(Library library, TopicTagger tagger) {
        return of(library, tagger, null, null);
    }

    static TopicIndex of(Library library, TopicTagger tagger, Library previousLibrary, TopicIndex previous) {
        return new TopicIndex(library, new Layers(tagger.catalog(), curated(library, tagger, previousLibrary, previous,
                a -> null),
                List.of(), List.of(), UserTopics.Document.EMPTY));
    }

    static TopicIndex of(Library library, Layers layers) {
        return new TopicIndex(library, layers);
    }

    /** The same layers with other choices of the reader's. */
    TopicIndex withUser(UserTopics.Document user) {
        return new TopicIndex(library, layers.withUser(user));
    }

    Layers layers() {
        return layers;
    }

    Library library() {
        return library;
    }

    /**
     * The curated topics of every section but General, tagged on all cores; the sections of
     * articles that are the very same objects in {@code previousLibrary} keep their tags from
     * {@code previous}, and those whose tags were kept ({@code stored}, null when not) take them,
     * so after an import or a restart only the new and updated articles are tagged.
     */
    static Map<String, List<TopicScore>> curated(Library library, TopicTagger tagger, Library previousLibrary,
                                                 TopicIndex previous,
                                                 java.util.function.Function<Article, List<List<TopicScore>>> stored) {
        List<List<List<TopicScore>>> tagged = library.articles().parallelStream()
                .map(article -> {
                    boolean unchanged = previous != null && previousLibrary != null
                            && previousLibrary.article(article.id()).orElse(null) == article;
                    if (unchanged) {
                        List<List<TopicScore>> kept = new ArrayList<>();
                        for (Section section : article.sections()) {
                            kept.add(previous.layers.curated().getOrDefault(section.id(), List.of()));
                        }
                        return kept;
                    }
                    List<List<TopicScore>> known = stored.apply(article);
                    if (known != null) {
                        return known;
                    }
                    List<List<TopicScore>> tags = new ArrayList<>();
                    for (List<TopicScore> t : tagger.tag(article)) {
                        tags.add(t.stream().filter(s -> !s.topic().isGeneral()).toList());
                    }
                    return tags;
                })
                .toList();
        Map<String, List<TopicScore>> bySection = new HashMap<>();
        List<Article> articles = library.articles();
        for (int a = 0; a < articles.size(); a++) {
            List<Section> sections = articles.get(a).sections();
            for (int s = 0; s < sections.size(); s++) {
                List<TopicScore> tags = tagged.get(a).get(s);
                if (!tags.isEmpty()) {
                    bySection.put(sections.get(s).id(), tags);
                }
            }
        }
        return bySection;
    }

    private void assemble() {
        UserTopics.Document user = layers.user();
        Map<String, Topic> candidates = new LinkedHashMap<>();
        Map<String, Map<String, Double>> members = new HashMap<>();
        for (Topic t : layers.catalog().topics()) {
            candidates.put(t.id(), t);
            members.put(t.id(), new HashMap<>());
        }
        layers.curated().forEach((sectionId, tags) -> tags.forEach(tag ->
                members.computeIfAbsent(tag.topic().id(), k -> new HashMap<>()).put(sectionId, tag.score())));
        for (UserTopics.Entry own : user.topics()) {
            if (candidates.containsKey(own.id()) || own.id().equals(Topic.GENERAL_ID)) {
                continue;
            }
            candidates.put(own.id(), new Topic(own.id(), own.name() == null ? own.id() : own.name(),
                    own.description() == null ? ownDescription(own) : own.description(), List.of(), TopicSource.USER));
            Map<String, Double> m = new HashMap<>();
            if (own.query() != null) {
                SavedSearch.matches(library, own.query()).forEach(id -> m.put(id, 1.0));
            }
            members.put(own.id(), m);
        }
        for (TagTopics.Group g : layers.tags()) {
            if (candidates.putIfAbsent(g.topic().id(), g.topic()) == null) {
                Map<String, Double> m = new HashMap<>();
                g.sectionIds().forEach(id -> m.put(id, 0.5));
                members.put(g.topic().id(), m);
            }
        }
        for (TopicDiscovery.Found f : layers.discovered()) {
            if (candidates.putIfAbsent(f.id(), new Topic(f.id(), f.name(), f.description(),
                    f.phrases().stream().map(TopicDiscovery.Phrase::label).toList(), TopicSource.DISCOVERED)) == null) {
                members.put(f.id(), new HashMap<>(f.sections()));
            }
        }
        // The reader's choices: names, descriptions, sections in and out, then merges and deletions.
        Map<String, UserTopics.Entry> choices = new HashMap<>();
        user.topics().forEach(e -> choices.put(e.id(), e));
        user.changes().forEach(e -> choices.merge(e.id(), e, TopicIndex::combine));
        for (Map.Entry<String, UserTopics.Entry> c : choices.entrySet()) {
            Topic t = candidates.get(c.getKey());
            if (t == null) {
                continue;
            }
            UserTopics.Entry e = c.getValue();
            if (t.source() != TopicSource.USER && (e.name() != null || e.description() != null)) {
                candidates.put(t.id(), t.renamed(e.name() == null ? t.name() : e.name(),
                        e.description() == null ? t.description() : e.description()));
            }
            Map<String, Double> m = members.get(t.id());
            e.added().stream().filter(id -> library.section(id).isPresent()).forEach(id -> m.put(id, 1.0));
            e.removed().forEach(m::remove);
        }
        Set<String> hidden = new HashSet<>();
        for (Map.Entry<String, UserTopics.Entry> c : choices.entrySet()) {
            if (!candidates.containsKey(c.getKey())) {
                continue;
            }
            if (c.getValue().deleted()) {
                hidden.add(c.getKey());
                continue;
            }
            String into = mergeTarget(c.getKey(), choices, candidates);
            if (into != null) {
                hidden.add(c.getKey());
                Map<String, Double> target = members.get(into);
                members.get(c.getKey()).forEach(target::putIfAbsent);
                Optional.ofNullable(choices.get(into)).map(UserTopics.Entry::removed).orElse(List.of())
                        .forEach(target::remove);
            }
        }

        List<Topic> shown = new ArrayList<>();
        candidates.values().stream().filter(t -> !hidden.contains(t.id()))
                .filter(t -> t.source() == TopicSource.BUNDLED || t.source() == TopicSource.USER
                        || !members.get(t.id()).isEmpty())
                .sorted(Comparator.comparingInt((Topic t) -> listRank(t.source()))
                        .thenComparingInt(t -> t.source() == TopicSource.TAGS || t.source() == TopicSource.DISCOVERED
                                ? -members.get(t.id()).size() : 0))
                .forEach(shown::add);
        topics.addAll(shown);
        topics.add(Topic.GENERAL);

        Map<String, List<TopicScore>> building = new HashMap<>();
        for (Topic t : shown) {
            members.get(t.id()).forEach((sectionId, score) ->
                    building.computeIfAbsent(sectionId, k -> new ArrayList<>()).add(new TopicScore(t, score)));
        }
        Map<String, List<String>> byTopic = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (Article a : library.articles()) {
            for (Section s : a.sections()) {
                List<TopicScore> tags = building.get(s.id());
                if (tags == null) {
                    tagsBySection.put(s.id(), List.of(new TopicScore(Topic.GENERAL, 0)));
                    general.add(s.id());
                    continue;
                }
                tags.sort(Comparator.comparingInt((TopicScore t) -> chipRank(t.topic().source()))
                        .thenComparing(Comparator.comparingDouble(TopicScore::score).reversed()));
                tagsBySection.put(s.id(), List.copyOf(tags));
                for (TopicScore t : tags) {
                    byTopic.computeIfAbsent(t.topic().id(), k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        for (Topic t : shown) {
            sectionsByTopic.put(t.id(), List.copyOf(byTopic.getOrDefault(t.id(), List.of())));
        }
        sectionsByTopic.put(Topic.GENERAL_ID, List.copyOf(general));
    }

    private static UserTopics.Entry combine(UserTopics.Entry own, UserTopics.Entry change) {
        List<String> added = new ArrayList<>(own.added());
        added.addAll(change.added());
        List<String> removed = new ArrayList<>(own.removed());
        removed.addAll(change.removed());
        return new UserTopics.Entry(own.id(), own.name(), own.description(), own.query(), added, removed,
                change.deleted(), change.mergedInto());
    }

    /** Where a merged topic's sections end up, following merges of merges; null if it is not merged (or merges go round). */
    private static String mergeTarget(String id, Map<String, UserTopics.Entry> choices, Map<String, Topic> candidates) {
        String at = id;
        Set<String> seen = new HashSet<>();
        while (choices.containsKey(at) && choices.get(at).mergedInto() != null && seen.add(at)) {
            String next = choices.get(at).mergedInto();
            if (!candidates.containsKey(next) || choices.containsKey(next) && choices.get(next).deleted()) {
                return null;
            }
            at = next;
        }
        return at.equals(id) || seen.contains(at) ? null : at;
    }

    private static String ownDescription(UserTopics.Entry own) {
        return own.query() == null ? "Your topic." : "Your topic: the sections that match “" + own.query() + "”.";
    }

    /** The sidebar's order: curated, the reader's own, the articles' tags, then what Gloss found. */
    private static int listRank(TopicSource source) {
        return switch (source) {
            case BUNDLED -> 0;
            case USER -> 1;
            case TAGS -> 2;
            case DISCOVERED -> 3;
        };
    }

    /** A heading's chips: the reader's own first, then curated, discovered and tags. */
    private static int chipRank(TopicSource source) {
        return switch (source) {
            case USER -> 0;
            case BUNDLED -> 1;
            case DISCOVERED -> 2;
            case TAGS -> 3;
        };
    }

    /** All topics shown: curated (in the catalog's order), the reader's, tags, discovered; {@link Topic#GENERAL} last. */
    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    /** The ids of the topic's sections in library order; empty for an unknown topic. */
    public List<String> sectionIds(String topicId) {
        return sectionsByTopic.getOrDefault(topicId, List.of());
    }

    public int count(String topicId) {
        return sectionIds(topicId).size();
    }

    /** The section's topics, strongest first; empty only for a section not in the library. */
    public List<Topic> topicsOf(String sectionId) {
        return tagsOf(sectionId).stream().map(TopicScore::topic).toList();
    }

    /** The section's topics with their scores, strongest first. */
    public List<TopicScore> tagsOf(String sectionId) {
        return tagsBySection.getOrDefault(sectionId, List.of());
    }

    /** The share of the library's sections that only General holds, from 0 to 1. */
    public double generalShare() {
        return tagsBySection.isEmpty() ? 0 : (double) count(Topic.GENERAL_ID) / tagsBySection.size();
    }
}
