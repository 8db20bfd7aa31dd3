package dev.gloss.app.topics;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.topics.TopicService;
import dev.gloss.core.topics.TopicSource;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The Topics view of the sidebar: every topic with its count, and the sections of the chosen one;
 * and the reader's changes to topics (make, rename, describe, merge, delete, put a section in or
 * take it out, find the topics again), each saved and applied in the background.
 */
public final class TopicsViewModel {

    /** A topic and how many sections it has across the library. */
    public record TopicRow(Topic topic, int count) {
        public String label() {
            return topic.name() + " (" + count + ")";
        }

        /** Where the topic comes from, in words, for its description and its row's style. */
        public String origin() {
            return switch (topic.source()) {
                case BUNDLED -> topic.isGeneral() ? "" : "Curated";
                case TAGS -> "From the articles' tags";
                case DISCOVERED -> "Found by Gloss in the articles' own words";
                case USER -> "Yours";
            };
        }
    }

    /** A section of the chosen topic, with the title of its article. */
    public record SectionRow(String sectionId, String sectionTitle, String articleTitle) {
    }

    private final ReaderState reader;
    private final Background background;
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TopicRow> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    public TopicsViewModel(ReaderState reader, Background background) {
        this.reader = reader;
        this.background = background;
        reader.topics().topicsProperty().addListener((obs, old, index) -> refresh());
        refresh();
    }

    private void refresh() {
        TopicIndex index = reader.topics().topicsProperty().get();
        if (index == null) {
            topics.clear();
            return;
        }
        topics.setAll(index.topics().stream().map(t -> new TopicRow(t, index.count(t.id()))).toList());
        if (chosen.get() != null) {
            choose(chosen.get().topic().id());
        }
    }

    public void choose(String topicId) {
        TopicIndex index = reader.topics().topicsProperty().get();
        Library library = reader.libraryProperty().get();
        if (index == null || library == null) {
            return;
        }
        topics.stream().filter(r -> r.topic().id().equals(topicId)).findFirst().ifPresent(row -> {
            chosen.set(row);
            sections.setAll(index.sectionIds(topicId).stream().map(id -> row(library, id)).toList());
        });
    }

    private static SectionRow row(Library library, String sectionId) {
        Section s = library.section(sectionId).orElseThrow();
        String article = library.articleOf(sectionId).map(Article::title).orElse("");
        return new SectionRow(sectionId, s.displayTitle(), article);
    }

    public void open(SectionRow row) {
        reader.openSection(row.sectionId());
    }

    public ObservableList<TopicRow> topics() {
        return topics;
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    public ReadOnlyObjectProperty<TopicRow> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** A change to the reader's topics, made by the topic service on the library being shown. */
    @FunctionalInterface
    private interface Change {
        TopicIndex apply(TopicService service, Library library) throws Exception;
    }

    private void change(Change change, String done) {
        Library library = reader.libraryProperty().get();
        if (library == null) {
            return;
        }
        TopicService service = reader.topics().service();
        background.task(() -> change.apply(service, library)).onSuccess(index -> {
            reader.topics().changed(library, index);
            if (done != null) {
                reader.status().tell(done);
            }
        }).onError(error -> reader.status().tell(error instanceof IllegalArgumentException
                ? capitalised(error.getMessage()) + "."
                : "Your topics could not be saved: " + error.getMessage())).start();
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public void create(String name, String query) {
        change((service, library) -> service.create(library, name, query), "Topic “" + name.strip() + "” made.");
    }

    /** Makes a topic and puts a section in it, as the heading's menu asks. */
    public void createWith(String name, String query, String sectionId) {
        change((service, library) -> {
            TopicIndex made = service.create(library, name, query);
            Topic topic = TopicService.resolve(made, name.strip()).orElseThrow();
            return service.include(library, topic.id(), sectionId, true);
        }, "Topic “" + name.strip() + "” made.");
    }

    public void rename(String topicId, String name) {
        change((service, library) -> service.rename(library, topicId, name), null);
    }

    public void describe(String topicId, String description) {
        change((service, library) -> service.describe(library, topicId, description), null);
    }

    public void merge(String topicId, String intoId) {
        change((service, library) -> service.merge(library, topicId, intoId), null);
    }

    public void delete(String topicId) {
        change((service, library) -> service.delete(library, topicId), null);
    }

    /** Puts a section in a topic or takes it out; shown at once in the list and the chips. */
    public void include(String topicId, String sectionId, boolean in) {
        change((service, library) -> service.include(library, topicId, sectionId, in), null);
    }

    /** Finds the topics of the imported articles afresh. */
    public void rediscover() {
        change(TopicService::rediscover, "Topics found again.");
    }

    /** The topics a section could be put in: all but General and those it is in, by name. */
    public List<Topic> topicsToAdd(String sectionId) {
        TopicIndex index = reader.topics().topicsProperty().get();
        if (index == null) {
            return List.of();
        }
        List<Topic> in = index.topicsOf(sectionId);
        return index.topics().stream().filter(t -> !t.isGeneral() && !in.contains(t))
                .sorted(java.util.Comparator.comparing((Topic t) -> t.source() != TopicSource.USER)
                        .thenComparing(Topic::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<Topic> topicsOf(String sectionId) {
        TopicIndex index = reader.topics().topicsProperty().get();
        return index == null ? List.of() : index.topicsOf(sectionId);
    }
}
