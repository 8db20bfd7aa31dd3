package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.Theme;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading across a restart, in the window with its settings file: the exact place in an article
 * comes back (and a short one opens at its title), the Contents highlight and the status bar name
 * the section at the top after a restore and after a resize (issue 14, defect 9), progress shows in
 * the status bar and the library, the reading settings and theme are remembered, and highlights show
 * their colours in the text and the Bookmarks tab.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingSessionWindowTest {
    @TempDir
    Path dataDir;

    private ReaderSession open(Stage stage) throws Exception {
        ReaderSession session = WaitForAsyncUtils.asyncFx((Callable<ReaderSession>) () -> {
            ReaderSession opened = ReaderSession.open(stage, dataDir, Background.sameThread(), ReadingFixtures.source(),
                    Optional.empty(), () -> { });
            stage.show();
            return opened;
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return session;
    }

    private static Stage newStage() throws Exception {
        return WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
    }

    private static void close(FxRobot robot, Stage stage, ReaderSession session) {
        robot.interact(() -> {
            stage.close();
            session.close();
        });
    }

    private static ArticleView view(FxRobot robot, Stage stage) {
        return robot.from(stage.getScene().getRoot()).lookup(".article-view").queryAs(ArticleView.class);
    }

    private static String label(FxRobot robot, Stage stage, String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    /** The section whose text is at the top of the view, as the view itself measures it. */
    private static String sectionAtTop(ArticleView view) {
        return view.topAnchor().sectionId().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> contentsHighlight(FxRobot robot, Stage stage) {
        TreeView<Section> tree = robot.from(stage.getScene().getRoot()).lookup("#contentsList").queryAs(TreeView.class);
        return Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(i -> i.getValue().id());
    }

    /** Defect 9, and the exact place: after a restart the same character is on the view's top line. */
    @Test
    void theExactPlaceComesBackAndContentsAndStatusNameTheSectionAtTheTop(FxRobot robot) throws Exception {
        Stage firstStage = newStage();
        ReaderSession first = open(firstStage);
        ArticleView view = view(robot, firstStage);
        robot.interact(() -> view.setVvalue(0.47));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView.Anchor left = WaitForAsyncUtils.asyncFx(view::topAnchor).get();
        assertTrue(left.offset() > 0, "a character in a section's text, not a heading: " + left);
        close(robot, firstStage, first);
        assertTrue(Files.readString(dataDir.resolve("settings.json")).contains("\"offset\" : " + left.offset()));

        Stage secondStage = newStage();
        ReaderSession second = open(secondStage);
        ArticleView again = view(robot, secondStage);
        ArticleView.Anchor back = WaitForAsyncUtils.asyncFx(again::topAnchor).get();
        assertEquals(left.sectionId(), back.sectionId());
        assertTrue(Math.abs(back.offset() - left.offset()) < 80, "the same line at the top: " + left + " then " + back);
        checkSectionNamed(robot, secondStage, second, again);

        // A resize moves the lines, not the reader: the same text stays at the top, and is named.
        robot.interact(() -> secondStage.setWidth(820));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView.Anchor narrow = WaitForAsyncUtils.asyncFx(again::topAnchor).get();
        assertEquals(left.sectionId(), narrow.sectionId());
        assertTrue(Math.abs(narrow.offset() - left.offset()) < 80, "after the resize: " + narrow);
        checkSectionNamed(robot, secondStage, second, again);
        close(robot, secondStage, second);
    }

    private static void checkSectionNamed(FxRobot robot, Stage stage, ReaderSession session, ArticleView view)
            throws Exception {
        String top = WaitForAsyncUtils.asyncFx(() -> sectionAtTop(view)).get();
        Section section = session.model().libraryProperty().get().section(top).orElseThrow();
        assertEquals(top, session.model().currentSectionProperty().get().id(), "the section being read");
        assertEquals(Optional.of(top), contentsHighlight(robot, stage), "the Contents highlight");
        assertEquals(section.title(), label(robot, stage, "#sectionStatus"), "the status bar's section");
        Article article = session.model().currentArticleProperty().get();
        String progress = label(robot, stage, "#progressStatus");
        assertTrue(progress.startsWith("section " + (article.sections().indexOf(section) + 1) + " of "
                + article.sections().size() + " · "), progress);
    }

    /** A short article, and a long one left at its top, open with the title in view, not cut off. */
    @Test
    void anArticleLeftAtItsTopOpensAtItsTitle(FxRobot robot) throws Exception {
        Stage stage = newStage();
        ReaderSession session = open(stage);
        ArticleView view = view(robot, stage);
        robot.interact(() -> session.model().openArticle(ReadingFixtures.SHORT));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.model().openArticle(ReadingFixtures.LONG));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getVvalue(), "the long article was left at its top");
        robot.interact(() -> view.setVvalue(0.3));
        robot.interact(() -> view.setVvalue(0));
        close(robot, stage, session);

        Stage again = newStage();
        ReaderSession reopened = open(again);
        ArticleView second = view(robot, again);
        assertEquals(0, second.getVvalue(), "reopened at the top");
        javafx.scene.Node title = robot.from(again.getScene().getRoot()).lookup(".article-title").query();
        assertTrue(title.localToScene(title.getLayoutBounds()).getMinY()
                >= second.localToScene(second.getLayoutBounds()).getMinY(), "the title is not cut off");
        assertTrue(again.getScene().getRoot().lookup("#articleTitle").getStyleClass().contains("contents-current"),
                "the Contents' title stands for the untitled opening being read");
        close(robot, again, reopened);
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressShowsInTheStatusBarAndTheLibrary(FxRobot robot) throws Exception {
        Stage stage = newStage();
        ReaderSession session = open(stage);
        ArticleView view = view(robot, stage);
        robot.interact(() -> view.setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        String half = label(robot, stage, "#progressStatus");
        int percent = Integer.parseInt(half.replaceAll(".* · (\\d+) %$", "$1"));
        assertTrue(percent > 40 && percent < 80, half);
        robot.interact(() -> session.model().openArticle(ReadingFixtures.SHORT));
        // Laid out over the next frames: on a busy machine, more of them than waitForFxEvents lets pass.
        try {
            WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                    () -> label(robot, stage, "#progressStatus").endsWith("· 100 %"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a short article is on screen whole: " + label(robot, stage, "#progressStatus"));
        }
        close(robot, stage, session);

        Stage again = newStage();
        ReaderSession reopened = open(again);
        robot.interact(() -> ((javafx.scene.control.TabPane) again.getScene().getRoot().lookup("#sidebar"))
                .getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeCell<Object>> cells = robot.from(again.getScene().getRoot()).lookup("#libraryTree .tree-cell")
                .queryAllAs(TreeCell.class).stream().map(c -> (TreeCell<Object>) c)
                .filter(c -> c.getItem() instanceof Article).toList();
        assertEquals(percent + " %", progressOf(cells, ReadingFixtures.LONG), "started, with how far");
        assertEquals("finished", progressOf(cells, ReadingFixtures.SHORT));
        assertEquals("unread", progressOf(cells, ReadingFixtures.UNREAD));
        close(robot, again, reopened);
    }

    @Test
    void aLongArticleOpenedAfterAShortOneIsNotReadToItsEndTheMomentItOpens(FxRobot robot) throws Exception {
        Stage stage = newStage();
        ReaderSession session = open(stage);
        // The long article opens first, at its title; the reader looks at the short one, and comes back.
        String before = session.model().positions().progressLabel(ReadingFixtures.LONG);
        assertFalse(before.equals("finished"), before);
        robot.interact(() -> session.model().openArticle(ReadingFixtures.SHORT));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.model().openArticle(ReadingFixtures.LONG));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            robot.interact(() -> {
                // Measured on its own page, not on the short article's, which fits the view.
                String progress = session.model().positions().progressLabel(ReadingFixtures.LONG);
                assertFalse(progress.equals("finished"), "back at its title, not read to its end: " + progress);
                assertFalse(label(robot, stage, "#progressStatus").endsWith("· 100 %"), label(robot, stage, "#progressStatus"));
            });
        } finally {
            close(robot, stage, session);
        }
    }

    private static String progressOf(List<TreeCell<Object>> cells, String articleId) {
        return cells.stream().filter(c -> ((Article) c.getItem()).id().equals(articleId)).findFirst()
                .map(c -> ((Label) c.getGraphic().lookup(".article-progress")).getText()).orElseThrow(() -> new AssertionError(articleId + " not listed"));
    }

    @Test
    void readingSettingsChosenInThePopoverAreRememberedWithTheTheme(FxRobot robot) throws Exception {
        Stage stage = newStage();
        ReaderSession session = open(stage);
        robot.targetWindow(stage);
        robot.clickOn(".reading-button");
        WaitForAsyncUtils.waitForFxEvents();
        Slider size = robot.lookup(".reading-panel").queryAs(Parent.class).lookupAll(".slider").stream()
                .map(Slider.class::cast).filter(s -> "Text size".equals(s.getAccessibleText())).findFirst().orElseThrow();
        Slider column = robot.lookup(".reading-panel").queryAs(Parent.class).lookupAll(".slider").stream()
                .map(Slider.class::cast).filter(s -> s.getAccessibleText().startsWith("Column")).findFirst().orElseThrow();
        robot.interact(() -> {
            size.setValue(21);
            column.setValue(58);
        });
        robot.clickOn("Sepia");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(21, session.model().readingProperty().get().fontSize());
        assertEquals(Theme.SEPIA, session.theme().choiceProperty().get());
        javafx.scene.text.Text run = robot.from(stage.getScene().getRoot()).lookup(".article-view .paragraph .run")
                .queryAs(javafx.scene.text.Text.class);
        assertEquals(21, run.getFont().getSize(), 0.01, "applied at once");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        close(robot, stage, session);

        Stage again = newStage();
        ReaderSession reopened = open(again);
        ReadingSettings kept = reopened.model().readingProperty().get();
        assertEquals(21, kept.fontSize());
        assertEquals(58, kept.columnWidth());
        assertEquals(Theme.SEPIA, reopened.theme().choiceProperty().get());
        assertTrue(again.getScene().getRoot().getStyleClass().contains("theme-sepia"));
        close(robot, again, reopened);
    }

    @Test
    void highlightsShowTheirColourInTheTextAndTheBookmarksTabFiltersByIt(FxRobot robot) throws Exception {
        Stage stage = newStage();
        ReaderSession session = open(stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.bookmarks().readyProperty().get());
        Section parsing = session.model().libraryProperty().get().section(ReadingFixtures.LONG + "/parsing").orElseThrow();
        String text = parsing.plainText();
        int a = text.indexOf("parser");
        int b = text.indexOf("scopes");
        robot.interact(() -> {
            session.bookmarks().addPassage(parsing.id(), a, a + 6, "", HighlightColour.GREEN);
            session.bookmarks().addPassage(parsing.id(), b, b + 6, "Look up dynamic scope.", HighlightColour.PINK);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView view = view(robot, stage);
        assertTrue(view.textBlocks().stream().anyMatch(t -> !t.highlighted("bookmark-green").isEmpty()), "green in the text");
        assertTrue(view.textBlocks().stream().anyMatch(t -> !t.highlighted("bookmark-pink").isEmpty()), "pink in the text");
        javafx.scene.shape.Shape green = (javafx.scene.shape.Shape) view.lookupAll(".highlight-bookmark-green").stream()
                .filter(n -> !((javafx.scene.shape.Path) n).getElements().isEmpty()).findFirst().orElseThrow();
        assertEquals(javafx.scene.paint.Color.web("#bfeab8"), green.getFill());

        robot.interact(() -> ((javafx.scene.control.TabPane) stage.getScene().getRoot().lookup("#sidebar"))
                .getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, bookmarkCells(robot, stage).size());
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".colour-filter .toggle-button").nth(3)
                .queryAs(javafx.scene.control.ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> pink = bookmarkCells(robot, stage);
        assertEquals(1, pink.size(), "only the pink one");
        assertTrue(pink.get(0).getAccessibleText().endsWith("Colour: pink"), pink.get(0).getAccessibleText());
        close(robot, stage, session);
    }

    @SuppressWarnings("unchecked")
    private static List<ListCell<?>> bookmarkCells(FxRobot robot, Stage stage) {
        List<ListCell<?>> cells = new java.util.ArrayList<>();
        for (ListCell<?> c : robot.from(stage.getScene().getRoot()).lookup("#bookmarkList .list-cell").queryAllAs(ListCell.class)) {
            if (c.getItem() instanceof dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow) {
                cells.add(c);
            }
        }
        return cells;
    }
}
