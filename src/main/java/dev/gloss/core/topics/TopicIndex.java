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
        TopicIndex index = new TopicIndex(tagger.catalog().withGeneral());
        Map<String, List<String>> building = new LinkedHashMap<>();
        for (Topic topic : index.topics) {
            building.put(topic.id(), new ArrayList<>());
        }
        for (Article article : library.articles()) {
            for (Section section : article.sections()) {
                List<TopicScore> tags = tagger.tag(section);
                index.tagsBySection.put(section.id(), tags);
                for (TopicScore tag : tags) {
                    building.get(tag.topic().id()).add(section.id());
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
