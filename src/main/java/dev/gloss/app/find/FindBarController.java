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
import java.util.List;

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

    /** The article shows more of its text (the rest of a long table): the matches are found again, the view stays. */
    public void blocksChanged() {
        if (isOpen() && articleView != null) {
            List<TextBlock> blocks = articleView.textBlocks();
            matches = FindModel.find(blocks.stream().map(TextBlock::text).toList(), findField.getText());
            current = matches.isEmpty() ? -1 : Math.min(Math.max(0, current), matches.size() - 1);
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
        List<TextBlock> blocks = articleView.textBlocks();
        matches = FindModel.find(blocks.stream().map(TextBlock::text).toList(), findField.getText());
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
        List<TextBlock> blocks = articleView.textBlocks();
        List<List<TextRange>> perBlock = new ArrayList<>();
        blocks.forEach(b -> perBlock.add(new ArrayList<>()));
        for (FindModel.Match m : matches) {
            perBlock.get(m.block()).add(new TextRange(m.start(), m.end()));
        }
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).highlight(ALL, perBlock.get(i));
            blocks.get(i).highlight(CURRENT, List.of());
        }
        if (current >= 0) {
            FindModel.Match m = matches.get(current);
            TextBlock block = blocks.get(m.block());
            block.highlight(CURRENT, List.of(new TextRange(m.start(), m.end())));
            if (reveal) {
                articleView.revealOffset(block, m.start());
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
