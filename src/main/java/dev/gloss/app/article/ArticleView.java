package dev.gloss.app.article;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import dev.gloss.core.topics.Topic;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders an article with native JavaFX text in a centred column of readable width: the title,
 * section headings, paragraphs and lists, all selectable. Reports the section being read as the
 * reader scrolls.
 */
public final class ArticleView extends ScrollPane {
    private static final String GENERATED_TIP =
            "Gloss made this title from the section's text: the article has no headings of its own.";

    private final VBox column = new VBox();
    private Function<String, Node> sectionFooter = sectionId -> null;
    private final StackPane page = new StackPane(column);
    private final TextSelection selection = new TextSelection(page);
    private final Map<String, Node> sectionNodes = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<TextBlock> textBlocks = new ArrayList<>();
    private final List<Reading> reading = new ArrayList<>();
    private Article article;
    private dev.gloss.core.settings.ReadingSettings readingSettings = dev.gloss.core.settings.ReadingSettings.defaults();
    private double zoom = 1;
    /** The reading text's line height as a multiple of its size, for headings and the title. */
    static final double HEADING_LINE_HEIGHT = 1.25;
    /** Table cells are set a little tighter than prose, however loose the prose. */
    static final double TABLE_LINE_HEIGHT = 1.35;
    /** Characters of room beyond the chosen width: what breaking lines between words leaves empty, on average. */
    static final int WRAP_SLACK = 5;
    /** The place in the text kept at the top of the view when the layout changes (a resize, a new font, chips arriving). */
    private Anchor anchor = Anchor.TOP;
    private boolean keepingAnchor;
    private Consumer<dev.gloss.core.settings.ReadingPosition> onPositionInView = p -> { };
    private Consumer<Section> onSectionInView = s -> { };
    private final Map<String, javafx.scene.layout.FlowPane> chipRows = new LinkedHashMap<>();
    private final Map<String, SectionText> sectionTexts = new LinkedHashMap<>();
    /** Each mark layer's source of marks, applied again whenever an article is shown. */
    private final Map<String, MarkLayer> markLayers = new LinkedHashMap<>();
    /** The marks drawn on each block, by layer, for finding the mark under the mouse. */
    private final Map<TextBlock, Map<String, List<SectionMark>>> marks = new java.util.HashMap<>();
    private final MarkPointer pointer = new MarkPointer(this);
    private final List<Function<ContextRequest, List<javafx.scene.control.MenuItem>>> contextItems = new ArrayList<>();
    private javafx.scene.control.ContextMenu contextMenu;
    private Function<String, List<Topic>> topicsOf = id -> List.of();
    /** A topic chip's context menu, given its section and topic. */
    private java.util.function.BiFunction<String, Topic, List<javafx.scene.control.MenuItem>> chipItems = (s, t) -> List.of();
    private Consumer<String> onTopicChosen = id -> { };
    private java.util.function.BooleanSupplier topicsKnown = () -> false;
    private String lastReported;
    private boolean jumping;
    private final List<Deferred> deferred = new ArrayList<>();
    private final Map<String, Node> notes = new java.util.HashMap<>();
    private final Map<String, TextBlock> references = new java.util.HashMap<>();
    private Runnable onBlocksChanged = () -> { };
    private java.util.function.BiFunction<String, String, Optional<java.nio.file.Path>> assetResolver =
            (id, src) -> Optional.empty();
    private Consumer<String> onLinkActivated = href -> { };

