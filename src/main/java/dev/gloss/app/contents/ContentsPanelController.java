package dev.gloss.app.contents;

import dev.gloss.app.shell.ReaderViewModel;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The table of contents of the article being read; the section in view is highlighted as the reader scrolls. */
public final class ContentsPanelController {
    private final ReaderViewModel model;
    @FXML private Label articleTitle;
    @FXML private ListView<Section> contentsList;
    private boolean following;

    public ContentsPanelController(ReaderViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        contentsList.setCellFactory(list -> new SectionCell());
        model.currentArticleProperty().addListener((obs, old, article) -> show(article));
        model.currentSectionProperty().addListener((obs, old, section) -> follow(section));
        contentsList.setOnMouseClicked(e -> open());
        contentsList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open();
                e.consume();
            }
        });
        show(model.currentArticleProperty().get());
    }

    private void show(Article article) {
        contentsList.getItems().setAll(article == null ? java.util.List.of() : article.sections());
        articleTitle.setText(article == null ? "" : article.title());
        follow(model.currentSectionProperty().get());
    }

    private void follow(Section section) {
        following = true;
        try {
            if (section == null) {
                contentsList.getSelectionModel().clearSelection();
                return;
            }
            contentsList.getSelectionModel().select(section);
            int index = contentsList.getItems().indexOf(section);
            if (index >= 0) {
                contentsList.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private void open() {
        Section chosen = contentsList.getSelectionModel().getSelectedItem();
        if (!following && chosen != null) {
            model.openSection(chosen.id());
        }
    }

    public void focus() {
        contentsList.requestFocus();
    }

    private static final class SectionCell extends ListCell<Section> {
        SectionCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Section s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().remove("generated-item");
            if (empty || s == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String title = s.titleKind() == TitleKind.NONE ? "Introduction" : s.title();
            setText(title);
            if (s.titleKind() == TitleKind.GENERATED) {
                getStyleClass().add("generated-item");
            }
            setAccessibleText("Section: " + title);
        }
    }
}
