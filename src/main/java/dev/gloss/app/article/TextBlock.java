package dev.gloss.app.article;

import dev.gloss.core.model.Run;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run of styled text that can be selected: a TextFlow with a highlight layer behind it.
 * TextFlow has no selection of its own; hit-testing ({@link TextFlow#hitTest}) maps the mouse to
 * a character and {@link TextFlow#rangeShape} draws the selected range.
 */
public final class TextBlock extends StackPane {
    private final TextFlow flow = new TextFlow();
    private final Path selection = new Path();
    private final Map<String, Path> highlightLayers = new LinkedHashMap<>();
    private final Map<String, List<TextRange>> highlightRanges = new LinkedHashMap<>();
    private TextRange selected;
    private final java.util.Set<String> underlined = new java.util.HashSet<>();
    private final String text;
    private double lineHeight = Double.NaN;
    private boolean fontWatched;
    private final List<TextRange> codeRanges = new ArrayList<>();
    /** What joins this block's text to the one before it in a selection: a line break, a tab between cells of a row. */
    private char separatorBefore = '\n';
    /** The property of a link's Text node that holds where it goes. */
    static final String LINK = "gloss.link";

    public TextBlock(List<Run> runs, String... styleClasses) {
        getStyleClass().add("text-block");
        getStyleClass().addAll(styleClasses);
        setAlignment(Pos.TOP_LEFT);
        selection.getStyleClass().add("selection-highlight");
        selection.setManaged(false);
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            Text t = new Text(run.text());
            t.getStyleClass().add("run");
            if (run.marks().isEmpty() && run.link() == null) {
                t.getStyleClass().add("run-plain");
            }
            for (Run.Mark mark : run.marks()) {
                t.getStyleClass().add("run-" + mark.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (run.link() != null) {
                t.getStyleClass().add("run-link");
                t.getProperties().put(LINK, run.link());
                Tooltip tip = new Tooltip(linkTip(run.link()));
                tip.setShowDelay(javafx.util.Duration.millis(400));
                Tooltip.install(t, tip);
            }
            if (run.has(Run.Mark.SUPERSCRIPT) || run.has(Run.Mark.SUBSCRIPT)) {
                // TextFlow has no baseline shift: the smaller text is moved up or down where it is drawn.
                double shift = run.has(Run.Mark.SUPERSCRIPT) ? -0.45 : 0.2;
                t.translateYProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> shift * t.getFont().getSize(), t.fontProperty()));
            }
            if (run.has(Run.Mark.CODE)) {
                codeRanges.add(new TextRange(sb.length(), sb.length() + run.text().length()));
            }
            flow.getChildren().add(t);
            sb.append(run.text());
        }
        text = sb.toString();
        getChildren().addAll(selection, flow);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(text);
    }

    /** What a link's tooltip says: its address, or what an in-page link is. */
    static String linkTip(String link) {
        if (link.startsWith(dev.gloss.core.model.Footnotes.REF_PREFIX)) {
            return "Footnote " + link.substring(dev.gloss.core.model.Footnotes.REF_PREFIX.length());
        }
        if (link.startsWith(dev.gloss.core.model.Footnotes.BACK_PREFIX)) {
            return "Back to the text";
        }
        return link;
    }

    /** Draws a subtle box behind inline code, as a mark layer of its own. */
    void markInlineCode() {
        if (!codeRanges.isEmpty()) {
            highlight("inline-code", codeRanges);
        }
    }

    /** A cell after the first of its row: joined to the cell before by a tab, as in the section's text. */
    void joinByTab() {
        separatorBefore = '\t';
    }

    char separatorBefore() {
        return separatorBefore;
    }

    /**
     * Sets the lines this far apart, baseline to baseline, as a multiple of the text's size (1.5:
     * half a line of space between lines); NaN leaves the spacing to the style sheet. Follows the
     * text's font as style sheets and zoom change it.
     */
    void setLineHeight(double ratio) {
        lineHeight = ratio;
        if (!fontWatched && !flow.getChildren().isEmpty() && flow.getChildren().get(0) instanceof Text first) {
            fontWatched = true;
            first.fontProperty().addListener((obs, o, font) -> applyLineHeight());
        }
        applyLineHeight();
    }

    private void applyLineHeight() {
        if (Double.isNaN(lineHeight) || flow.getChildren().isEmpty()
                || !(flow.getChildren().get(0) instanceof Text first)) {
            return;
        }
        javafx.scene.text.Font font = first.getFont();
        double gap = lineHeight * font.getSize() - ReadingFonts.naturalLineHeight(font);
        flow.setLineSpacing(Math.max(0, Math.round(gap * 10) / 10.0));
    }

    /** The space added between lines, in pixels (for tests). */
    double lineSpacing() {
        return flow.getLineSpacing();
    }

    /** How the lines of this block are aligned (a table column's alignment). */
    void setTextAlignment(javafx.scene.text.TextAlignment alignment) {
        flow.setTextAlignment(alignment);
    }

    public String text() {
        return text;
    }

    /** The character position nearest to a point given in this block's coordinates. */
    public int offsetAt(Point2D local) {
        HitInfo hit = flow.hitTest(flow.parentToLocal(local));
        return Math.max(0, Math.min(text.length(), hit.getInsertionIndex()));
    }

    /** The index of the character under a point given in this block's coordinates, or -1 past the text. */
    public int charIndexAt(Point2D local) {
        HitInfo hit = flow.hitTest(flow.parentToLocal(local));
        return hit.getCharIndex() < text.length() ? hit.getCharIndex() : -1;
    }

    public void select(int start, int end) {
        if (start >= end) {
            clearSelection();
            return;
        }
        selected = new TextRange(start, end);
        selection.getElements().setAll(shapeOf(List.of(selected)));
    }

    public void clearSelection() {
        selected = null;
        selection.getElements().clear();
    }

    /** Shapes follow the text when it wraps anew (a resize, a zoom): they are redrawn after each layout. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        placeOverFlow(selection);
        selection.getElements().setAll(selected == null ? List.of() : shapeOf(List.of(selected)));
        for (Map.Entry<String, Path> e : highlightLayers.entrySet()) {
            placeOverFlow(e.getValue());
            e.getValue().getElements().setAll(shapeOf(e.getKey(), highlightRanges.getOrDefault(e.getKey(), List.of())));
        }
    }

    /** Shapes are in the flow's coordinates; relocate() would move their bounds instead, so set the origin. */
    private void placeOverFlow(Path path) {
        path.setLayoutX(flow.getLayoutX());
        path.setLayoutY(flow.getLayoutY());
    }

    private List<PathElement> shapeOf(String layer, List<TextRange> ranges) {
        List<PathElement> shape = shapeOf(ranges);
        return underlined.contains(layer) ? Underlines.of(shape) : shape;
    }

    private List<PathElement> shapeOf(List<TextRange> ranges) {
        List<PathElement> elements = new ArrayList<>();
        for (TextRange r : ranges) {
            int start = Math.max(0, Math.min(text.length(), r.start()));
            int end = Math.max(start, Math.min(text.length(), r.end()));
            if (end > start) {
                elements.addAll(List.of(flow.rangeShape(start, end)));
            }
        }
        return elements;
    }

    /**
     * Marks ranges of this block's text on a named layer (find matches, search words...), drawn
     * behind the text with the style class {@code highlight-LAYER}; no ranges clears the layer.
     */
    public void highlight(String layer, List<TextRange> ranges) {
        highlight(layer, ranges, false);
    }

    /** As {@link #highlight(String, List)}, drawn as a line under the text when {@code underline} is set. */
    public void highlight(String layer, List<TextRange> ranges, boolean underline) {
        if (underline) {
            underlined.add(layer);
        } else {
            underlined.remove(layer);
        }
        Path path = highlightLayers.get(layer);
        if (path == null) {
            if (ranges.isEmpty()) {
                return;
            }
            path = new Path();
            path.setManaged(false);
            path.getStyleClass().addAll("highlight", "highlight-" + layer);
            highlightLayers.put(layer, path);
            getChildren().add(getChildren().size() - 1, path);
        }
        highlightRanges.put(layer, List.copyOf(ranges));
        placeOverFlow(path);
        path.getElements().setAll(shapeOf(layer, ranges));
    }

    /** The ranges marked on a layer, for tests. */
    public List<TextRange> highlighted(String layer) {
        return highlightRanges.getOrDefault(layer, List.of());
    }

    /** The screen box around a range of this block's text (its first line's box for a wrapped range). */
    public javafx.geometry.Bounds screenBoundsOf(int start, int end) {
        List<PathElement> shape = shapeOf(List.of(new TextRange(start, end)));
        Path path = new Path(shape);
        javafx.geometry.Bounds local = path.getBoundsInLocal();
        return flow.localToScreen(local);
    }

    /** The vertical position of a character's line within this block, for scrolling to it. */
    public double lineTopOf(int offset) {
        PathElement[] shape = flow.rangeShape(offset, Math.min(text.length(), offset + 1));
        for (PathElement e : shape) {
            if (e instanceof javafx.scene.shape.MoveTo m) {
                return flow.getLayoutY() + m.getY();
            }
        }
        return 0;
    }

    TextFlow flow() {
        return flow;
    }
}
