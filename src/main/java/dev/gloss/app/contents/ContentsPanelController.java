package dev.gloss.app.contents;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of contents of the article being read, as a tree: each section under the one it
 * belongs to, all open at first; the section in view is highlighted as the reader scrolls. An
 * untitled opening section is not listed (the article shows no heading for it): the article's title
 * above the tree stands for it, and is highlighted while it is read.
 */
public final class ContentsPanelController {
    private final ReaderState model;
    @FXML private Label articleTitle;
    @FXML private TreeView<Section> contentsList;
    private final Map<String, TreeItem<Section>> items = new HashMap<>();
    private boolean following;

    public ContentsPanelController(ReaderState model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        contentsList.setCellFactory(tree -> new SectionCell());
        articleTitle.setOnMouseClicked(e -> {
            Article article = model.currentArticleProperty().get();
            if (e.getButton() == MouseButton.PRIMARY && article != null && !article.sections().isEmpty()) {
                model.openSection(article.sections().get(0).id());
            }
        });
        contentsList.setRoot(new TreeItem<>());
        model.currentArticleProperty().addListener((obs, old, article) -> show(article));
        model.currentSectionProperty().addListener((obs, old, section) -> follow(section));
        contentsList.setOnMouseClicked(e -> {
            // A click on the disclosure arrow opens or closes a branch; it does not move the reader.
            if (e.getButton() == MouseButton.PRIMARY && !onDisclosure(e.getPickResult().getIntersectedNode())) {
                open();
            }
        });
        contentsList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open();
                e.consume();
            }
        });
        show(model.currentArticleProperty().get());
    }

    private static boolean onDisclosure(javafx.scene.Node picked) {
        for (javafx.scene.Node n = picked; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tree-disclosure-node")) {
                return true;
            }
            if (n instanceof TreeCell) {
                return false;
            }
        }
        return false;
    }

    /** The sections as a tree by their parents; a section whose parent is unknown stays at the top. */
    static TreeItem<Section> tree(List<Section> sections, Map<String, TreeItem<Section>> byId) {
        TreeItem<Section> root = new TreeItem<>();
        root.setExpanded(true);
        byId.clear();
        for (Section s : sections) {
            if (s.titleKind() == TitleKind.NONE && s.parentId() == null) {
                continue;
            }
            TreeItem<Section> item = new TreeItem<>(s);
            item.setExpanded(true);
            byId.put(s.id(), item);
            TreeItem<Section> parent = s.parentId() == null ? null : byId.get(s.parentId());
            (parent == null ? root : parent).getChildren().add(item);
        }
        return root;
    }

    private void show(Article article) {
        contentsList.setRoot(tree(article == null ? List.of() : article.sections(), items));
        articleTitle.setText(article == null ? "" : article.title());
        follow(model.currentSectionProperty().get());
    }

    private void follow(Section section) {
        following = true;
        try {
            TreeItem<Section> item = section == null ? null : items.get(section.id());
            articleTitle.getStyleClass().remove("contents-current");
            if (item == null) {
                contentsList.getSelectionModel().clearSelection();
                if (section != null) {
                    articleTitle.getStyleClass().add("contents-current");
                    contentsList.scrollTo(0);
                }
                return;
            }
            for (TreeItem<Section> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            contentsList.getSelectionModel().select(item);
            int index = contentsList.getRow(item);
            if (index >= 0) {
                contentsList.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private void open() {
        TreeItem<Section> chosen = contentsList.getSelectionModel().getSelectedItem();
        if (!following && chosen != null && chosen.getValue() != null) {
            model.openSection(chosen.getValue().id());
        }
    }

    public void focus() {
        contentsList.requestFocus();
    }

    private static final class SectionCell extends TreeCell<Section> {
        SectionCell() {
            setPrefWidth(0);
            // An entry dragged onto a topic in the Topics tab puts its section in that topic.
            setOnDragDetected(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    dev.gloss.app.article.SectionDrag.start(this, getItem().id(), getText());
                    e.consume();
                }
            });
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
            String title = s.displayTitle();
            setText(title);
            if (s.titleKind() == TitleKind.GENERATED) {
                getStyleClass().add("generated-item");
            }
            setAccessibleText("Section: " + title);
        }
    }
}
