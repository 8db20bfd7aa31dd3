package dev.gloss.app.library;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.reader.Place;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The Library view of the sidebar: the articles, each expandable to its sections. */
public final class LibraryPanelController {
    private final ReaderState model;
    private final ImportViewModel imports;
    @FXML private TreeView<Object> libraryTree;
    private boolean revealing;
    private final Background rowMaker;
    /** Counts the rebuilds asked for, so that only the latest one's rows are put in place. */
    private int rebuilds;
    private boolean listed;
    /** The article row that showing a place expanded (the reader had not): closed again when another is shown. */
    private TreeItem<Object> opened;

    /**
     * @param rowMaker where the rows of new articles are made: ten thousand rows take a good part
     *                 of a second, too long for the FX thread
     */
    public LibraryPanelController(ReaderState model, ImportViewModel imports, Background rowMaker) {
        this.model = model;
        this.imports = imports;
        this.rowMaker = rowMaker;
    }

    @FXML
    private void initialize() {
        libraryTree.setRoot(new TreeItem<>("Library"));
        libraryTree.setCellFactory(tv -> new LibraryCell(imports::isRemovable, model.positions()::progressLabel));
        model.positions().revisionProperty().addListener((obs, o, n) -> libraryTree.refresh());
        model.articles().addListener((ListChangeListener<Article>) c -> rebuild());
        libraryTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> onChosen(item));
        model.placeProperty().addListener((obs, old, place) -> {
            if (place != null) {
                reveal(place);
            }
        });
        rebuild();
        ArticleRemoval.install(libraryTree, imports, this::chosenArticle);
    }

    /** The article of the selected row, whether the row is the article or one of its sections. */
    private Article chosenArticle() {
        TreeItem<Object> item = libraryTree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return null;
        }
        if (item.getValue() instanceof Section) {
            item = item.getParent();
        }
        return item != null && item.getValue() instanceof Article a ? a : null;
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

    /**
     * One row per article, under a new root: sections are made only when an article is expanded.
     * The rows of new and updated articles are made in the background (rows not yet in a tree
     * belong to no thread); the rows of articles that did not change are moved over as they are,
     * still expanded if they were. The rows go under a root the tree does not show yet, so that
     * its selection and focus models, which answer every added row with a walk of the tree, see one
     * change of root instead of ten thousand added rows.
     */
    private void rebuild() {
        Map<Article, TreeItem<Object>> existing = new IdentityHashMap<>();
        for (TreeItem<Object> item : libraryTree.getRoot().getChildren()) {
            if (item.getValue() instanceof Article a) {
                existing.put(a, item);
            }
        }
        List<Article> articles = List.copyOf(model.articles());
        int rebuild = ++rebuilds;
        rowMaker.task(() -> {
            Map<Article, TreeItem<Object>> made = new IdentityHashMap<>();
            for (Article a : articles) {
                if (!existing.containsKey(a)) {
                    made.put(a, new ArticleItem(a));
                }
            }
            return made;
        }).onSuccess(made -> {
            if (rebuild == rebuilds) {
                show(articles, existing, made);
            }
        }).onError(error -> model.status().tell("The library list could not be shown: " + error.getMessage())).start();
    }

    /** Puts the rows of a rebuild in place: those kept, and those made in the background. */
    private void show(List<Article> articles, Map<Article, TreeItem<Object>> existing, Map<Article, TreeItem<Object>> made) {
        List<TreeItem<Object>> rows = new ArrayList<>(articles.size());
        for (Article a : articles) {
            TreeItem<Object> row = existing.get(a);
            rows.add(row != null ? row : made.get(a));
        }
        TreeItem<Object> root = new TreeItem<>("Library");
        root.setExpanded(true);
        root.getChildren().setAll(rows);
        libraryTree.setRoot(root);
        if (!articles.isEmpty() && !listed) {
            listed = true;
            StartupProbe.mark("GLOSS_LIBRARY_LISTED");
        }
        // A library that changed (an import, a removal) keeps the reader's row chosen.
        if (model.placeProperty().get() != null) {
            reveal(model.placeProperty().get());
        }
    }

    /** Selects and shows the row of a place without opening it again. */
    private void reveal(Place place) {
        for (TreeItem<Object> articleItem : libraryTree.getRoot().getChildren()) {
            if (!((Article) articleItem.getValue()).id().equals(place.articleId())) {
                continue;
            }
            if (opened != null && opened != articleItem && opened.getParent() != null) {
                // Closing the row of a section that was chosen moves the choice to its article: not a choice of the reader's.
                revealing = true;
                try {
                    opened.setExpanded(false);
                } finally {
                    revealing = false;
                }
            }
            if (!articleItem.isExpanded()) {
                articleItem.setExpanded(true);
                opened = articleItem;
            } else if (opened != articleItem) {
                opened = null;
            }
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
