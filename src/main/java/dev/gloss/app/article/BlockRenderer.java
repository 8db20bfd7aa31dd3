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
import dev.gloss.core.model.TextUnit;
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
    /** Text units made in a frame at least once "Show all" is pressed; more while frames come on time. */
    static final int MIN_UNITS_PER_FRAME = 20;
    static final int MAX_UNITS_PER_FRAME = 2_000;
    /**
     * The time between frames aimed at while the rest of a long part is made: about 20 frames a
     * second, so that scrolling and typing stay smooth while rows arrive.
     */
    static final long FRAME_BUDGET_NANOS = 50_000_000L;
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
        TextBlock tb = unitAt(next++, runs, styleClasses);
        out.add(tb);
        return tb;
    }

    /** A block of these runs for the unit numbered {@code index}: made now, or late for a part shown on request. */
    private TextBlock unitAt(int index, List<Run> runs, String... styleClasses) {
        TextBlock tb = new TextBlock(runs, styleClasses);
        if (index < text.unitCount() && text.unit(index).isProse()) {
            tb.markInlineCode();
        }
        if (index < text.unitCount() && text.unit(index).sameRow()) {
            tb.joinByTab();
        }
        text.bind(index, tb);
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
        List<TextUnit> parts = code.units();
        int shownParts = Math.min(parts.size(), CODE_LINES_SHOWN / CodeBlock.LINES_PER_UNIT);
        VBox lines = new VBox();
        lines.getStyleClass().add("code-lines");
        for (int i = 0; i < shownParts; i++) {
            lines.getChildren().add(codePart(parts.get(i)));
        }
        ScrollPane scroll = sideways(lines, "code-scroll");
        box.getChildren().addAll(header, scroll);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(code.language() == null ? "Code" : "Code, " + code.language());
        if (shownParts < parts.size()) {
            int total = code.lines().size();
            Button all = new Button("Show all " + count(total) + " lines");
            all.getStyleClass().addAll("show-all", "flat");
            Pending pending = new Pending(parts.size() - shownParts, i -> 1, (from, to, unit) -> {
                List<TextBlock> added = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    TextBlock tb = codePart(parts.get(shownParts + i), unit + i);
                    added.add(tb);
                }
                lines.getChildren().addAll(added);
                return added;
            }, () -> box.getChildren().remove(all));
            wireShowAll(pending, all, "Showing " + count(total) + " lines…");
            box.getChildren().add(all);
        }
        return box;
    }

    /** One part of a code block's lines, the next unit. */
    private TextBlock codePart(TextUnit part) {
        TextBlock tb = unit(part.runs(), "code-text");
        tb.setAccessibleText(part.text());
        return tb;
    }

    /** One part of a code block's lines, shown late as the given unit. */
    private TextBlock codePart(TextUnit part, int unitIndex) {
        TextBlock tb = unitAt(unitIndex, part.runs(), "code-text");
        tb.setAccessibleText(part.text());
        return tb;
    }

    /** What a "Show all" button does, and the same on request from the view (a passage to reveal there). */
    private void wireShowAll(Pending pending, Button all, String busy) {
        all.setOnAction(e -> {
            all.setDisable(true);
            all.setText(busy);
            pending.inFrames(Integer.MAX_VALUE, () -> { });
        });
        view.deferred(text, pending.firstUnit, pending.firstUnit + pending.unitCount, (unit, then) -> {
            all.setDisable(true);
            all.setText(busy);
            pending.inFrames(unit, then);
        }, pending::done);
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
    private ScrollPane sideways(javafx.scene.Parent content, String styleClass) {
        // As tall as the content, and the bar's height more only when the bar shows: a scroll pane
        // asks for room for a bar it might need, which would leave a gap under text that fits.
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                double bar = content.prefWidth(-1) > getWidth() + 0.5 ? barHeight(this) : 0;
                return snappedTopInset() + content.prefHeight(-1) + bar + snappedBottomInset();
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            protected double computeMaxHeight(double width) {
                return computePrefHeight(width);
            }
        };
        scroll.getStyleClass().add(styleClass);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(false);
        scroll.setFocusTraversable(false);
        scroll.setMinViewportHeight(0);
        // The skin keeps what happens inside its viewport from asking the article for a new layout;
        // when the content changes size (rows added, fonts applied), the pane asks, after this pass.
        content.layoutBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight() || old.getWidth() != now.getWidth()) {
                javafx.application.Platform.runLater(scroll::requestLayout);
            }
        });
        scroll.widthProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(scroll::requestLayout));
        // The skin keeps its viewport as a bitmap; this viewport is as tall as a whole table or
        // listing, so the bitmap would be drawn again, whole, for every change (a row added, a mark).
        scroll.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
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
        VBox grids = new VBox(grid);
        grids.getStyleClass().add("table-grids");
        ScrollPane scroll = sideways(grids, "table-scroll");
        VBox box = new VBox(scroll);
        box.getStyleClass().add("table-block");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText("Table, " + table.rows().size() + " rows");
        if (shown < table.rows().size()) {
            int firstRow = shown;
            Button all = new Button("Show all " + count(table.rows().size()) + " rows");
            all.getStyleClass().addAll("show-all", "flat");
            Pending pending = new Pending(table.rows().size() - shown, i -> table.rows().get(firstRow + i).size(),
                    (from, to, unit) -> rest(grid, grids, table, firstRow + from, firstRow + to, unit),
                    () -> box.getChildren().remove(all));
            wireShowAll(pending, all, "Showing " + count(table.rows().size()) + " rows…");
            box.getChildren().add(all);
        }
        return box;
    }

    /** Makes the blocks of steps [from, to) of a pending part, bound to units numbered from {@code firstUnit}. */
    @FunctionalInterface
    private interface StepMaker {
        List<TextBlock> make(int from, int to, int firstUnit);
    }

    /**
     * A part of a section not rendered yet (the later rows of a long table, the later lines of a
     * long code block): its units are counted from the start, so offsets stay right; on request its
     * steps are rendered a few each frame, as many as keep frames about {@link #FRAME_BUDGET_NANOS}
     * apart, so the window stays responsive however long the part is.
     */
    private final class Pending {
        private final int steps;
        private final java.util.function.IntUnaryOperator unitsOfStep;
        private final StepMaker maker;
        private final Runnable onDone;
        /** What waits for a unit to be there: a passage to reveal, by the unit it needs. */
        private final List<java.util.Map.Entry<Integer, Runnable>> waiting = new ArrayList<>();
        final int firstUnit;
        final int unitCount;
        private int nextStep;
        private int nextUnit;
        private TextBlock after;
        private AnimationTimer timer;

        Pending(int steps, java.util.function.IntUnaryOperator unitsOfStep, StepMaker maker, Runnable onDone) {
            this.steps = steps;
            this.unitsOfStep = unitsOfStep;
            this.maker = maker;
            this.onDone = onDone;
            this.firstUnit = next;
            int units = 0;
            for (int i = 0; i < steps; i++) {
                units += unitsOfStep.applyAsInt(i);
            }
            this.unitCount = units;
            this.nextUnit = next;
            this.after = out.isEmpty() ? null : out.get(out.size() - 1);
            next += units;
        }

        boolean done() {
            return nextStep >= steps;
        }

        /** Renders the rest a few steps a frame; {@code then} runs once unit {@code unit} is there. */
        void inFrames(int unit, Runnable then) {
            waiting.add(java.util.Map.entry(unit, then));
            if (done() || unit < nextUnit) {
                runWaiting();
                return;
            }
            if (timer != null) {
                return;
            }
            timer = new AnimationTimer() {
                private long last;
                private int budget = MIN_UNITS_PER_FRAME;

                @Override
                public void handle(long now) {
                    if (!view.isShown(text)) {
                        // Another article is shown now: its blocks must not take these rows in.
                        stop();
                        return;
                    }
                    // The units a frame takes adapt to the time between frames, which holds what the new
                    // blocks cost to lay out: fewer when frames come late, more while they come on time.
                    if (last != 0) {
                        long gap = now - last;
                        if (gap > FRAME_BUDGET_NANOS * 2) {
                            budget = Math.max(MIN_UNITS_PER_FRAME, budget / 2);
                        } else if (gap <= FRAME_BUDGET_NANOS) {
                            budget = Math.min(MAX_UNITS_PER_FRAME, budget + budget / 2 + 1);
                        }
                    }
                    last = now;
                    int to = nextStep;
                    int units = 0;
                    do {
                        units += unitsOfStep.applyAsInt(to);
                        to++;
                    } while (to < steps && units < budget);
                    renderUntil(to);
                    if (done()) {
                        stop();
                        onDone.run();
                    }
                    runWaiting();
                }
            };
            timer.start();
        }

        private void runWaiting() {
            List<java.util.Map.Entry<Integer, Runnable>> ready = waiting.stream()
                    .filter(w -> done() || w.getKey() < nextUnit).toList();
            waiting.removeAll(ready);
            ready.forEach(w -> w.getValue().run());
        }

        private void renderUntil(int stepLimit) {
            int to = Math.min(stepLimit, steps);
            if (nextStep >= to) {
                return;
            }
            List<TextBlock> added = maker.make(nextStep, to, nextUnit);
            for (int i = nextStep; i < to; i++) {
                nextUnit += unitsOfStep.applyAsInt(i);
            }
            nextStep = to;
            view.insertBlocks(text, after, added);
            if (!added.isEmpty()) {
                after = added.get(added.size() - 1);
            }
        }
    }

    /** Adds one row's cells, each a new unit. */
    private List<TextBlock> row(TableGrid grid, Table table, int r) {
        List<List<Run>> row = table.rows().get(r);
        boolean header = r < table.headerRows();
        List<TextBlock> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            TextBlock cell = unit(row.get(c), cellClasses(header, c, r == 0));
            configureCell(cell, table, c);
            grid.add(cell, c, r);
            cells.add(cell);
        }
        return cells;
    }

    private static String[] cellClasses(boolean header, int column, boolean firstRow) {
        return new String[] {"table-cell", header ? "table-header-cell" : "table-body-cell",
                column == 0 ? "first-column" : "next-column", firstRow ? "first-row" : "next-row"};
    }

    private static void configureCell(TextBlock cell, Table table, int c) {
        Table.Align align = table.alignment(c);
        cell.setTextAlignment(align == Table.Align.RIGHT ? TextAlignment.RIGHT
                : align == Table.Align.CENTER ? TextAlignment.CENTER : TextAlignment.LEFT);
    }

    /** Rows in each grid of a long table's later rows. */
    static final int ROWS_PER_GRID = 100;

    /**
     * Makes the cells of rows [from, to), bound to their units numbered from {@code firstUnit}, in
     * grids of {@link #ROWS_PER_GRID} rows that follow the first grid's columns.
     */
    private List<TextBlock> rest(TableGrid first, VBox grids, Table table, int from, int to, int firstUnit) {
        List<TextBlock> added = new ArrayList<>();
        int unitIndex = firstUnit;
        int r = from;
        while (r < to) {
            TableGrid grid = (TableGrid) grids.getChildren().get(grids.getChildren().size() - 1);
            int startOfGrid = r - grid.rowCount();
            if (grid == first || grid.rowCount() >= ROWS_PER_GRID) {
                grid = new TableGrid(first);
                grids.getChildren().add(grid);
                startOfGrid = r;
            }
            int end = Math.min(to, startOfGrid + ROWS_PER_GRID);
            List<TextBlock> cells = new ArrayList<>();
            List<int[]> at = new ArrayList<>();
            for (; r < end; r++) {
                List<List<Run>> row = table.rows().get(r);
                boolean header = r < table.headerRows();
                for (int c = 0; c < row.size(); c++) {
                    TextBlock cell = unitAt(unitIndex++, row.get(c), cellClasses(header, c, false));
                    configureCell(cell, table, c);
                    at.add(new int[] {c, r - startOfGrid});
                    cells.add(cell);
                }
            }
            grid.addAll(cells, at);
            added.addAll(cells);
        }
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
