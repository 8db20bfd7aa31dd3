package dev.gloss.app.article;

import dev.gloss.core.model.Run;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/**
 * A run of styled text that can be selected: a TextFlow with a highlight layer behind it.
 * TextFlow has no selection of its own; hit-testing ({@link TextFlow#hitTest}) maps the mouse to
 * a character and {@link TextFlow#rangeShape} draws the selected range.
 */
public final class TextBlock extends StackPane {
    private final TextFlow flow = new TextFlow();
    private final Path selection = new Path();
    private final String text;

    public TextBlock(List<Run> runs, String... styleClasses) {
        getStyleClass().add("text-block");
        getStyleClass().addAll(styleClasses);
        setAlignment(Pos.TOP_LEFT);
        selection.getStyleClass().add("selection-highlight");
        selection.setManaged(false);
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            Text t = new Text(run.text());
            t.getStyleClass().addAll("run", "run-" + run.style().name().toLowerCase(java.util.Locale.ROOT));
            flow.getChildren().add(t);
            sb.append(run.text());
        }
        text = sb.toString();
        getChildren().addAll(selection, flow);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(text);
    }

    public String text() {
        return text;
    }

    /** The character position nearest to a point given in this block's coordinates. */
    public int offsetAt(Point2D local) {
        HitInfo hit = flow.hitTest(flow.parentToLocal(local));
        return Math.max(0, Math.min(text.length(), hit.getInsertionIndex()));
    }

    public void select(int start, int end) {
        if (start >= end) {
            clearSelection();
            return;
        }
        PathElement[] shape = flow.rangeShape(start, end);
        selection.getElements().setAll(shape);
        selection.setLayoutX(flow.getLayoutX());
        selection.setLayoutY(flow.getLayoutY());
    }

    public void clearSelection() {
        selection.getElements().clear();
    }

    TextFlow flow() {
        return flow;
    }
}
