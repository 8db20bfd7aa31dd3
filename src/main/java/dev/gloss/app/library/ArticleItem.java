package dev.gloss.app.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * An article's row in the library tree. Its section rows are made the first time they are asked
 * for (the article is expanded or revealed), so that a library of ten thousand articles is a tree
 * of ten thousand rows, not of every section.
 */
final class ArticleItem extends TreeItem<Object> {
    private final Article article;
    private boolean sectionsMade;

    ArticleItem(Article article) {
        super(article);
        this.article = article;
    }

    @Override
    public boolean isLeaf() {
        return article.sections().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<Object>> getChildren() {
        ObservableList<TreeItem<Object>> children = super.getChildren();
        if (!sectionsMade) {
            sectionsMade = true;
            children.setAll(article.sections().stream().map(s -> (TreeItem<Object>) new TreeItem<Object>(s)).toList());
        }
        return children;
    }

    /** Whether the section rows exist yet: for tests of the tree's laziness. */
    boolean sectionsMade() {
        return sectionsMade;
    }
}
