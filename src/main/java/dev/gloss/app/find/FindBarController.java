package dev.gloss.app.find;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Find in the current article: every match highlighted, "3 of 12", Enter or F3 for the next,
 * Shift+Enter or Shift+F3 for the previous, Esc to close.
 */
public final class FindBarController {
    private static final String ALL = "find";
    private static final String CURRENT = "find-current";

    @FXML private HBox findBar;
    @FXML private TextField findField;
    @FXML private Label findCount;

    private ArticleView articleView;
    private List<FindModel.Match> matches = List.of();
    private int current = -1;

    @FXML
    private void initialize() {
        setShown(false);
        findField.textProperty().addListener((obs, o, text) -> search());
        findField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                move(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    public void attach(ArticleView view) {
        this.articleView = view;
    }

    /** Ctrl+F: shows the bar with its text selected, ready for a new query. */
    public void open() {
        setShown(true);
        findField.requestFocus();
        findField.selectAll();
        search();
    }

    @FXML
    public void close() {
        setShown(false);
        clearHighlights();
        matches = List.of();
        current = -1;
        articleView.requestFocus();
    }

    public boolean isOpen() {
        return findBar.isVisible();
    }

    /** The article changed: search it again if the bar is open. */
    public void articleChanged() {
        if (isOpen()) {
            search();
        }
    }

    /**
     * The article shows more of its text (the rest of a long table): the matches there, counted
     * already, are marked now; the view stays.
     */
    public void blocksChanged() {
        if (isOpen() && articleView != null) {
            paint(false);
        }
    }

    @FXML
    public void onNext() {
        if (!isOpen()) {
            open();
            return;
        }
        move(1);
    }

    @FXML
    public void onPrevious() {
        if (!isOpen()) {
            open();
            return;
        }
        move(-1);
    }

    private void search() {
        if (articleView == null) {
            return;
        }
        // The article's whole text, shown or not yet: a match in rows of a long table not shown counts too.
        matches = FindModel.find(articleView.readingTexts(), findField.getText());
        current = matches.isEmpty() ? -1 : 0;
        paint();
    }

    private void move(int step) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + step, matches.size());
        paint();
    }

    private void paint() {
        paint(true);
    }

    private void paint(boolean reveal) {
        Map<TextBlock, List<TextRange>> perBlock = new IdentityHashMap<>();
        for (TextBlock b : articleView.textBlocks()) {
            perBlock.put(b, new ArrayList<>());
        }
        for (FindModel.Match m : matches) {
            articleView.readingBlock(m.block()).map(perBlock::get)
                    .ifPresent(ranges -> ranges.add(new TextRange(m.start(), m.end())));
        }
        perBlock.forEach((block, ranges) -> {
            block.highlight(ALL, ranges);
            block.highlight(CURRENT, List.of());
        });
        if (current >= 0) {
            FindModel.Match m = matches.get(current);
            articleView.readingBlock(m.block())
                    .ifPresent(block -> block.highlight(CURRENT, List.of(new TextRange(m.start(), m.end()))));
            if (reveal) {
                // A match in rows not shown yet: they are shown, and the view goes to it once they are there.
                articleView.revealReading(m.block(), m.start());
            }
        }
        findCount.setText(findField.getText().isBlank() ? ""
                : matches.isEmpty() ? "No matches" : (current + 1) + " of " + matches.size());
        findCount.setAccessibleText(findCount.getText());
    }

    private void clearHighlights() {
        for (TextBlock b : articleView.textBlocks()) {
            b.highlight(ALL, List.of());
            b.highlight(CURRENT, List.of());
        }
    }

    private void setShown(boolean shown) {
        findBar.setVisible(shown);
        findBar.setManaged(shown);
    }

    /** "3 of 12", for tests and screen readers. */
    public String countText() {
        return findCount.getText();
    }
}
