package dev.gloss.app.topics;

import dev.gloss.app.article.SectionDrag;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    private TopicMenus menus;
    private boolean syncing;

    public TopicsPanelController(TopicsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        menus = new TopicMenus(model, topicList, this::newTopic);
        topicList.setItems(model.topics());
        topicList.setCellFactory(list -> new TopicCell());
        topicSections.setItems(model.sections());
        topicSections.setCellFactory(list -> new TopicSectionCell(model));
        topicsStatus.visibleProperty().bind(Bindings.isEmpty(model.topics()));
        topicsStatus.managedProperty().bind(topicsStatus.visibleProperty());
        newTopicButton.disableProperty().bind(Bindings.isEmpty(model.topics()));
        rediscoverButton.disableProperty().bind(Bindings.isEmpty(model.topics()));
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
            if (e.getButton() == MouseButton.PRIMARY) {
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
                menus.rename(row.topic());
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
                Optional<String> section = SectionDrag.sectionOf(e.getDragboard());
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
                    + (row.origin().isEmpty() ? "" : ", " + row.origin().toLowerCase(Locale.ROOT)));
            setContextMenu(row.topic().isGeneral() ? null : menus.topicMenu(row.topic()));
        }
    }

    /** The items a heading's context menu gets: put the section in a topic, or take it out of one. */
    public List<MenuItem> headingItems(String sectionId) {
        return menus.headingItems(sectionId);
    }
}