    public ArticleView() {
        getStyleClass().add("article-view");
        column.getStyleClass().add("article-column");
        page.getStyleClass().add("article-page");
        page.setAlignment(Pos.TOP_CENTER);
        setContent(page);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(true);
        setAccessibleText("Article");
        vvalueProperty().addListener((obs, o, n) -> {
            // While the layout changes, the scroll pane moves the view itself: that is not the reader scrolling.
            if (!jumping && !keepingAnchor) {
                anchor = topAnchor();
                reportSectionInView();
                reportPosition();
            }
        });
        // The text at the top of the view stays there when the layout changes under it.
        page.layoutBoundsProperty().addListener((obs, o, n) -> {
            if (o.getHeight() != n.getHeight() || o.getWidth() != n.getWidth()) {
                keepAnchor();
            }
        });
        viewportBoundsProperty().addListener((obs, o, n) -> {
            if (o.getHeight() != n.getHeight() || o.getWidth() != n.getWidth()) {
                applyColumn();
                keepAnchor();
            }
        });
        applyReading();
        page.setOnContextMenuRequested(this::showContextMenu);
        page.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, this::clickedLink);
    }

    /** How a layer of marks looks and where its marks come from. */
    private record MarkLayer(Function<String, List<SectionMark>> source, boolean underline, boolean interactive,
                             boolean proseOnly) {
    }

    /** A text in reading order: a block always shown (the title, a heading), or a unit of a section. */
    private record Reading(TextBlock fixed, SectionText text, int unit) {
    }

    /** A part not rendered yet: its units, and how to render it a few at a time, then go on. */
    private record Deferred(SectionText text, int fromUnit, int toUnit,
                            java.util.function.BiConsumer<Integer, Runnable> renderInFrames,
                            java.util.function.BooleanSupplier done) {
    }

    /**
     * Marks ranges of the sections' text on a named layer (style class {@code highlight-LAYER}), now
     * and in every article shown later, until {@link #clearMarks}. Interactive marks are reported to
     * {@link #setOnMarkActivated} when clicked, or when the mouse rests on them.
     */
    public void setMarks(String layer, Function<String, List<SectionMark>> marksOfSection, boolean underline,
                         boolean interactive) {
        setMarks(layer, marksOfSection, underline, interactive, false);
    }

    /**
     * As {@link #setMarks(String, Function, boolean, boolean)}; with {@code proseOnly}, marks that fall
     * in code or mathematics are not drawn (a glossary term in a code sample is not the term).
     */
    public void setMarks(String layer, Function<String, List<SectionMark>> marksOfSection, boolean underline,
                         boolean interactive, boolean proseOnly) {
        markLayers.put(layer, new MarkLayer(marksOfSection, underline, interactive, proseOnly));
        applyMarks(layer);
    }

    public void clearMarks(String layer) {
        markLayers.remove(layer);
        for (TextBlock b : textBlocks) {
            b.highlight(layer, List.of());
        }
        marks.values().forEach(m -> m.remove(layer));
    }

    private void applyMarks(String layer) {
        for (SectionText st : sectionTexts.values()) {
            applyMarks(layer, st, null);
        }
    }

    /** Draws a layer's marks on a section's blocks, or only on {@code only} of them. */
    private void applyMarks(String layer, SectionText st, java.util.Set<TextBlock> only) {
        MarkLayer source = markLayers.get(layer);
        Map<TextBlock, List<SectionMark>> perBlock = st.perBlock(source.source().apply(st.sectionId()),
                source.proseOnly());
        for (Map.Entry<TextBlock, List<SectionMark>> e : perBlock.entrySet()) {
            TextBlock block = e.getKey();
            if (only != null && !only.contains(block)) {
                continue;
            }
            List<SectionMark> blockMarks = e.getValue();
            block.highlight(layer, blockMarks.stream().map(m -> new TextRange(m.start(), m.end())).toList(),
                    source.underline());
            if (source.interactive()) {
                marks.computeIfAbsent(block, b -> new LinkedHashMap<>()).put(layer, blockMarks);
            }
        }
    }

    /** The interactive mark at a block offset, if any. */
    Optional<MarkHit> markAt(TextBlock block, int offset) {
        Map<String, List<SectionMark>> layers = marks.get(block);
        if (layers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<SectionMark>> e : layers.entrySet()) {
            for (SectionMark m : e.getValue()) {
                if (offset >= m.start() && offset < m.end()) {
                    return Optional.of(new MarkHit(e.getKey(), m.key(), block, m));
                }
            }
        }
        return Optional.empty();
    }

    /** A mark under the pointer: its layer, its key, and the block and range it is drawn on. */
    public record MarkHit(String layer, String key, TextBlock block, SectionMark range) {
        /** The mark's box on screen, for placing a popover next to it. */
        public javafx.geometry.Bounds screenBounds() {
            return block.screenBoundsOf(range.start(), range.end());
        }
    }

    /** What to do when an interactive mark is clicked or rested on. */
    public void setOnMarkActivated(Consumer<MarkHit> handler) {
        pointer.setOnActivated(handler);
    }

    /** Adds items to the article's context menu, after Copy, given what was right-clicked; each feature adds its own. */
    public void addContextMenuItems(Function<ContextRequest, List<javafx.scene.control.MenuItem>> items) {
        contextItems.add(items);
    }

    /**
     * What a context menu was asked for on: the selected text and where it lies, the section under
     * the pointer, whether that was a heading, and an interactive mark under the pointer.
     */
    public record ContextRequest(String selectedText, Optional<SectionMark> selectionInSection,
                                 Optional<String> selectionSectionId, Optional<String> sectionId,
                                 boolean onHeading, Optional<MarkHit> mark) {
    }

    private void showContextMenu(javafx.scene.input.ContextMenuEvent e) {
        Optional<TextBlock> block = blockAt(e.getPickResult().getIntersectedNode());
        Optional<String> sectionId = block.flatMap(this::sectionOf);
        boolean onHeading = block.map(b -> b.getStyleClass().contains("section-heading")).orElse(false);
        Optional<MarkHit> mark = block.flatMap(b -> markAt(b, b.charIndexAt(b.sceneToLocal(e.getSceneX(), e.getSceneY()))));
        Optional<TextSelection.Position[]> sel = selection.range();
        Optional<String> selectionSection = sel.flatMap(r -> sectionOf(textBlocks.get(r[0].block())));
        Optional<SectionMark> selectionRange = sel.flatMap(r -> selectionInSection(r[0], r[1]));
        ContextRequest request = new ContextRequest(selection.selectedText(), selectionRange, selectionSection,
                sectionId, onHeading, mark);
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
        copy.setDisable(selection.selectedText().isEmpty());
        copy.setOnAction(a -> copySelection());
        List<javafx.scene.control.MenuItem> items = new ArrayList<>();
        items.add(copy);
        for (Function<ContextRequest, List<javafx.scene.control.MenuItem>> feature : contextItems) {
            List<javafx.scene.control.MenuItem> extra = feature.apply(request);
            if (!extra.isEmpty()) {
                items.add(new javafx.scene.control.SeparatorMenuItem());
                items.addAll(extra);
            }
        }
        if (contextMenu != null) {
            contextMenu.hide();
        }
        contextMenu = new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new));
        contextMenu.show(page, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The selection's start and end as a range of one section's text (clipped to the first section). */
    private Optional<SectionMark> selectionInSection(TextSelection.Position start, TextSelection.Position end) {
        TextBlock first = textBlocks.get(start.block());
        Optional<String> sectionId = sectionOf(first);
        if (sectionId.isEmpty()) {
            return Optional.empty();
        }
        SectionText st = sectionTexts.get(sectionId.get());
        Optional<Integer> from = st.sectionOffset(first, start.offset());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        TextBlock last = textBlocks.get(end.block());
        int to = st.sectionOffset(last, end.offset()).orElse(st.length());
        return to > from.get() ? Optional.of(new SectionMark(from.get(), to, "selection")) : Optional.empty();
    }

    /** The text block a picked node belongs to. */
    static Optional<TextBlock> blockAt(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof TextBlock tb) {
                return Optional.of(tb);
            }
        }
        return Optional.empty();
    }

    /** The section whose heading a picked node is part of; empty anywhere but on a section's heading. */
    public Optional<String> headingSectionAt(Node picked) {
        return blockAt(picked).filter(b -> b.getStyleClass().contains("section-heading")).flatMap(this::sectionOf);
    }

    /** The id of the section a block belongs to (a heading belongs to its section). */
    Optional<String> sectionOf(TextBlock block) {
        for (Node n = block; n != null; n = n.getParent()) {
            Object id = n.getProperties().get("sectionId");
            if (id != null) {
                return Optional.of((String) id);
            }
        }
        return Optional.empty();
    }

    /** Selects a range of a section's text and scrolls it into view, as when opening a passage. */
    public boolean revealInSection(String sectionId, int start, int end) {
        SectionText st = sectionTexts.get(sectionId);
        if (st == null) {
            return false;
        }
        List<List<SectionMark>> perUnit = st.perUnit(List.of(new SectionMark(start, end, "")), false);
        int first = -1;
        int last = -1;
        for (int i = 0; i < perUnit.size(); i++) {
            if (!perUnit.get(i).isEmpty()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        // A passage in a part not shown yet (the later rows of a long table) is shown first, a few
        // rows a frame; the passage is selected as soon as its rows are there, and the rest follows.
        if (showThen(st, first, last, () -> revealInSection(sectionId, start, end))) {
            return true;
        }
        TextBlock a = st.block(first);
        TextBlock b = st.block(last);
        if (a == null || b == null) {
            return false;
        }
        selection.set(new TextSelection.Position(textBlocks.indexOf(a), perUnit.get(first).get(0).start()),
                new TextSelection.Position(textBlocks.indexOf(b), perUnit.get(last).get(0).end()));
        revealOffset(a, perUnit.get(first).get(0).start());
        return true;
    }

    /**
     * When units [first, last] of a section are not all shown yet, asks the part not shown to show
     * them, a few rows a frame, and runs {@code then} once they are there (if this article is still
     * shown); false when they are already shown, or cannot be.
     */
    private boolean showThen(SectionText st, int first, int last, Runnable then) {
        if (st.block(first) != null && st.block(last) != null) {
            return false;
        }
        Article shownArticle = article;
        for (Deferred d : List.copyOf(deferred)) {
            if (d.text() == st && !d.done().getAsBoolean() && d.fromUnit() <= last && d.toUnit() > first) {
                d.renderInFrames().accept(last, () -> {
                    if (article == shownArticle && st.block(first) != null && st.block(last) != null) {
                        then.run();
                    }
                });
                return true;
            }
        }
        return false;
    }

    /**
     * The article's texts in reading order, shown or not yet: the title, each section's heading and
     * each of its text units (the later rows of a long table too). Find looks through these.
     */
    public List<String> readingTexts() {
        List<String> texts = new ArrayList<>(reading.size());
        for (Reading r : reading) {
            texts.add(r.fixed() != null ? r.fixed().text() : r.text().unit(r.unit()).text());
        }
        return texts;
    }

    /** The block showing reading text {@code index}, empty while it is not shown. */
    public Optional<TextBlock> readingBlock(int index) {
        Reading r = reading.get(index);
        return Optional.ofNullable(r.fixed() != null ? r.fixed() : r.text().block(r.unit()));
    }

    /** Scrolls to a character of reading text {@code index}, showing its part of the section first if needed. */
    public void revealReading(int index, int offset) {
        Reading r = reading.get(index);
        if (r.fixed() == null && showThen(r.text(), r.unit(), r.unit(), () -> revealReading(index, offset))) {
            return;
        }
        readingBlock(index).ifPresent(b -> revealOffset(b, offset));
    }

    /** Remembers a part of a section not rendered yet. */
    void deferred(SectionText text, int fromUnit, int toUnit, java.util.function.BiConsumer<Integer, Runnable> renderInFrames,
                  java.util.function.BooleanSupplier done) {
        deferred.add(new Deferred(text, fromUnit, toUnit, renderInFrames, done));
    }

    /** Whether a section's text is one of the article shown now. */
    boolean isShown(SectionText st) {
        return sectionTexts.get(st.sectionId()) == st;
    }

    /** Adds blocks rendered late after {@code after} in reading order, and draws their marks. */
    void insertBlocks(SectionText st, TextBlock after, List<TextBlock> added) {
        int at = after == null ? textBlocks.size() : textBlocks.indexOf(after) + 1;
        textBlocks.addAll(at, added);
        added.forEach(this::adopt);
        selection.setBlocks(textBlocks);
        java.util.Set<TextBlock> only = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        only.addAll(added);
        markLayers.keySet().forEach(layer -> applyMarks(layer, st, only));
        onBlocksChanged.run();
    }

    /** Shows unit {@code index} in a new block instead of the old one (a long code block shown whole). */
    /** Called when blocks are added or replaced after the article was shown (the find bar searches again). */
    public void setOnBlocksChanged(Runnable listener) {
        this.onBlocksChanged = listener;
    }

    /** Where an image of an article is on disk, given its file name: set by the window from the data folder. */
    public void setAssetResolver(java.util.function.BiFunction<String, String, Optional<java.nio.file.Path>> resolver) {
        this.assetResolver = resolver;
    }

    Optional<java.nio.file.Path> assetPath(String articleId, String src) {
        return assetResolver.apply(articleId, src);
    }

    /**
     * What to do with a link the reader clicks that does not point inside the article: another
     * article, a web page. The window decides (it asks before opening a browser).
     */
    public void setOnLinkActivated(Consumer<String> handler) {
        this.onLinkActivated = handler;
    }

    /** Remembers the block of the first reference to each footnote, for its note's way back. */
    void registerReferences(String sectionId, TextBlock block, List<Run> runs) {
        for (Run run : runs) {
            if (run.link() != null && run.link().startsWith(Footnotes.REF_PREFIX)) {
                references.putIfAbsent(sectionId + "\u0000" + run.link().substring(Footnotes.REF_PREFIX.length()), block);
            }
        }
    }

    void registerNote(String sectionId, String label, Node note) {
        notes.putIfAbsent(sectionId + "\u0000" + label, note);
    }

    /** Follows a link clicked in a section: footnotes and the article's own sections here, the rest by the window. */
    void followLink(String sectionId, String href) {
        if (href.startsWith(Footnotes.REF_PREFIX)) {
            Node note = findInSections(notes, sectionId, href.substring(Footnotes.REF_PREFIX.length()));
            if (note != null) {
                revealNode(note);
                return;
            }
        } else if (href.startsWith(Footnotes.BACK_PREFIX)) {
            Node ref = findInSections(references, sectionId, href.substring(Footnotes.BACK_PREFIX.length()));
            if (ref != null) {
                revealNode(ref);
                return;
            }
        } else if (href.startsWith("#") && article != null) {
            String target = article.id() + "/" + href.substring(1);
            if (sectionNodes.containsKey(target)) {
                scrollToSection(target);
                return;
            }
        }
        onLinkActivated.accept(href);
    }

    private static <T> T findInSections(Map<String, T> byKey, String sectionId, String label) {
        T here = byKey.get(sectionId + "\u0000" + label);
        if (here != null) {
            return here;
        }
        for (Map.Entry<String, T> e : byKey.entrySet()) {
            if (e.getKey().endsWith("\u0000" + label)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Scrolls a node of the page to a third of the way down the view. */
    void revealNode(Node node) {
        applyCss();
        layout();
        double viewport = getViewportBounds().getHeight();
        double scrollable = page.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double y = page.sceneToLocal(node.localToScene(0, 0)).getY();
        setVvalue(Math.min(1, Math.max(0, (y - viewport / 3) / scrollable)));
    }

    /** Scrolls the article by a wheel's delta, for boxes inside it that scroll only sideways. */
    void scrollBy(double deltaY) {
        double scrollable = page.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (scrollable > 0) {
            setVvalue(Math.min(1, Math.max(0, getVvalue() - deltaY / scrollable)));
        }
    }

    private void clickedLink(javafx.scene.input.MouseEvent e) {
        if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress()) {
            return;
        }
        Node picked = e.getPickResult().getIntersectedNode();
        if (picked instanceof javafx.scene.text.Text t && t.getProperties().get(TextBlock.LINK) instanceof String href) {
            Optional<String> sectionId = blockAt(t).flatMap(this::sectionOf);
            followLink(sectionId.orElse(""), href);
            e.consume();
        }
    }

    public void show(Article newArticle) {
        this.article = newArticle;
        sectionNodes.clear();
        sections.clear();
        chipRows.clear();
        sectionTexts.clear();
        marks.clear();
        deferred.clear();
        notes.clear();
        references.clear();
        lastReported = null;
        List<TextBlock> blocks = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        TextBlock title = new TextBlock(List.of(Run.plain(newArticle.title())), "article-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setAccessibleText("Article: " + newArticle.title());
        blocks.add(title);
        children.add(title);
        Byline.of(newArticle.meta(), href -> onLinkActivated.accept(href)).ifPresent(children::add);
        reading.clear();
        reading.add(new Reading(title, null, -1));
        for (Section section : newArticle.sections()) {
            VBox box = new VBox();
            box.getStyleClass().add("section");
            box.getProperties().put("sectionId", section.id());
            if (section.titleKind() != TitleKind.NONE) {
                box.getChildren().add(heading(section, blocks));
                reading.add(new Reading(blocks.get(blocks.size() - 1), null, -1));
                javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane(6, 4);
                chips.getStyleClass().add("topic-chips");
                chipRows.put(section.id(), chips);
                box.getChildren().add(chips);
            }
            SectionText sectionText = new SectionText(section.id(), section.units());
            BlockRenderer renderer = new BlockRenderer(this, newArticle.id(), sectionText, blocks);
            for (Block block : section.blocks()) {
                box.getChildren().add(renderer.render(block));
            }
            renderer.finish();
            Node footer = sectionFooter.apply(section.id());
            if (footer != null) {
                box.getChildren().add(footer);
            }
            for (int u = 0; u < sectionText.unitCount(); u++) {
                reading.add(new Reading(null, sectionText, u));
            }
            sectionTexts.put(section.id(), sectionText);
            sectionNodes.put(section.id(), box);
            sections.put(section.id(), section);
            children.add(box);
        }
        column.getChildren().setAll(children);
        refreshTopicChips();
        markLayers.forEach((layer, source) -> applyMarks(layer));
        selection.setBlocks(blocks);
        textBlocks.clear();
        textBlocks.addAll(blocks);
        blocks.forEach(this::adopt);
        anchor = Anchor.TOP;
        jumpTo(0);
    }

    /** Scrolls the view where the program asks, not taken for the reader's own scrolling. */
    private void jumpTo(double vvalue) {
        jumping = true;
        try {
            setVvalue(vvalue);
        } finally {
            jumping = false;
        }
    }

    private static Node heading(Section section, List<TextBlock> blocks) {
        boolean generated = section.titleKind() == TitleKind.GENERATED;
        String level = "heading-level-" + Math.max(2, Math.min(4, section.level()));
        TextBlock h = generated
                ? new TextBlock(List.of(Run.plain(section.title())), "section-heading", level, "generated-heading")
                : new TextBlock(List.of(Run.plain(section.title())), "section-heading", level);
        h.setAccessibleText("Heading: " + section.title() + (generated ? " (title made by Gloss)" : ""));
        if (generated) {
            Tooltip.install(h, new Tooltip(GENERATED_TIP));
        }
        blocks.add(h);
        return h;
    }

    /** Scrolls so that the section's start is at the top of the view. */
    public void scrollToSection(String sectionId) {
        Node node = sectionNodes.get(sectionId);
        if (node == null) {
            return;
        }
        applyCss();
        layout();
        double viewport = getViewportBounds().getHeight();
        double contentHeight = page.getLayoutBounds().getHeight();
        if (viewport <= 0 || contentHeight <= 0) {
            Platform.runLater(() -> scrollToSection(sectionId));
            return;
        }
        // The first section starts under the article's title, which is shown with it.
        boolean first = sectionId.equals(sectionNodes.keySet().iterator().next());
        double y = first ? 0 : page.sceneToLocal(node.localToScene(0, 0)).getY();
        double scrollable = contentHeight - viewport;
        // The section asked for is the one being read, even near the end where it cannot reach the top.
        jumpTo(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, y / scrollable)));
        anchor = new Anchor(Optional.of(sectionId), -1);
        if (!sectionId.equals(lastReported)) {
            lastReported = sectionId;
            onSectionInView.accept(sections.get(sectionId));
        }
        reportPosition();
    }

    /**
     * A place in the text: the article's top ({@link #TOP}), a section's start (offset -1), or a
     * character of a section's text, whose line is put at the top of the view.
     */
    public record Anchor(Optional<String> sectionId, int offset) {
        public static final Anchor TOP = new Anchor(Optional.empty(), -1);
    }

    /** Scrolls so that a character of a section's text (-1: the section's start) is on the view's top line. */
    public void scrollToOffset(String sectionId, int offset) {
        scrollToAnchor(new Anchor(Optional.of(sectionId), offset));
    }

    /** Scrolls to a place in the text; the reader is told which section and position that is. */
    public void scrollToAnchor(Anchor target) {
        if (target.sectionId().isEmpty()) {
            anchor = Anchor.TOP;
            // The page as it is now, not the one before it: a shorter article's height would make this
            // one seem to fit the view, read to the end the moment it opens.
            applyCss();
            layout();
            jumpTo(0);
            reportSectionInView();
            reportPosition();
            return;
        }
        String sectionId = target.sectionId().get();
        SectionText st = sectionTexts.get(sectionId);
        if (target.offset() < 0 || st == null || st.unitCount() == 0) {
            scrollToSection(sectionId);
            return;
        }
        int unit = Math.max(0, st.unitAt(Math.min(target.offset(), st.length())));
        if (showThen(st, unit, unit, () -> scrollToAnchor(target))) {
            return;
        }
        TextBlock block = st.block(unit);
        applyCss();
        layout();
        double viewport = getViewportBounds().getHeight();
        double contentHeight = page.getLayoutBounds().getHeight();
        if (block == null || viewport <= 0 || contentHeight <= 0) {
            anchor = target;
            Platform.runLater(() -> {
                if (anchor == target) {
                    scrollToAnchor(target);
                }
            });
            return;
        }
        int local = Math.max(0, Math.min(block.text().length(), target.offset() - st.start(unit)));
        double y = page.sceneToLocal(block.localToScene(0, block.lineTopOf(local))).getY();
        double scrollable = contentHeight - viewport;
        jumpTo(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, y / scrollable)));
        anchor = target;
        reportSectionInView();
        reportPosition();
    }

    /** The place at the top of the view now: the first line of text whose bottom is below the view's top. */
    public Anchor topAnchor() {
        if (article == null) {
            return Anchor.TOP;
        }
        double scrollable = Math.max(0, page.getLayoutBounds().getHeight() - getViewportBounds().getHeight());
        double top = getVvalue() * scrollable;
        if (top < 1) {
            return Anchor.TOP;
        }
        // The blocks in reading order that are shown, each with its bottom in the page's coordinates.
        List<Reading> shown = new ArrayList<>(reading.size());
        for (Reading r : reading) {
            if (r.fixed() != null || r.text().block(r.unit()) != null) {
                shown.add(r);
            }
        }
        int lo = 0;
        int hi = shown.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextBlock b = blockOf(shown.get(mid));
            double bottom = page.sceneToLocal(b.localToScene(0, b.getLayoutBounds().getHeight())).getY();
            if (bottom > top) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (found < 0) {
            return anchorAtEnd();
        }
        Reading r = shown.get(found);
        TextBlock b = blockOf(r);
        if (r.fixed() != null) {
            Optional<String> sectionId = sectionOf(b);
            return sectionId.map(id -> new Anchor(Optional.of(id), -1)).orElse(Anchor.TOP);
        }
        double blockTop = page.sceneToLocal(b.localToScene(0, 0)).getY();
        int offset = b.offsetAt(new javafx.geometry.Point2D(1, Math.max(0, top - blockTop) + 1));
        return new Anchor(Optional.of(r.text().sectionId()), r.text().start(r.unit()) + offset);
    }

    private Anchor anchorAtEnd() {
        for (int i = reading.size() - 1; i >= 0; i--) {
            Reading r = reading.get(i);
            if (r.text() != null) {
                return new Anchor(Optional.of(r.text().sectionId()), r.text().start(r.unit()));
            }
        }
        return Anchor.TOP;
    }

    private static TextBlock blockOf(Reading r) {
        return r.fixed() != null ? r.fixed() : r.text().block(r.unit());
    }

    /** After the layout changed, puts the anchored text back at the top, once the new layout is done. */
    private void keepAnchor() {
        if (keepingAnchor || article == null) {
            return;
        }
        keepingAnchor = true;
        Platform.runLater(() -> {
            keepingAnchor = false;
            Article shownArticle = article;
            if (shownArticle != null && getScene() != null) {
                scrollToAnchor(anchor);
            }
        });
    }

    /** Where the reader is, for the reading position kept per article: told as the view scrolls. */
    public void setOnPositionInView(Consumer<dev.gloss.core.settings.ReadingPosition> listener) {
        this.onPositionInView = listener;
    }

    /** How much of the article is above the bottom of the view, from 0 to 1 (1 when it fits the view). */
    public double through() {
        double content = page.getLayoutBounds().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content <= 0 || viewport <= 0) {
            return 0;
        }
        double scrollable = content - viewport;
        return scrollable <= 0 ? 1 : Math.min(1, (getVvalue() * scrollable + viewport) / content);
    }

    private void reportPosition() {
        if (article == null || getViewportBounds().getHeight() <= 0) {
            return;
        }
        onPositionInView.accept(new dev.gloss.core.settings.ReadingPosition(getVvalue(), anchor.sectionId(),
                anchor.offset(), through()));
    }

    /** Where a section's top is relative to the top of the viewport, in pixels (for tests). */
    public Optional<Double> sectionOffsetFromTop(String sectionId) {
        Node node = sectionNodes.get(sectionId);
        if (node == null || getScene() == null) {
            return Optional.empty();
        }
        Bounds viewport = localToScene(getLayoutBounds());
        return Optional.of(node.localToScene(0, 0).getY() - viewport.getMinY());
    }

    /**
     * Reports the last section whose top is above the upper part of the viewport. Works in the
     * page's own coordinates, from the scroll value, so that it is right even before the next layout
     * has moved the page.
     */
    private void reportSectionInView() {
        if (jumping || article == null || sectionNodes.isEmpty()) {
            return;
        }
        double scrollable = Math.max(0, page.getLayoutBounds().getHeight() - getViewportBounds().getHeight());
        double viewportTop = getVvalue() * scrollable;
        String current = sectionNodes.keySet().iterator().next();
        for (Map.Entry<String, Node> e : sectionNodes.entrySet()) {
            double top = page.sceneToLocal(e.getValue().localToScene(0, 0)).getY();
            if (top - viewportTop <= 40) {
                current = e.getKey();
            } else {
                break;
            }
        }
        if (!current.equals(lastReported)) {
            lastReported = current;
            onSectionInView.accept(sections.get(current));
        }
    }

    /** Where the topics of a section come from, and what a click on a topic chip does. */
    public void setTopicChips(Function<String, List<Topic>> topicsOfSection, Consumer<String> onChosen) {
        setTopicChips(topicsOfSection, onChosen, () -> false);
    }

    /**
     * As {@link #setTopicChips(Function, Consumer)}; once {@code topicsKnown} says the topics are
     * there, a section with none gives up the row kept for its chips.
     */
    public void setTopicChips(Function<String, List<Topic>> topicsOfSection, Consumer<String> onChosen,
                              java.util.function.BooleanSupplier topicsKnown) {
        this.topicsOf = topicsOfSection;
        this.onTopicChosen = onChosen;
        this.topicsKnown = topicsKnown;
        refreshTopicChips();
    }

    /** What a topic chip's context menu offers (taking the section out of the topic). */
    public void setTopicChipMenu(java.util.function.BiFunction<String, Topic, List<javafx.scene.control.MenuItem>> items) {
        this.chipItems = items;
    }

    /** Fills the chips under each heading; called again when the topics become known. */
    public void refreshTopicChips() {
        for (Map.Entry<String, javafx.scene.layout.FlowPane> e : chipRows.entrySet()) {
            List<Node> chips = new ArrayList<>();
            for (Topic topic : topicsOf.apply(e.getKey())) {
                if (topic.isGeneral()) {
                    continue;
                }
                javafx.scene.control.Button chip = new javafx.scene.control.Button(topic.name());
                chip.getStyleClass().add("topic-chip");
                chip.setFocusTraversable(false);
                chip.setAccessibleText("Topic: " + topic.name() + ". Shows every section on it.");
                chip.setTooltip(new Tooltip(topic.description()));
                chip.setOnAction(a -> onTopicChosen.accept(topic.id()));
                String sectionId = e.getKey();
                chip.setOnContextMenuRequested(ev -> {
                    List<javafx.scene.control.MenuItem> items = chipItems.apply(sectionId, topic);
                    if (!items.isEmpty()) {
                        new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new))
                                .show(chip, ev.getScreenX(), ev.getScreenY());
                    }
                    ev.consume();
                });
                chips.add(chip);
            }
            // A heading without topics has no row under it at all; when the topics arrive, the text at
            // the top of the view stays where it is (see keepAnchor).
            e.getValue().getChildren().setAll(chips);
            boolean none = chips.isEmpty();
            e.getValue().setManaged(!none);
            e.getValue().setVisible(!none);
            e.getValue().getStyleClass().remove("no-topics");
            if (none) {
                e.getValue().getStyleClass().add("no-topics");
            }
        }
    }

    /** What to put at the end of each section (related reading, say), made as an article is shown; null for nothing. */
    public void setSectionFooter(Function<String, Node> footer) {
        this.sectionFooter = footer;
    }

    public void setOnSectionInView(Consumer<Section> listener) {
        this.onSectionInView = listener;
    }

    public String selectedText() {
        return selection.selectedText();
    }

    public void selectAll() {
        selection.selectAll();
    }

    /** The section the selection starts in and its range there, if text is selected. */
    public Optional<String> selectionSectionId() {
        return selection.range().flatMap(r -> sectionOf(textBlocks.get(r[0].block())));
    }

    public Optional<SectionMark> selectionInSection() {
        return selection.range().flatMap(r -> selectionInSection(r[0], r[1]));
    }

    /** Copies the selection to the clipboard; returns false when nothing is selected. */
    public boolean copySelection() {
        String text = selection.selectedText();
        if (text.isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }


    /** The text blocks in reading order: the title, headings, paragraphs and list items. */
    public List<TextBlock> textBlocks() {
        return List.copyOf(textBlocks);
    }

    /** Scrolls, if needed, so that a character of a block is well inside the view. */
    public void revealOffset(TextBlock block, int offset) {
        applyCss();
        layout();
        double viewport = getViewportBounds().getHeight();
        double contentHeight = page.getLayoutBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        double y = page.sceneToLocal(block.localToScene(0, block.lineTopOf(offset))).getY();
        double top = getVvalue() * scrollable;
        if (y < top + 40 || y > top + viewport - 80) {
            setVvalue(Math.min(1, Math.max(0, (y - viewport / 3) / scrollable)));
            // This is the reader's place now, also while a change of layout is waiting to put back the
            // line that was at the top: rows arriving late would otherwise scroll the match away again.
            anchor = topAnchor();
        }
    }

    /** Scales the reading text; 1 is 100 %. */
    public void setZoom(double factor) {
        this.zoom = factor;
        applyReading();
    }

    /** Sets the article as the reader chose: font, size, line spacing, column, margins, justification. */
    public void setReading(dev.gloss.core.settings.ReadingSettings settings) {
        this.readingSettings = java.util.Objects.requireNonNull(settings);
        applyReading();
    }

    public dev.gloss.core.settings.ReadingSettings reading() {
        return readingSettings;
    }

    /** The text's size now, in pixels: the reading settings' size at this zoom. */
    public double fontSize() {
        return Math.round(readingSettings.fontSize() * zoom * 10) / 10.0;
    }

    private void applyReading() {
        String family = ReadingFonts.family(readingSettings.fontFamily());
        column.setStyle("-fx-font-size: " + fontSize() + "px; -fx-font-family: \"" + family.replace("\"", "") + "\";");
        for (TextBlock b : textBlocks) {
            adopt(b);
        }
        applyColumn();
        keepAnchor();
    }

    /**
     * The column holds the chosen number of average characters of the reading font; the margins
     * beside it are the chosen ones where the window has room, down to 24 px where it has not.
     */
    private void applyColumn() {
        // Lines break between words: a line of English prose ends about five characters short of its room
        // (measured on the bundled articles and on technical prose, in DejaVu Serif and Sans).
        double width = (readingSettings.columnWidth() + WRAP_SLACK) * ReadingFonts.averageCharWidth(
                ReadingFonts.family(readingSettings.fontFamily()), fontSize());
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        double available = getViewportBounds().getWidth();
        double wanted = readingSettings.margins();
        double side = available <= 0 ? wanted
                : Math.max(Math.min(wanted, 24), Math.min(wanted, (available - width) / 2));
        page.setPadding(new javafx.geometry.Insets(36, side, 96, side));
    }

    /** Gives a text block the line height and alignment of its kind: prose as chosen, headings and code their own. */
    void adopt(TextBlock block) {
        List<String> classes = block.getStyleClass();
        if (classes.contains("code-text")) {
            return;
        }
        boolean heading = classes.contains("section-heading") || classes.contains("article-title");
        boolean cell = classes.contains("table-cell");
        double ratio = readingSettings.lineSpacing();
        block.setLineHeight(heading ? HEADING_LINE_HEIGHT : cell ? Math.min(ratio, TABLE_LINE_HEIGHT) : ratio);
        if (classes.contains("paragraph") || classes.contains("list-item-text")) {
            block.setTextAlignment(readingSettings.justify() ? javafx.scene.text.TextAlignment.JUSTIFY
                    : javafx.scene.text.TextAlignment.LEFT);
        }
    }


    public Optional<Article> article() {
        return Optional.ofNullable(article);
    }
}
