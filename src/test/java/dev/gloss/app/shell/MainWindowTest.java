package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import javafx.geometry.Bounds;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private ReaderState model;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path dataDir;

    @Start
    void start(Stage stage) {
        model = TestWindows.show(stage, dataDir);
    }

    @Test
    void sidebarListsTheFiveArticlesAndOpensOnTheFirst(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".tree-view").queryAs(TreeView.class);
        assertEquals(5, tree.getRoot().getChildren().size());
        assertEquals("The Crucial Role of Vitamin K2 in Bone Health and Heart Protection",
                articleView(robot).article().orElseThrow().title());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedLibraryKeepsTheRowsOfUnchangedArticlesAsTheyWereAndAddsTheNewOnes(FxRobot robot) {
        TreeView<Object> tree = robot.lookup(".sidebar .tree-view").queryAs(TreeView.class);
        javafx.scene.control.TreeItem<Object> second = tree.getRoot().getChildren().get(1);
        robot.interact(() -> second.setExpanded(true));
        var library = model.libraryProperty().get();
        var added = new dev.gloss.core.model.Article("added", "An added article", List.of(new dev.gloss.core.model.Section(
                "added/one", "One", dev.gloss.core.model.TitleKind.HEADING,
                List.of(dev.gloss.core.model.Paragraph.of("Some text.")))), new dev.gloss.core.model.Article.Origin("a.txt", "text"));
        List<dev.gloss.core.model.Article> articles = new java.util.ArrayList<>(library.articles());
        articles.add(added);
        robot.interact(() -> model.replaceLibrary(new dev.gloss.core.library.Library(articles)));
        assertEquals(6, tree.getRoot().getChildren().size());
        assertTrue(tree.getRoot().getChildren().get(1) == second, "the unchanged article's row is the same row");
        assertTrue(second.isExpanded(), "and stays expanded");
        assertEquals(added, tree.getRoot().getChildren().get(5).getValue());
    }

    @Test
    void choosingAnArticleShowsItsTitleAndFirstHeading(FxRobot robot) {
        robot.clickOn("Library");
        robot.clickOn(cell(robot, "Can Vitamin K2 Be the Key to Removing Calcium from Soft Tissue?"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".article-view .text-block").queryAllAs(TextBlock.class).stream()
                .filter(TextBlock::isVisible).map(TextBlock::text).toList();
        assertEquals("Can Vitamin K2 Be the Key to Removing Calcium from Soft Tissue?", shown.get(0));
        List<String> headings = robot.lookup(".article-view .section-heading").queryAllAs(TextBlock.class).stream()
                .map(TextBlock::text).toList();
        assertEquals("Understanding Vitamin K2", headings.get(0));
        assertTrue(robot.lookup(".status-bar .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().matches("[0-9,]+ words · \\d+ minutes? of reading")));
    }

    @Test
    void choosingASectionScrollsItIntoView(FxRobot robot) {
        robot.clickOn("Library");
        robot.clickOn(cell(robot, "How Vitamin K2 Supports Mental Health along the Gut-Brain Axis"));
        robot.clickOn(cell(robot, "Microbiome in the gut and vitamin K2"));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView view = articleView(robot);
        String id = "vitamin-k2-and-the-gut-brain-axis/microbiome-in-the-gut-and-vitamin-k2";
        double offset = view.sectionOffsetFromTop(id).orElseThrow();
        assertTrue(offset >= -1 && offset < 60, "the section starts at the top of the view, offset " + offset);
        assertTrue(view.getVvalue() > 0.3, "the view has scrolled down");
        assertEquals(id, model.currentSectionProperty().get().id());
    }

    @Test
    void textCanBeSelectedWithTheMouse(FxRobot robot) {
        ArticleView view = articleView(robot);
        TextBlock paragraph = robot.lookup(".article-view .paragraph").queryAllAs(TextBlock.class).iterator().next();
        Bounds b = paragraph.localToScreen(paragraph.getLayoutBounds());
        robot.drag(b.getMinX() + 2, b.getMinY() + 8).dropTo(b.getMinX() + 200, b.getMinY() + 8);
        WaitForAsyncUtils.waitForFxEvents();
        String selected = view.selectedText();
        assertFalse(selected.isEmpty(), "dragging selects text");
        assertTrue(paragraph.text().startsWith(selected), selected);
        robot.interact(view::selectAll);
        assertTrue(view.selectedText().startsWith(view.article().orElseThrow().title() + "\n"));
        assertTrue(view.selectedText().endsWith("let alone thrombosis."));
    }

    @Test
    void contentsFollowTheSectionBeingRead(FxRobot robot) {
        robot.interact(() -> model.openSection("vitamin-k2-for-bones-and-heart/how-safe-is-vitamin-k2"));
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> contents = robot.lookup("#contentsList").queryAs(TreeView.class);
        assertEquals("How safe is vitamin K2?",
                ((dev.gloss.core.model.Section) contents.getSelectionModel().getSelectedItem().getValue()).title());
        robot.interact(() -> articleView(robot).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        // The untitled opening has no row of its own: the article's title above the tree stands for it.
        assertEquals("vitamin-k2-for-bones-and-heart/introduction", model.currentSectionProperty().get().id());
        assertTrue(contents.getSelectionModel().isEmpty());
        assertTrue(robot.lookup("#articleTitle").query().getStyleClass().contains("contents-current"));
    }

    @Test
    void altLeftAndAltRightGoBackAndForward(FxRobot robot) {
        robot.clickOn("Library");
        robot.clickOn(cell(robot, "The Power of Vitamin K2 in Treating Skin Conditions"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vitamin-k2-and-skin-conditions", articleView(robot).article().orElseThrow().id());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vitamin-k2-for-bones-and-heart", articleView(robot).article().orElseThrow().id());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vitamin-k2-and-skin-conditions", articleView(robot).article().orElseThrow().id());
    }

    @Test
    void ctrlPlusAndCtrlZeroChangeTheTextSize(FxRobot robot) {
        javafx.scene.text.Text text = robot.lookup(".article-view .paragraph .run").queryAs(javafx.scene.text.Text.class);
        double before = text.getFont().getSize();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("A+");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 1.2, text.getFont().getSize(), 0.2);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, text.getFont().getSize(), 0.01);
    }

    @Test
    void ctrlFFindsAndCountsMatches(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        robot.write("osteocalcin");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label count = robot.lookup(".find-count").queryAs(javafx.scene.control.Label.class);
        assertEquals("1 of 3", count.getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("2 of 3", count.getText());
        robot.type(javafx.scene.input.KeyCode.F3);
        robot.type(javafx.scene.input.KeyCode.F3);
        assertEquals("1 of 3", count.getText());
        long marked = articleView(robot).textBlocks().stream().mapToLong(b -> b.highlighted("find").size()).sum();
        assertEquals(3, marked);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(robot.lookup(".find-bar").query().isVisible());
        assertEquals(0, articleView(robot).textBlocks().stream().mapToLong(b -> b.highlighted("find").size()).sum());
    }

    @Test
    void choosingATopicListsItsSectionsAndOpensOne(FxRobot robot) {
        robot.clickOn("Topics");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Skin (")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> sections = robot.lookup("#topicSections").queryAs(javafx.scene.control.ListView.class);
        assertEquals(5, sections.getItems().size());
        robot.clickOn(robot.lookup("#topicSections .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getAccessibleText().startsWith("Section: The Role of Vitamin K2 in Skin Health"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vitamin-k2-and-skin-conditions/the-role-of-vitamin-k2-in-skin-health",
                model.currentSectionProperty().get().id());
        assertEquals("vitamin-k2-and-skin-conditions", articleView(robot).article().orElseThrow().id());
    }

    @Test
    void clickingATopicChipOpensThatTopic(FxRobot robot) {
        robot.clickOn(robot.lookup(".topic-chip").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Food sources")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> topics = robot.lookup("#topicList").queryAs(javafx.scene.control.ListView.class);
        assertEquals("food-sources", ((dev.gloss.app.topics.TopicsViewModel.TopicRow) topics.getSelectionModel()
                .getSelectedItem()).topic().id());
        assertTrue(robot.lookup("#topicSections").queryAs(javafx.scene.control.ListView.class).getItems().size() >= 3);
    }

    private static ArticleView articleView(FxRobot robot) {
        return robot.lookup(".article-view").queryAs(ArticleView.class);
    }

    private static TreeCell<?> cell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no sidebar row " + text));
    }
}
