package dev.gloss.app.topics;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The Topics view: choose a topic to list its sections across all articles; choose a section to open it. */
public final class TopicsPanelController {
    private final TopicsViewModel model;
    @FXML private ListView<TopicsViewModel.TopicRow> topicList;
    @FXML private Label topicDescription;
    @FXML private ListView<TopicsViewModel.SectionRow> topicSections;
    @FXML private Label topicsStatus;
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
        topicList.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null && !syncing) {
                model.choose(row.topic().id());
            }
        });
        model.chosenProperty().addListener((obs, o, row) -> {
            syncing = true;
            try {
                topicList.getSelectionModel().select(row);
            } finally {
                syncing = false;
            }
            topicDescription.setText(row == null ? "" : row.topic().description());
        });
        topicSections.setOnMouseClicked(e -> openChosenSection());
        topicSections.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openChosenSection();
                e.consume();
            }
        });
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

    private static final class TopicCell extends ListCell<TopicsViewModel.TopicRow> {
        TopicCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TopicsViewModel.TopicRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.label());
            setAccessibleText(empty || row == null ? null
                    : "Topic: " + row.topic().name() + ", " + row.count() + " sections");
        }
    }

    private static final class SectionCell extends ListCell<TopicsViewModel.SectionRow> {
        private final Label title = new Label();
        private final Label article = new Label();
        private final VBox box = new VBox(2, title, article);

        SectionCell() {
            setPrefWidth(0);
            title.getStyleClass().add("topic-section-title");
            article.getStyleClass().add("topic-section-article");
        }

        @Override
        protected void updateItem(TopicsViewModel.SectionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(row.sectionTitle());
            article.setText(row.articleTitle());
            setGraphic(box);
            setAccessibleText("Section: " + row.sectionTitle() + ", in " + row.articleTitle());
        }
    }
}
