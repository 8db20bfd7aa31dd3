package dev.gloss.app.find;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final FindViewModel model = new FindViewModel();
    private ArticleView articleView;

    @FXML
    private void initialize() {
        setShown(false);
        findField.textProperty().bindBidirectional(model.queryProperty());
        model.queryProperty().addListener((obs, o, text) -> search());
        findCount.textProperty().bind(model.countProperty());
        findCount.accessibleTextProperty().bind(model.countProperty());
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
        if (!isOpen()) {
            // Where the reader is, taken before the bar takes its room from the article's view.
            model.openedAt(articleView == null ? -1 : readingIndexAtTop());
        }
        setShown(true);
        findField.requestFocus();
        findField.selectAll();
        search();
    }

    @FXML
    public void close() {
        setShown(false);
        clearHighlights();
        model.close();
        articleView.requestFocus();
    }

    public boolean isOpen() {
        return findBar.isVisible();
    }

    /** The article changed: search it again if the bar is open. */
    public void articleChanged() {
        model.articleChanged();
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
        move(1);
    }

    @FXML
    public void onPrevious() {
        move(-1);
    }

    private void search() {
        if (articleView == null) {
            return;
        }
        model.search(articleView.readingTexts(), this::firstInView);
        paint(true);
    }

    /** The first reading text shown whose block reaches below the top of the article's view. */
    private int readingIndexAtTop() {
        double top = articleView.localToScene(articleView.getLayoutBounds()).getMinY();
        int count = articleView.readingTexts().size();
        for (int i = 0; i < count; i++) {
            Optional<TextBlock> block = articleView.readingBlock(i);
            if (block.isPresent() && block.get().localToScene(block.get().getLayoutBounds()).getMaxY() > top) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first match from where the reader is: on a line at or below the top of the article's
     * viewport, so that find goes on from the page being read, not from the article's start.
     */
    private int firstInView(List<FindModel.Match> matches) {
        Bounds viewport = articleView.localToScene(articleView.getLayoutBounds());
        for (int i = 0; i < matches.size(); i++) {
            FindModel.Match m = matches.get(i);
            // Rows not shown yet stand where the last shown text before them ends.
            Optional<TextBlock> block = Optional.empty();
            for (int at = m.block(); at >= 0 && block.isEmpty(); at--) {
                block = articleView.readingBlock(at);
            }
            if (block.isEmpty()) {
                return i;
            }
            double line = block.get().localToScene(0, block.get().lineTopOf(m.start())).getY();
            if (line >= viewport.getMinY() - 1) {
                return i;
            }
        }
        return 0;
    }

    /** To the next or previous match; the buttons open a closed bar first. */
    private void move(int step) {
        if (!isOpen()) {
            open();
        } else if (model.move(step)) {
            paint(true);
        }
    }

    private void paint(boolean reveal) {
        Map<TextBlock, List<TextRange>> perBlock = new IdentityHashMap<>();
        for (TextBlock b : articleView.textBlocks()) {
            perBlock.put(b, new ArrayList<>());
        }
        for (FindModel.Match m : model.matches()) {
            articleView.readingBlock(m.block()).map(perBlock::get)
                    .ifPresent(ranges -> ranges.add(new TextRange(m.start(), m.end())));
        }
        perBlock.forEach((block, ranges) -> {
            block.highlight(ALL, ranges);
            block.highlight(CURRENT, List.of());
        });
        model.current().ifPresent(m -> {
            articleView.readingBlock(m.block())
                    .ifPresent(block -> block.highlight(CURRENT, List.of(new TextRange(m.start(), m.end()))));
            if (reveal) {
                // A match in rows not shown yet: they are shown, and the view goes to it once they are there.
                articleView.revealReading(m.block(), m.start());
            }
        });
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
}
