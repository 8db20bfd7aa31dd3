package dev.gloss.core.topics;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topics of a library's sections, both ways: a topic's sections in library order (articles in
 * order, sections in order within each), and a section's topics, strongest first. Every section
 * has at least one topic, {@link Topic#GENERAL} when no other fits. Built by tagging every section;
 * rebuild it when the library changes (the bundled library tags in a few milliseconds).
 */
public final class TopicIndex {
    private final List<Topic> topics;
    private final Map<String, List<String>> sectionsByTopic = new LinkedHashMap<>();
    private final Map<String, List<TopicScore>> tagsBySection = new LinkedHashMap<>();

    private TopicIndex(List<Topic> topics) {
        this.topics = topics;
    }

    /** The bundled topics over a library. */
    public static TopicIndex of(Library library) {
        return of(library, new TopicTagger(TopicCatalog.bundled()));
    }

    public static TopicIndex of(Library library, TopicTagger tagger) {
        return of(library, tagger, null, null);
    }

    /**
     * The bundled topics over a library that changed: the sections of articles that are the very
     * same objects in {@code previousLibrary} keep their tags from {@code previous}, so after an
     * import only the new and updated articles are tagged.
     */
    public static TopicIndex of(Library library, Library previousLibrary, TopicIndex previous) {
        return of(library, new TopicTagger(TopicCatalog.bundled()), previousLibrary, previous);
    }

    static TopicIndex of(Library library, TopicTagger tagger, Library previousLibrary, TopicIndex previous) {
        TopicIndex index = new TopicIndex(tagger.catalog().withGeneral());
        // Articles are tagged on all cores; each article's tags are its own, so the order stays the library's.
        List<List<List<TopicScore>>> tagged = library.articles().parallelStream()
                .map(article -> {
                    boolean unchanged = previous != null && previousLibrary != null
                            && previousLibrary.article(article.id()).orElse(null) == article;
                    List<List<TopicScore>> tags = new ArrayList<>(article.sections().size());
                    for (Section section : article.sections()) {
                        List<TopicScore> kept = unchanged ? previous.tagsBySection.get(section.id()) : null;
                        tags.add(kept != null ? kept : tagger.tag(section));
                    }
                    return tags;
                })
                .toList();
        Map<String, List<String>> building = new LinkedHashMap<>();
        for (Topic topic : index.topics) {
            building.put(topic.id(), new ArrayList<>());
        }
        List<Article> articles = library.articles();
        for (int a = 0; a < articles.size(); a++) {
            List<Section> sections = articles.get(a).sections();
            for (int s = 0; s < sections.size(); s++) {
                List<TopicScore> tags = tagged.get(a).get(s);
                index.tagsBySection.put(sections.get(s).id(), tags);
                for (TopicScore tag : tags) {
                    building.get(tag.topic().id()).add(sections.get(s).id());
                }
            }
        }
        building.forEach((id, ids) -> index.sectionsByTopic.put(id, List.copyOf(ids)));
        return index;
    }

    /** All topics in the catalog's order, {@link Topic#GENERAL} last, including those without sections. */
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
}
