package dev.gloss.app.article;

import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.MathBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Rule;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Table;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the nodes of one section's blocks: exactly one {@link TextBlock} per text unit, made in the
 * order of {@code block.units()} and bound to that unit in the section's {@link SectionText}. Parts
 * too long to lay out at once (the later rows of a long table, the later lines of a long code block)
 * are shown on request; their units keep their place in the section's text meanwhile.
 */
final class BlockRenderer {
    /** Rows of a table shown at first; the rest wait for "Show all". */
    static final int TABLE_ROWS_SHOWN = 300;
    /** Rows rendered per frame once "Show all" is pressed. */
    static final int TABLE_ROWS_PER_FRAME = 150;
    /** Lines of a code block shown at first. */
    static final int CODE_LINES_SHOWN = 2000;

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final ArticleView view;
    private final String articleId;
    private final SectionText text;
    private final List<TextBlock> out;
    private int next;

    BlockRenderer(ArticleView view, String articleId, SectionText text, List<TextBlock> out) {
        this.view = view;
        this.articleId = articleId;
        this.text = text;
        this.out = out;
    }

    /** The next unit shown in a new block of these runs. */
    private TextBlock unit(List<Run> runs, String... styleClasses) {
        TextBlock tb = new TextBlock(runs, styleClasses);
        int index = next++;
        if (index < text.unitCount() && text.unit(index).isProse()) {
            tb.markInlineCode();
        }
        text.bind(index, tb);
        out.add(tb);
        view.registerReferences(text.sectionId(), tb, runs);
        return tb;
    }

    Node render(Block block) {
        return render(block, 0);
    }

    private Node render(Block block, int listDepth) {
        Node node = build(block, listDepth);
        if (block instanceof CodeBlock || block instanceof MathBlock || block instanceof Callout
                || block instanceof Quote) {
            // Boxes with a border or a background keep their space outside it, as paragraphs do below their text.
            VBox.setMargin(node, new javafx.geometry.Insets(2, 0, 14, 0));
        }
        return node;
    }

    private Node build(Block block, int listDepth) {
        if (block instanceof Paragraph p) {
            return unit(p.runs(), "paragraph");
        } else if (block instanceof ListBlock list) {
            return list(list, listDepth);
        } else if (block instanceof CodeBlock code) {
            return code(code);
        } else if (block instanceof MathBlock math) {
            return math(math);
        } else if (block instanceof Quote quote) {
            return container(quote.blocks(), listDepth, "quote-block");
        } else if (block instanceof Callout callout) {
            return callout(callout, listDepth);
        } else if (block instanceof Table table) {
            return table(table);
        } else if (block instanceof ImageBlock image) {
            return image(image);
        } else if (block instanceof Footnotes notes) {
            return footnotes(notes, listDepth);
        }
        return rule();
    }

    private VBox container(List<Block> blocks, int listDepth, String... styleClasses) {
        VBox box = new VBox();
        box.getStyleClass().addAll(styleClasses);
        for (Block b : blocks) {
            box.getChildren().add(render(b, listDepth));
        }
        return box;
    }

