package dev.gloss.app.library;

import dev.gloss.app.shell.Place;
import dev.gloss.app.shell.ReaderViewModel;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The Library view of the sidebar: the articles, each expandable to its sections. */
public final class LibraryPanelController {
    private final ReaderViewModel model;
    @FXML private TreeView<Object> libraryTree;
    private boolean revealing;

    public LibraryPanelController(ReaderViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        libraryTree.setRoot(new TreeItem<>("Library"));
        libraryTree.setCellFactory(tv -> new LibraryCell());
        model.articles().addListener((ListChangeListener<Article>) c -> rebuild());
        libraryTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> onChosen(item));
        model.placeProperty().addListener((obs, old, place) -> {
            if (place != null) {
                reveal(place);
            }
        });
        rebuild();
    }

    private void onChosen(TreeItem<Object> item) {
        if (revealing || item == null) {
            return;
        }
        if (item.getValue() instanceof Article a) {
            model.openArticle(a.id());
        } else if (item.getValue() instanceof Section s) {
            model.openSection(s.id());
        }
    }

    private void rebuild() {
        libraryTree.getRoot().getChildren().clear();
        for (Article a : model.articles()) {
            TreeItem<Object> articleItem = new TreeItem<>(a);
            for (Section s : a.sections()) {
                articleItem.getChildren().add(new TreeItem<>(s));
            }
            libraryTree.getRoot().getChildren().add(articleItem);
        }
    }

    /** Selects and shows the row of a place without opening it again. */
    private void reveal(Place place) {
        for (TreeItem<Object> articleItem : libraryTree.getRoot().getChildren()) {
            if (!((Article) articleItem.getValue()).id().equals(place.articleId())) {
                continue;
            }
            articleItem.setExpanded(true);
            TreeItem<Object> item = articleItem;
            for (TreeItem<Object> child : articleItem.getChildren()) {
                if (place.sectionId().filter(((Section) child.getValue()).id()::equals).isPresent()) {
                    item = child;
                }
            }
            revealing = true;
            try {
                libraryTree.getSelectionModel().select(item);
                int row = libraryTree.getRow(item);
                if (row >= 0) {
                    libraryTree.scrollTo(Math.max(0, row - 3));
                }
            } finally {
                revealing = false;
            }
        }
    }

    public void focus() {
        libraryTree.requestFocus();
    }
}
