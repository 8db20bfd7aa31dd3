package dev.gloss.app.topics;

import dev.gloss.app.article.SectionDrag;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicSource;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Topics view: choose a topic to list its sections across all articles; choose a section to
 * open it. A topic's context menu renames, describes, merges or deletes it; a section's takes it
 * out of the topic; a section dragged onto a topic (from a topic's list, an article's heading or a
 * Contents entry) is put in it, and for a topic Gloss found that choice overrides what it finds.
 */
public final class TopicsPanelController {
    private final TopicsViewModel model;
    @FXML private ListView<TopicsViewModel.TopicRow> topicList;
    @FXML private Label topicDescription;
    @FXML private ListView<TopicsViewModel.SectionRow> topicSections;
    @FXML private Label topicsStatus;
    @FXML private Button newTopicButton;
    @FXML private Button rediscoverButton;
    private boolean syncing;

    public TopicsPanelController(TopicsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        topicList.setItems(model.topics());
        topicList.setCellFactory(list -> new TopicCell());
        topicSections.setItems(model.sections());
        topicSections.setCellFactory(list -> new SectionCell());
        topicsStatus.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.topics()));
        topicsStatus.managedProperty().bind(topicsStatus.visibleProperty());
        newTopicButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.topics()));
        rediscoverButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.topics()));
        topicList.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null && !syncing) {
                model.choose(row.topic().id());
            }
        });
        model.chosenProperty().addListener((obs, o, row) -> {
            syncing = true;
            try {
                topicList.getSelectionModel().select(row);
                if (row != null) {
                    topicList.scrollTo(row);
                }
            } finally {
                syncing = false;
            }
            topicDescription.setText(row == null ? "" : describe(row));
        });
        topicSections.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                openChosenSection();
            }
        });
        topicSections.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openChosenSection();
                e.consume();
            }
        });
        topicList.setOnKeyPressed(e -> {
            TopicsViewModel.TopicRow row = topicList.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.F2 && !row.topic().isGeneral()) {
                rename(row.topic());
                e.consume();
            }
        });
    }

    private static String describe(TopicsViewModel.TopicRow row) {
        String origin = row.origin();
        return origin.isEmpty() ? row.topic().description() : origin + ". " + row.topic().description();
    }

    private void openChosenSection() {
        TopicsViewModel.SectionRow row = topicSections.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.open(row);
        }
    }

    public void focus() {
        topicList.requestFocus();
    }

    /** Shows one topic's sections, as a click on a topic chip asks. */
    public void show(String topicId) {
        model.choose(topicId);
        topicSections.requestFocus();
    }

    public TopicsViewModel model() {
        return model;
    }

    @FXML
    private void newTopic() {
        TopicDialogs.newTopic(topicList, "").ifPresent(t -> model.create(t.name(), t.query()));
    }

    @FXML
    private void rediscover() {
        model.rediscover();
    }

    private void rename(Topic topic) {
        TopicDialogs.text(topicList, "Rename Topic", "A new name for “" + topic.name() + "”:", topic.name())
                .filter(name -> !name.isBlank()).ifPresent(name -> model.rename(topic.id(), name));
    }

    private ContextMenu topicMenu(Topic topic) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(a -> rename(topic));
        MenuItem describe = new MenuItem("Describe…");
        describe.setOnAction(a -> TopicDialogs.text(topicList, "Describe Topic", "Your description of “"
                + topic.name() + "” (empty to keep Gloss's):", topic.source() == TopicSource.USER ? topic.description() : "")
                .ifPresent(text -> model.describe(topic.id(), text)));
        MenuItem merge = new MenuItem("Merge Into…");
        merge.setOnAction(a -> TopicDialogs.choose(topicList, "Merge Topic", "Move every section of “" + topic.name()
                + "” into:", model.topics().stream().map(TopicsViewModel.TopicRow::topic)
                .filter(t -> !t.isGeneral() && !t.id().equals(topic.id())).toList())
                .ifPresent(into -> model.merge(topic.id(), into.id())));
        MenuItem delete = new MenuItem(topic.source() == TopicSource.USER ? "Delete" : "Hide This Topic");
        delete.setOnAction(a -> model.delete(topic.id()));
        MenuItem create = new MenuItem("New Topic…");
        create.setOnAction(a -> newTopic());
        return new ContextMenu(rename, describe, merge, delete, new SeparatorMenuItem(), create);
    }

    private final class TopicCell extends ListCell<TopicsViewModel.TopicRow> {
        TopicCell() {
            setPrefWidth(0);
            setOnDragOver(e -> {
                if (getItem() != null && !getItem().topic().isGeneral() && SectionDrag.sectionOf(e.getDragboard()).isPresent()) {
                    e.acceptTransferModes(TransferMode.LINK);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                java.util.Optional<String> section = SectionDrag.sectionOf(e.getDragboard());
                boolean done = getItem() != null && !getItem().topic().isGeneral() && section.isPresent();
                if (done) {
                    model.include(getItem().topic().id(), section.get(), true);
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(TopicsViewModel.TopicRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("topic-source-"));
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                setContextMenu(null);
                return;
            }
            setText(row.label());
            getStyleClass().add("topic-source-" + row.topic().source().key());
            setAccessibleText("Topic: " + row.topic().name() + ", " + row.count() + " sections"
                    + (row.origin().isEmpty() ? "" : ", " + row.origin().toLowerCase(java.util.Locale.ROOT)));
            setContextMenu(row.topic().isGeneral() ? null : topicMenu(row.topic()));
        }
    }

    private final class SectionCell extends ListCell<TopicsViewModel.SectionRow> {
        private final Label title = new Label();
        private final Label article = new Label();
        private final VBox box = new VBox(2, title, article);

        SectionCell() {
            setPrefWidth(0);
            title.getStyleClass().add("topic-section-title");
            article.getStyleClass().add("topic-section-article");
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    SectionDrag.start(this, getItem().sectionId(), getItem().sectionTitle());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(TopicsViewModel.SectionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                setContextMenu(null);
                return;
            }
            title.setText(row.sectionTitle());
            article.setText(row.articleTitle());
            setGraphic(box);
            setAccessibleText("Section: " + row.sectionTitle() + ", in " + row.articleTitle());
            TopicsViewModel.TopicRow chosen = model.chosenProperty().get();
            if (chosen == null || chosen.topic().isGeneral()) {
                setContextMenu(null);
                return;
            }
            MenuItem remove = new MenuItem("Remove from “" + chosen.topic().name() + "”");
            remove.setOnAction(a -> model.include(chosen.topic().id(), row.sectionId(), false));
            setContextMenu(new ContextMenu(remove));
        }
    }

    /** The items a heading's context menu gets: put the section in a topic, or take it out of one. */
    public List<MenuItem> headingItems(String sectionId) {
        javafx.scene.control.Menu add = new javafx.scene.control.Menu("Add to Topic");
        for (Topic t : model.topicsToAdd(sectionId).stream().limit(40).toList()) {
            MenuItem item = new MenuItem(t.name());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.include(t.id(), sectionId, true));
            add.getItems().add(item);
        }
        if (!add.getItems().isEmpty()) {
            add.getItems().add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem("New Topic…");
        create.setOnAction(a -> TopicDialogs.newTopic(topicList, "").ifPresent(t -> model.createWith(t.name(), t.query(), sectionId)));
        add.getItems().add(create);
        javafx.scene.control.Menu remove = new javafx.scene.control.Menu("Remove from Topic");
        for (Topic t : model.topicsOf(sectionId)) {
            if (t.isGeneral()) {
                continue;
            }
            MenuItem item = new MenuItem(t.name());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.include(t.id(), sectionId, false));
            remove.getItems().add(item);
        }
        remove.setDisable(remove.getItems().isEmpty());
        return List.of(add, remove);
    }
}
