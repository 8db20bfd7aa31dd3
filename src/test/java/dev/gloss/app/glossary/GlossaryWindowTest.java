package dev.gloss.app.glossary;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.SectionMark;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.BundledLibrary;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glossary in the window: the panel, the marked terms and their popover, Look up, and the reader's definitions. */
@ExtendWith(ApplicationExtension.class)
class GlossaryWindowTest {
    private static final String WHAT_IS_K2 = "vitamin-k2-for-bones-and-heart/what-is-vitamin-k2";

    @TempDir
    Path dataDir;

    private ReaderState model;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir);
    }

    /** The glossary opens once the first article has been painted. */
    @BeforeEach
    void waitForTheGlossary(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#glossaryStatus").query().isVisible());
    }

    @Test
    void aTermChosenInThePanelOpensWhereItIsMentioned(FxRobot robot) {
        robot.clickOn("Glossary");
        robot.clickOn("#glossaryFilter").write("MGP");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Term> terms = termList(robot);
        assertEquals("matrix-gla-protein", terms.getItems().get(0).id());
        robot.clickOn(cellOf(robot, "#termList", "Term: matrix Gla protein"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("matrix Gla protein", robot.lookup(".glossary-term-name").queryAs(Label.class).getText());
        assertEquals("Also: MGP", robot.lookup(".glossary-aliases").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".glossary-related-link").queryAllAs(Hyperlink.class).stream()
                .anyMatch(l -> l.getText().equals("osteocalcin")));

        robot.interact(() -> robot.lookup("#mentionList").queryAs(ListView.class).scrollTo(1));
        ListCell<?> mention = cellOf(robot, "#mentionList", "Mentioned in How Vitamin K2 Supports");
        MentionRow row = (MentionRow) mention.getItem();
        robot.clickOn(mention);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row.sectionId(), model.currentSectionProperty().get().id());
        assertEquals("vitamin-k2-and-soft-tissue-calcium", articleView(robot).article().orElseThrow().id());
        assertEquals(row.first().text(), articleView(robot).selectedText());
        assertEquals(new SectionMark(row.first().start(), row.first().end(), "selection"),
                articleView(robot).selectionInSection().orElseThrow());
    }

    @Test
    void ctrl4PutsTheKeyboardInTheFilterAndEnterChoosesTheBestMatch(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane sidebar = robot.lookup(".sidebar").queryAs(TabPane.class);
        assertEquals("Glossary", sidebar.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup("#glossaryFilter").query().isFocused());
        robot.write("osteoblasts").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("osteoblast", termList(robot).getSelectionModel().getSelectedItem().id());
        assertEquals("osteoblast", robot.lookup(".glossary-term-name").queryAs(Label.class).getText());
    }

    @Test
    void aFilterThatMatchesNoTermSaysSoAndDefineStartsFromIt(FxRobot robot) {
        robot.clickOn("Glossary");
        robot.clickOn("#glossaryFilter").write("quinoxaline");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Term> terms = termList(robot);
        assertTrue(terms.getItems().isEmpty());
        Label placeholder = (Label) terms.getPlaceholder();
        assertTrue(placeholder.isVisible());
        assertEquals("No term matches “quinoxaline”. Define… adds your own.", placeholder.getText());
        robot.clickOn("#defineButton");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals("quinoxaline", robot.lookup("#defineTerm").queryAs(javafx.scene.control.TextField.class).getText());
        } finally {
            robot.interact(() -> ((Stage) robot.lookup(".dialog-pane").query().getScene().getWindow()).close());
        }
    }

    @Test
    void aRelatedTermIsChosenByItsLink(FxRobot robot) {
        robot.interact(() -> model.termRequests().send("mk-7"));
        robot.interact(() -> robot.lookup(".glossary-entry-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(robot.lookup(".glossary-related-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals("natto")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("natto", termList(robot).getSelectionModel().getSelectedItem().id());
        assertEquals("natto", robot.lookup(".glossary-term-name").queryAs(Label.class).getText());
    }

    @Test
    void aMarkedTermOpensAPopoverThatLeadsToTheGlossary(FxRobot robot) {
        clickMark(robot, "osteocalcin");
        Label definition = robot.lookup(".term-popover-definition").queryAs(Label.class);
        assertTrue(definition.isVisible());
        assertEquals("osteocalcin", robot.lookup(".term-popover-name").queryAs(Label.class).getText());
        assertTrue(definition.getText().startsWith("Osteocalcin is"), definition.getText());
        robot.clickOn(".term-popover-open");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane sidebar = robot.lookup(".sidebar").queryAs(TabPane.class);
        assertEquals("Glossary", sidebar.getSelectionModel().getSelectedItem().getText());
        assertEquals("osteocalcin", termList(robot).getSelectionModel().getSelectedItem().id());
        assertTrue(termList(robot).isFocused(), "the keyboard is on the chosen term");
        assertTrue(robot.lookup(".term-popover-definition").tryQuery().map(n -> !n.getScene().getWindow().isShowing())
                .orElse(true), "the popover closed");
    }

    @Test
    void escClosesThePopover(FxRobot robot) {
        clickMark(robot, "osteocalcin");
        Node popoverContent = robot.lookup(".term-popover").query();
        assertTrue(popoverContent.getScene().getWindow().isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(popoverContent.getScene().getWindow().isShowing());
    }

    @Test
    void theMarkingCanBeSwitchedOffAndOnFromTheViewMenu(FxRobot robot) throws Exception {
        // The article takes the marks in as it lays its blocks out; on a busy machine that can be a few frames late.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markCount(robot) > 10);
        robot.clickOn("View").clickOn("Mark Glossary Terms");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, markCount(robot));
        assertFalse(model.glossaryMarkingProperty().get());
        robot.interact(() -> model.openArticle("vitamin-k2-and-osteoporosis"));
        assertEquals(0, markCount(robot), "nor in the next article");
        robot.clickOn("View").clickOn("Mark Glossary Terms");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markCount(robot) > 10);
    }

    @Test
    void lookUpFromTheContextMenuAndTheEditMenu(FxRobot robot) {
        String text = BundledLibrary.load().section(WHAT_IS_K2).orElseThrow().plainText();
        int mgp = text.indexOf("(MGP)") + 1;
        robot.interact(() -> articleView(robot).revealInSection(WHAT_IS_K2, mgp, mgp + 3));
        assertEquals("MGP", articleView(robot).selectedText());
        TextBlock block = blockContaining(robot, "(MGP)");
        int inBlock = block.text().indexOf("(MGP)") + 1;
        requestContextMenu(robot, block, centre(block.screenBoundsOf(inBlock, inBlock + 3)));
        robot.clickOn("Look up “MGP”");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("matrix-gla-protein", termList(robot).getSelectionModel().getSelectedItem().id());

        int gut = text.indexOf("intestines");
        robot.interact(() -> articleView(robot).revealInSection(WHAT_IS_K2, gut, gut + "intestines".length()));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // No entry: the look-up becomes a library search.
        assertEquals("intestines", robot.lookup(".search-field").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(robot.lookup(".search-panel").query().isVisible());
    }

    @Test
    void theReaderDefinesASuggestedTermAndItIsMarkedAtOnce(FxRobot robot) {
        robot.clickOn("Glossary");
        robot.clickOn("Suggest");
        ListCell<?> eu = cellOf(robot, "#candidateList", "Suggested term: European Union");
        String section = ((Candidate) eu.getItem()).sectionIds().get(0);
        robot.doubleClickOn(eu);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("European Union", robot.lookup("#defineTerm").queryAs(javafx.scene.control.TextField.class).getText());
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#defineError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Write a definition for 'European Union'.", error.getText());

        robot.clickOn("#defineAliases").write("EU");
        robot.interact(() -> robot.lookup("#defineDefinition").queryAs(TextArea.class)
                .setText("The European Union is a political and economic union of European states."));
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#defineTerm").tryQuery().isEmpty(), "the dialog closed");
        Term chosen = termList(robot).getSelectionModel().getSelectedItem();
        assertEquals("European Union", chosen.term());
        assertEquals("European Union", robot.lookup(".glossary-term-name").queryAs(Label.class).getText());
        robot.interact(() -> model.openSection(section));
        assertTrue(articleView(robot).textBlocks().stream().anyMatch(b -> b.highlighted(ArticleTerms.LAYER).stream()
                .anyMatch(r -> b.text().substring(r.start(), r.end()).equals("European Union"))));
    }

    /** Clicks the marked words of a term in the first article, and waits for the popover. */
    private static void clickMark(FxRobot robot, String words) {
        TextBlock block = articleView(robot).textBlocks().stream()
                .filter(b -> b.highlighted(ArticleTerms.LAYER).stream()
                        .anyMatch(r -> b.text().substring(r.start(), r.end()).equals(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no mark on " + words));
        TextRange range = block.highlighted(ArticleTerms.LAYER).stream()
                .filter(r -> block.text().substring(r.start(), r.end()).equals(words)).findFirst().orElseThrow();
        robot.clickOn(centre(block.screenBoundsOf(range.start(), range.end())));
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".term-popover").tryQuery()
                    .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no popover for " + words, e);
        }
    }

    /**
     * Asks for the article's context menu at a point of a block, as a right-click does on a desktop
     * (Monocle's headless platform turns no click into a context-menu request).
     */
    private static void requestContextMenu(FxRobot robot, TextBlock block, Point2D screen) {
        robot.moveTo(screen);
        robot.interact(() -> {
            Point2D scene = block.getScene().getRoot().screenToLocal(screen);
            Node target = articleView(robot).getContent();
            javafx.event.Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false,
                    new PickResult(block, scene.getX(), scene.getY())));
        });
    }

    private static long markCount(FxRobot robot) {
        return articleView(robot).textBlocks().stream().mapToLong(b -> b.highlighted(ArticleTerms.LAYER).size()).sum();
    }

    private static TextBlock blockContaining(FxRobot robot, String text) {
        return articleView(robot).textBlocks().stream().filter(b -> b.text().contains(text)).findFirst().orElseThrow();
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Term> termList(FxRobot robot) {
        return robot.lookup("#termList").queryAs(ListView.class);
    }

    private static ListCell<?> cellOf(FxRobot robot, String list, String accessibleStart) {
        return robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getAccessibleText() != null
                        && c.getAccessibleText().startsWith(accessibleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + accessibleStart + " in " + list));
    }

    private static ArticleView articleView(FxRobot robot) {
        return robot.lookup(".article-view").queryAs(ArticleView.class);
    }
}
