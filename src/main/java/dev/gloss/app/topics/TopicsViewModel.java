package dev.gloss.app.topics;

import dev.gloss.app.shell.ReaderViewModel;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The Topics view of the sidebar: every topic with its count, and the sections of the chosen one. */
public final class TopicsViewModel {

    /** A topic and how many sections it has across the library. */
    public record TopicRow(Topic topic, int count) {
        public String label() {
            return topic.name() + " (" + count + ")";
        }
    }

    /** A section of the chosen topic, with the title of its article. */
    public record SectionRow(String sectionId, String sectionTitle, String articleTitle) {
    }

    private final ReaderViewModel reader;
    private final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TopicRow> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    public TopicsViewModel(ReaderViewModel reader) {
        this.reader = reader;
        reader.topicsProperty().addListener((obs, old, index) -> refresh());
        refresh();
    }

    private void refresh() {
        TopicIndex index = reader.topicsProperty().get();
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
        TopicIndex index = reader.topicsProperty().get();
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
        return new SectionRow(sectionId, s.titleKind() == TitleKind.NONE ? "Introduction" : s.title(), article);
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

    public List<Topic> topicsOf(String sectionId) {
        TopicIndex index = reader.topicsProperty().get();
        return index == null ? List.of() : index.topicsOf(sectionId);
    }
}
