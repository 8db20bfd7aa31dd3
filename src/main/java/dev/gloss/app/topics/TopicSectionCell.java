package dev.gloss.app.topics;

import dev.gloss.app.article.SectionDrag;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;

/**
 * A section of the chosen topic: its title over its article's, dragged onto another topic to put
 * it there, and with a menu that takes it out of the chosen topic.
 */
final class TopicSectionCell extends ListCell<TopicsViewModel.SectionRow> {
    private final TopicsViewModel model;
    private final Label title = new Label();
    private final Label article = new Label();
    private final VBox box = new VBox(2, title, article);

    TopicSectionCell(TopicsViewModel model) {
        this.model = model;
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