    private Node list(ListBlock list, int depth) {
        VBox box = new VBox();
        box.getStyleClass().addAll("list", list.ordered() ? "ordered-list" : "bullet-list",
                "list-depth-" + Math.min(depth, 3));
        int number = list.start();
        for (ListItem item : list.items()) {
            String bullet = list.ordered() ? number + "." : BULLETS[depth % BULLETS.length];
            Label marker = new Label(bullet);
            marker.getStyleClass().add("list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            HBox row = new HBox(marker);
            row.getStyleClass().add("list-item");
            if (item.checked() != null) {
                Label task = new Label(item.checked() ? "☑" : "☐");
                task.getStyleClass().addAll("task-marker", item.checked() ? "task-done" : "task-open");
                task.setMinWidth(Label.USE_PREF_SIZE);
                task.setAccessibleText(item.checked() ? "Done" : "Not done");
                row.getChildren().add(task);
            }
            VBox body = new VBox();
            body.getStyleClass().add("list-item-body");
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMaxWidth(Double.MAX_VALUE);
            boolean first = true;
            for (Block b : item.blocks()) {
                if (first && b instanceof Paragraph p) {
                    TextBlock tb = unit(p.runs(), "list-item-text");
                    String task = item.checked() == null ? "" : item.checked() ? "done: " : "not done: ";
                    tb.setAccessibleText((list.ordered() ? "Item " + number + ": " : "Item: ") + task + tb.text());
                    tb.setMaxWidth(Double.MAX_VALUE);
                    body.getChildren().add(tb);
                } else {
                    body.getChildren().add(render(b, b instanceof ListBlock ? depth + 1 : depth));
                }
                first = false;
            }
            row.getChildren().add(body);
            box.getChildren().add(row);
            number++;
        }
        return box;
    }

    private Node code(CodeBlock code) {
        VBox box = new VBox();
        box.getStyleClass().add("code-block");
        Label language = new Label(code.language() == null ? "" : code.language());
        language.getStyleClass().add("code-language");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("code-copy", "flat", "small");
        copy.setAccessibleText("Copy code");
        copy.setFocusTraversable(true);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code.text());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            back.setOnFinished(f -> copy.setText("Copy"));
            back.play();
        });
        HBox header = new HBox(language, gap, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("code-header");
        List<String> lines = code.lines();
        boolean cut = lines.size() > CODE_LINES_SHOWN;
        String shown = cut ? String.join("\n", lines.subList(0, CODE_LINES_SHOWN)) : code.text();
        int index = next;
        TextBlock tb = unit(List.of(Run.code(shown)), "code-text");
        ScrollPane scroll = sideways(tb, "code-scroll");
        box.getChildren().addAll(header, scroll);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(code.language() == null ? "Code" : "Code, " + code.language());
        tb.setAccessibleText(code.text());
        if (cut) {
            Button all = new Button("Show all " + count(lines.size()) + " lines");
            all.getStyleClass().addAll("show-all", "flat");
            all.setOnAction(e -> {
                TextBlock full = new TextBlock(List.of(Run.code(code.text())), "code-text");
                full.setAccessibleText(code.text());
                scroll.setContent(full);
                view.replaceBlock(text, index, tb, full);
                box.getChildren().remove(all);
            });
            view.deferred(text, index, index + 1, all::fire, () -> !box.getChildren().contains(all));
            box.getChildren().add(all);
        }
        return box;
    }

    private Node math(MathBlock math) {
        VBox box = new VBox();
        box.getStyleClass().addAll("code-block", "math-block");
        Label label = new Label("Math");
        label.getStyleClass().add("code-language");
        HBox header = new HBox(label);
        header.getStyleClass().add("code-header");
        TextBlock tb = unit(List.of(Run.code(math.source())), "code-text", "math-text");
        box.getChildren().addAll(header, sideways(tb, "code-scroll"));
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText("Mathematics");
        return box;
    }

    /** A box that scrolls sideways when its content is wider than the column; the wheel still scrolls the article. */
    private ScrollPane sideways(Node content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add(styleClass);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(false);
        scroll.setFocusTraversable(false);
        scroll.setMinViewportHeight(0);
        // As tall as the content, and the bar's height more only when the bar shows: a scroll pane
        // asks for room for a bar it might need, which would leave a gap under text that fits.
        scroll.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.geometry.Bounds b = content.getLayoutBounds();
            return b.getHeight() + (b.getWidth() > scroll.getWidth() + 0.5 ? barHeight(scroll) : 0);
        }, content.layoutBoundsProperty(), scroll.widthProperty()));
        scroll.minHeightProperty().bind(scroll.prefHeightProperty());
        scroll.maxHeightProperty().bind(scroll.prefHeightProperty());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (Math.abs(e.getDeltaY()) > Math.abs(e.getDeltaX()) && !e.isShiftDown()) {
                e.consume();
                view.scrollBy(e.getDeltaY());
            }
        });
        return scroll;
    }

    private static double barHeight(ScrollPane scroll) {
        for (Node n : scroll.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                return bar.prefHeight(-1);
            }
        }
        return 12;
    }

    private Node callout(Callout callout, int listDepth) {
        VBox box = container(callout.blocks(), listDepth, "callout", "callout-" + callout.kind().id());
        String titleText = callout.title() == null ? callout.kind().label() : callout.title();
        Label title = new Label(titleText);
        title.getStyleClass().add("callout-title");
        title.setWrapText(true);
        box.getChildren().add(0, title);
        box.setAccessibleText(callout.kind().label() + (callout.title() == null ? "" : ": " + callout.title()));
        return box;
    }

    private Node rule() {
        Separator rule = new Separator();
        rule.getStyleClass().add("rule-block");
        rule.setFocusTraversable(false);
        return rule;
    }

    private Node footnotes(Footnotes notes, int listDepth) {
        VBox box = new VBox();
        box.getStyleClass().add("footnotes");
        Label heading = new Label("Notes");
        heading.getStyleClass().add("footnotes-heading");
        box.getChildren().addAll(new Separator(), heading);
        for (Footnotes.Note note : notes.notes()) {
            Label label = new Label(note.label() + ".");
            label.getStyleClass().add("footnote-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            VBox body = container(note.blocks(), listDepth, "footnote-body");
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMaxWidth(Double.MAX_VALUE);
            Button back = new Button("↩");
            back.getStyleClass().addAll("footnote-back", "flat", "small");
            back.setAccessibleText("Back to the text of note " + note.label());
            back.setFocusTraversable(false);
            back.setOnAction(e -> view.followLink(text.sectionId(), Footnotes.BACK_PREFIX + note.label()));
            HBox row = new HBox(label, body, back);
            row.getStyleClass().add("footnote");
            box.getChildren().add(row);
            view.registerNote(text.sectionId(), note.label(), row);
        }
        return box;
    }

    private Node table(Table table) {
        TableGrid grid = new TableGrid();
        int shown = Math.min(table.rows().size(), table.rows().size() > TABLE_ROWS_SHOWN + 50 ? TABLE_ROWS_SHOWN
                : table.rows().size());
        for (int r = 0; r < shown; r++) {
            row(grid, table, r);
        }
        ScrollPane scroll = sideways(grid, "table-scroll");
        VBox box = new VBox(scroll);
        box.getStyleClass().add("table-block");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText("Table, " + table.rows().size() + " rows");
        if (shown < table.rows().size()) {
            PendingRows pending = new PendingRows(grid, table, shown, next, out.isEmpty() ? null : out.get(out.size() - 1));
            for (int r = shown; r < table.rows().size(); r++) {
                next += table.rows().get(r).size();
            }
            Button all = new Button("Show all " + count(table.rows().size()) + " rows");
            all.getStyleClass().addAll("show-all", "flat");
            pending.onDone = () -> box.getChildren().remove(all);
            all.setOnAction(e -> {
                all.setDisable(true);
                all.setText("Showing " + count(table.rows().size()) + " rows…");
                pending.inFrames();
            });
            view.deferred(text, pending.nextUnit, next, () -> pending.renderUntil(table.rows().size()),
                    pending::done);
            box.getChildren().add(all);
        }
        return box;
    }

    /** The rows of a long table not shown yet, rendered on request, all at once or a batch a frame. */
    private final class PendingRows {
        private final TableGrid grid;
        private final Table table;
        private int nextRow;
        private int nextUnit;
        private TextBlock after;
        private Runnable onDone = () -> { };
        private AnimationTimer timer;

        PendingRows(TableGrid grid, Table table, int nextRow, int nextUnit, TextBlock after) {
            this.grid = grid;
            this.table = table;
            this.nextRow = nextRow;
            this.nextUnit = nextUnit;
            this.after = after;
        }

        boolean done() {
            return nextRow >= table.rows().size();
        }

        void renderUntil(int rowLimit) {
            int to = Math.min(rowLimit, table.rows().size());
            if (nextRow >= to) {
                return;
            }
            List<TextBlock> added = rest(grid, table, nextRow, to, nextUnit);
            for (int r = nextRow; r < to; r++) {
                nextUnit += table.rows().get(r).size();
            }
            nextRow = to;
            view.insertBlocks(text, after, added);
            if (!added.isEmpty()) {
                after = added.get(added.size() - 1);
            }
            if (done()) {
                if (timer != null) {
                    timer.stop();
                }
                onDone.run();
            }
        }

        void inFrames() {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    renderUntil(nextRow + TABLE_ROWS_PER_FRAME);
                    if (done()) {
                        stop();
                    }
                }
            };
            timer.start();
        }
    }

    /** Adds one row's cells, each a new unit. */
    private List<TextBlock> row(TableGrid grid, Table table, int r) {
        List<List<Run>> row = table.rows().get(r);
        boolean header = r < table.headerRows();
        List<TextBlock> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            TextBlock cell = unit(row.get(c), "table-cell", header ? "table-header-cell" : "table-body-cell",
                    c == 0 ? "first-column" : "next-column", r == 0 ? "first-row" : "next-row");
            configureCell(cell, table, c);
            grid.add(cell, c, r);
            cells.add(cell);
        }
        return cells;
    }

    private static void configureCell(TextBlock cell, Table table, int c) {
        Table.Align align = table.alignment(c);
        cell.setTextAlignment(align == Table.Align.RIGHT ? TextAlignment.RIGHT
                : align == Table.Align.CENTER ? TextAlignment.CENTER : TextAlignment.LEFT);
    }

    /** Makes the cells of rows [from, to), bound to their units numbered from {@code firstUnit}. */
    private List<TextBlock> rest(TableGrid grid, Table table, int from, int to, int firstUnit) {
        List<TextBlock> added = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        int unitIndex = firstUnit;
        for (int r = from; r < to; r++) {
            List<List<Run>> row = table.rows().get(r);
            boolean header = r < table.headerRows();
            for (int c = 0; c < row.size(); c++) {
                TextBlock cell = new TextBlock(row.get(c), "table-cell", header ? "table-header-cell" : "table-body-cell",
                        c == 0 ? "first-column" : "next-column", "next-row");
                cell.markInlineCode();
                configureCell(cell, table, c);
                at.add(new int[] {c, r});
                text.bind(unitIndex++, cell);
                view.registerReferences(text.sectionId(), cell, row.get(c));
                added.add(cell);
            }
        }
        grid.addAll(added, at);
        return added;
    }

    private Node image(ImageBlock image) {
        VBox box = new VBox();
        box.getStyleClass().add("image-block");
        boolean hasCaption = !image.caption().isEmpty();
        Optional<Path> file = image.src() == null ? Optional.empty() : view.assetPath(articleId, image.src());
        TextBlock unitBlock = null;
        Node picture;
        if (file.isPresent()) {
            Image img = new Image(file.get().toUri().toString(), true);
            ImageBox frame = new ImageBox(img);
            frame.getStyleClass().add("image-frame");
            frame.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            frame.setAccessibleText(image.alt().isEmpty() ? "Image" : "Image: " + image.alt());
            frame.setOnMouseClicked(e -> {
                if (e.getClickCount() == 1 && e.isStillSincePress() && !img.isError()) {
                    ImageWindow.show(frame, img, image.alt());
                }
            });
            picture = frame;
            if (!hasCaption && !image.alt().isEmpty()) {
                // The alt text reads for the image; shown below it as a quiet line, it stays selectable.
                unitBlock = unit(image.units().get(0).runs(), "image-caption", "image-alt");
            }
            TextBlock altBlock = unitBlock;
            img.errorProperty().addListener((obs, o, failed) -> {
                if (failed) {
                    int at = box.getChildren().indexOf(frame);
                    if (at >= 0) {
                        box.getChildren().set(at, placeholder(image, altBlock != null));
                    }
                }
            });
        } else {
            picture = placeholder(image, false);
            if (!hasCaption && !image.alt().isEmpty()) {
                unitBlock = unit(image.units().get(0).runs(), "image-alt", "image-placeholder-text");
                ((HBox) picture).getChildren().add(unitBlock);
            }
        }
        box.getChildren().add(picture);
        if (unitBlock != null && unitBlock.getParent() == null) {
            box.getChildren().add(unitBlock);
        }
        if (hasCaption) {
            box.getChildren().add(unit(image.caption(), "image-caption"));
        }
        return box;
    }

    /** The box that stands for an image Gloss does not have: "Image:" and its alt text. */
    private static HBox placeholder(ImageBlock image, boolean altShownBelow) {
        Label label = new Label(image.alt().isEmpty() || altShownBelow ? "Image" : "Image:");
        label.getStyleClass().add("image-placeholder-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(label);
        box.getStyleClass().add("image-placeholder");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText("Image: " + (image.alt().isEmpty() ? "no description" : image.alt()));
        return box;
    }

    private static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }

    /** Checks that every unit of the section got its block or its place: a mismatch would shift every mark. */
    void finish() {
        if (next != text.unitCount()) {
            throw new IllegalStateException("section " + text.sectionId() + " has " + text.unitCount()
                    + " text units but " + next + " were rendered");
        }
    }
}
