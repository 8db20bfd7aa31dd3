package dev.gloss.app.article;

import atlantafx.base.theme.PrimerLight;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading view with every kind of block: what is drawn, and that offsets into a section's text land right. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewTest {
    private ArticleView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ArticleView();
        Path icons = Path.of("assets", "icons").toAbsolutePath();
        view.setAssetResolver((id, src) -> Files.isRegularFile(icons.resolve(Path.of(src).getFileName()))
                ? Optional.of(icons.resolve(Path.of(src).getFileName())) : Optional.empty());
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().add(ArticleView.class.getResource("/dev/gloss/app/gloss.css").toExternalForm());
        stage.setScene(scene);
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        view.show(EveryBlock.article());
    }

    private Section blocks() {
        return EveryBlock.article().sections().get(0);
    }

    private TextBlock blockWithText(String text) {
        return view.textBlocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
    }

    private static boolean inside(Node node, String styleClass) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyKindOfBlockIsDrawnWithItsOwnLook(FxRobot robot) {
        for (String kind : List.of(".code-block", ".table-block", ".image-block", ".callout.callout-warning",
                ".callout.callout-tip", ".quote-block", ".footnotes", ".math-block", ".rule-block", ".list-depth-2",
                ".task-marker", ".image-placeholder", ".image-frame", ".heading-level-3", ".heading-level-4")) {
            assertFalse(robot.lookup(".article-view " + kind).queryAll().isEmpty(), kind + " is drawn");
        }
        assertEquals("Warning", robot.lookup(".callout-warning .callout-title").queryLabeled().getText());
        assertEquals("Eat your greens", robot.lookup(".callout-tip .callout-title").queryLabeled().getText());
        assertEquals("Table, 3 rows", robot.lookup(".table-block").query().getAccessibleText());
        assertEquals("Code, java", robot.lookup(".code-block").query().getAccessibleText());
        assertTrue(inside(blockWithText("Deeper item"), "list-depth-2"), "a nested list sits under its item");
        assertTrue(inside(blockWithText("npm install"), "list-item-body"), "code inside a list item");
        List<String> markers = robot.lookup(".list-marker").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertTrue(markers.containsAll(List.of("•", "◦", "▪", "3.", "4.")), markers.toString());
        assertEquals("A task done", blockWithText("A task done").text(), "the task's box is not part of its text");
    }

    @Test
    void oneTextBlockForEachUnitInOrder() {
        Article article = EveryBlock.article();
        List<String> expected = new ArrayList<>();
        expected.add(article.title());
        for (Section s : article.sections()) {
            expected.add(s.title());
            s.units().forEach(u -> expected.add(u.text()));
        }
        assertEquals(expected, view.textBlocks().stream().map(TextBlock::text).toList());
    }

    @Test
    void theCodeBoxKeepsTheCodeExactlyAndCopiesIt(FxRobot robot) throws Exception {
        TextBlock code = robot.lookup(".code-block .code-text").queryAs(TextBlock.class);
        assertEquals(EveryBlock.CODE, code.text());
        Button copy = robot.lookup(".code-block .code-copy").queryButton();
        assertEquals("Copy code", copy.getAccessibleText());
        robot.interact(copy::fire);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(EveryBlock.CODE, copied);
        assertTrue(inside(code, "code-scroll"), "wide code scrolls sideways");
    }

    @Test
    void marksInATableCellAndInCodeLandOnTheirBlocks() {
        String text = blocks().plainText();
        int natto = text.indexOf("Natto");
        int system = text.indexOf("System.out");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMarks("test", id -> id.equals(blocks().id())
                ? List.of(new SectionMark(natto, natto + 5, "n"), new SectionMark(system, system + 6, "s")) : List.of(),
                false, false));
        assertEquals(List.of(new TextRange(0, 5)), blockWithText("Natto, a fermented soybean dish").highlighted("test"));
        int inCode = EveryBlock.CODE.indexOf("System.out");
        assertEquals(List.of(new TextRange(inCode, inCode + 6)), blockWithText(EveryBlock.CODE).highlighted("test"));
    }

    @Test
    void proseOnlyMarksAreNotDrawnInCode() {
        String text = blocks().plainText();
        List<SectionMark> everyVitamin = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf("vitamin"); i >= 0; i = lower.indexOf("vitamin", i + 1)) {
            everyVitamin.add(new SectionMark(i, i + 7, "vitamin"));
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMarks("term", id -> id.equals(blocks().id())
                ? everyVitamin : List.of(), true, true, true));
        assertTrue(blockWithText(EveryBlock.CODE).highlighted("term").isEmpty(), "no glossary marks in code");
        assertEquals(List.of(new TextRange(0, 7)), blockWithText("Vitamin").highlighted("term"));
        assertEquals(1, blockWithText("Too much vitamin A is harmful.").highlighted("term").size());
    }

    @Test
    void aSelectionFromAParagraphIntoATableCell(FxRobot robot) {
        robot.interact(() -> view.show(EveryBlock.large(5, 3)));
        robot.interact(() -> view.revealInSection("large/data", 11, 21));
        assertEquals("table.\nRow", view.selectedText());
        assertEquals(Optional.of(new SectionMark(11, 21, "selection")), view.selectionInSection());
    }

    @Test
    void aLongTableAndALongCodeBlockShowTheirStartAndAShowAllButton(FxRobot robot) {
        Article large = EveryBlock.large(10_000, 5_000);
        robot.interact(() -> view.show(large));
        TableGrid grid = robot.lookup(".table-grid").queryAs(TableGrid.class);
        assertEquals(BlockRenderer.TABLE_ROWS_SHOWN * 2, grid.tableCellCount());
        List<String> buttons = robot.lookup(".show-all").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertEquals(List.of("Show all 10,000 rows", "Show all 5,000 lines"), buttons);
        int codeLines = robot.lookup(".code-text").queryAllAs(TextBlock.class).stream()
                .mapToInt(b -> b.text().split("\n", -1).length).sum();
        assertEquals(BlockRenderer.CODE_LINES_SHOWN, codeLines);
        assertTrue(view.textBlocks().size() < BlockRenderer.TABLE_ROWS_SHOWN * 2 + 20, "only what is shown is built");

    }

    @Test
    void aPassageInRowsNotShownYetIsRevealedOnceItsRowsArriveFrameByFrame(FxRobot robot) {
        Article large = EveryBlock.large(2_000, 5_000);
        robot.interact(() -> view.show(large));
        TableGrid grid = robot.lookup(".table-grid").queryAs(TableGrid.class);
        String text = large.sections().get(0).plainText();
        int at = text.indexOf("value 1500");
        robot.interact(() -> assertTrue(view.revealInSection("large/data", at, at + 10)));
        robot.interact(() -> assertTrue(grid.tableCellCount() < 2_000 * 2, "the rows come a few at a time, frame by frame"));
        waitUntil(robot, () -> "value 1500".equals(view.selectedText()));
        waitUntil(robot, () -> grid.tableCellCount() == 2_000 * 2);
        assertTrue(robot.lookup(".table-block .show-all").queryAll().isEmpty());
        // And in the code's hidden lines, which come in parts of whole lines.
        int line = text.indexOf("line 4500");
        robot.interact(() -> assertTrue(view.revealInSection("large/data", line, line + 9)));
        waitUntil(robot, () -> "line 4500".equals(view.selectedText()));
        waitUntil(robot, () -> robot.lookup(".code-block .show-all").queryAll().isEmpty());
        String code = robot.lookup(".code-text").queryAllAs(TextBlock.class).stream().map(TextBlock::text)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(5_000, code.split("\n", -1).length);
    }

    @Test
    void showAllRendersTheRestInBatchesAndKeepsTheirMarks(FxRobot robot) throws Exception {
        Article large = EveryBlock.large(800, 3);
        robot.interact(() -> view.show(large));
        String text = large.sections().get(0).plainText();
        int at = text.indexOf("value 700");
        robot.interact(() -> view.setMarks("test", id -> List.of(new SectionMark(at, at + 9, "k")), false, false));
        TableGrid grid = robot.lookup(".table-grid").queryAs(TableGrid.class);
        assertEquals(600, grid.tableCellCount());
        Button all = robot.lookup(".show-all").queryButton();
        robot.interact(all::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.tableCellCount() == 1600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new TextRange(0, 9)), blockWithText("value 700").highlighted("test"));
        assertTrue(robot.lookup(".show-all").queryAll().isEmpty());
        List<String> order = view.textBlocks().stream().map(TextBlock::text).toList();
        assertEquals("After the code.", order.get(order.size() - 1), "late rows are read before what follows the table");
        assertTrue(order.indexOf("value 700") < order.indexOf("line 0\nline 1\nline 2"));
    }

    @Test
    void aFootnoteReferenceLeadsToItsNoteAndBack(FxRobot robot) {
        robot.interact(() -> view.setVvalue(0));
        Node note = robot.lookup(".footnote").query();
        assertNotNull(note);
        robot.interact(() -> view.followLink(blocks().id(), "#fn:1"));
        assertTrue(view.getVvalue() > 0, "scrolled to the note");
        robot.interact(() -> view.followLink(blocks().id(), "#fnref:1"));
        assertTrue(view.getVvalue() < 0.2, "back at the reference");
    }

    @Test
    void otherLinksGoToTheWindow(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        robot.interact(() -> {
            view.setOnLinkActivated(asked::add);
            view.followLink(blocks().id(), "https://example.org/page");
            view.followLink(blocks().id(), "#more");
        });
        assertEquals(List.of("https://example.org/page"), asked, "a link to a section of the article is followed here");
    }

    /** Waits, in the FX thread's own time, until a condition holds: for parts rendered frame by frame. */
    private static void waitUntil(FxRobot robot, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the condition did not come true", e);
        }
    }

    @Test
    void aSectionWithoutTopicsHasNoChipRowAndTopicsArrivingDoNotMoveTheText(FxRobot robot) {
        robot.interact(() -> view.setTopicChips(id -> List.of(), id -> { }, () -> false));
        List<Node> rows = new ArrayList<>(robot.lookup(".topic-chips").queryAll());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().noneMatch(r -> r.isManaged() || r.isVisible()), "no room kept for chips not there");
        robot.interact(() -> view.setVvalue(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView.Anchor before = view.topAnchor();
        dev.gloss.core.topics.Topic topic = new dev.gloss.core.topics.Topic("testing", "Testing", "Tests of code.", List.of());
        robot.interact(() -> view.setTopicChips(id -> List.of(topic), id -> { }, () -> true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows.stream().allMatch(Node::isManaged), "each heading has its chips now");
        assertEquals(before, view.topAnchor(), "the text at the top of the view stays there");
    }

    @Test
    void anArticleThatSaysWhoWroteItAndWhenShowsItUnderItsTitle(FxRobot robot) {
        Article plain = EveryBlock.article();
        Article withMeta = new Article(plain.id(), plain.title(), plain.sections(), plain.origin(),
                new Article.Meta("Ada Writer", "2024-03-05T09:30:00+01:00", "https://www.example.org/posts/tour",
                        null, List.of(), "en"));
        List<String> opened = new ArrayList<>();
        robot.interact(() -> {
            view.setOnLinkActivated(opened::add);
            view.show(withMeta);
        });
        javafx.scene.layout.FlowPane byline = robot.lookup(".article-byline").queryAs(javafx.scene.layout.FlowPane.class);
        List<String> parts = byline.getChildren().stream()
                .map(n -> n instanceof javafx.scene.control.Labeled l ? l.getText() : "").toList();
        assertEquals(List.of("By Ada Writer", "·", "5 March 2024", "·", "example.org"), parts);
        robot.interact(() -> ((javafx.scene.control.Hyperlink) byline.getChildren().get(4)).fire());
        assertEquals(List.of("https://www.example.org/posts/tour"), opened, "the address goes to the link handler, which asks");
        robot.interact(() -> view.show(plain));
        assertTrue(robot.lookup(".article-byline").queryAll().isEmpty(), "nothing to say, no line");
    }

    @Test
    void rowsStillArrivingStopWhenAnotherArticleIsShown(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(EveryBlock.large(3_000, 3)));
        Button all = robot.lookup(".table-block .show-all").queryButton();
        robot.interact(all::fire);
        Article other = EveryBlock.article();
        robot.interact(() -> view.show(other));
        List<String> before = WaitForAsyncUtils.asyncFx(() -> view.textBlocks().stream().map(TextBlock::text).toList())
                .get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 30; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> after = WaitForAsyncUtils.asyncFx(() -> view.textBlocks().stream().map(TextBlock::text).toList())
                .get(10, TimeUnit.SECONDS);
        assertEquals(before, after, "the rows of the article left behind never join this one");
        assertFalse(after.stream().anyMatch(t -> t.startsWith("value ")));
    }
}
