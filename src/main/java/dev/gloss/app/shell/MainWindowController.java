package dev.gloss.app.shell;

import dev.gloss.app.about.AboutDialog;
import dev.gloss.app.article.ArticleView;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The main window: menus, the library sidebar, the article and the status bar, over a {@link ReaderViewModel}. */
public final class MainWindowController {
    private final ReaderViewModel model;
    private final Runnable quit;

    @FXML private SplitPane split;
    @FXML private TreeView<Object> libraryTree;
    @FXML private ArticleView articleView;
    @FXML private Label articleStatus;
    @FXML private Label sectionStatus;

    private LibraryTree tree;

    public MainWindowController(ReaderViewModel model, Runnable quit) {
        this.model = model;
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        tree = new LibraryTree(libraryTree, model);
        articleStatus.textProperty().bind(model.articleStatusProperty());
        sectionStatus.textProperty().bind(model.sectionStatusProperty());
        articleView.setOnSectionInView(model::sectionInView);
        model.currentArticleProperty().addListener((obs, old, article) -> {
            if (article != null) {
                articleView.show(article);
            }
        });
        model.placeProperty().addListener((obs, old, place) -> {
            if (place != null) {
                place.sectionId().ifPresentOrElse(articleView::scrollToSection, () -> articleView.setVvalue(0));
                tree.reveal(place);
            }
        });
        model.messageProperty().addListener((obs, o, message) -> {
            if (!message.isEmpty()) {
                articleStatus.textProperty().unbind();
                articleStatus.setText(message);
            } else {
                articleStatus.textProperty().bind(model.articleStatusProperty());
            }
        });
    }

    @FXML
    private void onQuit() {
        quit.run();
    }

    @FXML
    private void onCopy() {
        if (libraryTree.getScene().getFocusOwner() instanceof TextInputControl input) {
            input.copy();
        } else {
            articleView.copySelection();
        }
    }

    @FXML
    private void onSelectAll() {
        if (libraryTree.getScene().getFocusOwner() instanceof TextInputControl input) {
            input.selectAll();
        } else {
            articleView.selectAll();
        }
    }

    @FXML
    private void onFocusLibrary() {
        libraryTree.requestFocus();
    }

    @FXML
    private void onFocusArticle() {
        articleView.requestFocus();
    }

    @FXML
    private void onNextArticle() {
        model.openNeighbourArticle(1);
    }

    @FXML
    private void onPreviousArticle() {
        model.openNeighbourArticle(-1);
    }

    @FXML
    private void onAbout() {
        AboutDialog.show(libraryTree.getScene().getWindow());
    }

    /** The sidebar's tree of articles and their sections, kept in step with the reader's place. */
    static final class LibraryTree {
        private final TreeView<Object> view;
        private final ReaderViewModel model;
        private boolean revealing;

        LibraryTree(TreeView<Object> view, ReaderViewModel model) {
            this.view = view;
            this.model = model;
            view.setRoot(new TreeItem<>("Library"));
            view.setCellFactory(tv -> new LibraryCell());
            model.articles().addListener((javafx.collections.ListChangeListener<Article>) c -> rebuild());
            view.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
                if (revealing || item == null) {
                    return;
                }
                if (item.getValue() instanceof Article a) {
                    model.openArticle(a.id());
                } else if (item.getValue() instanceof Section s) {
                    model.openSection(s.id());
                }
            });
            rebuild();
        }

        private void rebuild() {
            view.getRoot().getChildren().clear();
            for (Article a : model.articles()) {
                TreeItem<Object> articleItem = new TreeItem<>(a);
                for (Section s : a.sections()) {
                    articleItem.getChildren().add(new TreeItem<>(s));
                }
                view.getRoot().getChildren().add(articleItem);
            }
        }

        /** Selects and shows the tree item of a place without opening it again. */
        void reveal(Place place) {
            Object target = place.sectionId().isPresent() ? place.sectionId().get() : place.articleId();
            for (TreeItem<Object> articleItem : view.getRoot().getChildren()) {
                Article a = (Article) articleItem.getValue();
                if (!a.id().equals(place.articleId())) {
                    continue;
                }
                articleItem.setExpanded(true);
                TreeItem<Object> item = articleItem;
                for (TreeItem<Object> child : articleItem.getChildren()) {
                    if (((Section) child.getValue()).id().equals(target)) {
                        item = child;
                    }
                }
                revealing = true;
                try {
                    view.getSelectionModel().select(item);
                    int row = view.getRow(item);
                    if (row >= 0) {
                        view.scrollTo(Math.max(0, row - 3));
                    }
                } finally {
                    revealing = false;
                }
            }
        }
    }
}
