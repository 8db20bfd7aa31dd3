package dev.gloss.app.glossary;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.core.library.BundledLibrary;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The glossary's rough edges: the entry cut mid-line and the first term half hidden, Look Up
 * taking the wrong term for a word inside a longer one, popovers over dialogs, and the Define…
 * form jumping when it shows an error.
 */
@ExtendWith(ApplicationExtension.class)
class GlossaryEdgesWindowTest {
    private static final String WHAT_IS_K2 = "vitamin-k2-for-bones-and-heart/what-is-vitamin-k2";

    @TempDir
    Path dataDir;

    private ReaderState model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.show(stage, dataDir);
    }

    @BeforeEach
    void waitForTheGlossary(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#glossaryStatus").query().isVisible());
    }

    private static ArticleView articleView(FxRobot robot) {
        return robot.lookup(".article-view").queryAs(ArticleView.class);
    }

    @Test
    void theChosenTermsEntryIsWholeAndItsRowIsNotHalfHidden(FxRobot robot) {
        robot.interact(() -> model.termRequests().send("osteocalcin"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane entry = robot.lookup(".glossary-entry-scroll").queryAs(ScrollPane.class);
            Node content = entry.getContent();
            assertTrue(entry.getViewportBounds().getHeight() + 0.5 >= content.getLayoutBounds().getHeight(),
                    "the entry is not cut: " + entry.getViewportBounds().getHeight() + " for "
                            + content.getLayoutBounds().getHeight() + " in a panel of "
                            + robot.lookup("#glossarySplit").query().getLayoutBounds().getHeight());
            ListView<?> terms = robot.lookup("#termList").queryAs(ListView.class);
            Bounds list = terms.localToScene(terms.getLayoutBounds());
            for (Node cell : terms.lookupAll(".list-cell")) {
                if (cell instanceof ListCell<?> c && c.isSelected() && c.isVisible()) {
                    Bounds row = c.localToScene(c.getLayoutBounds());
                    assertTrue(row.getMinY() + 0.5 >= list.getMinY() && row.getMaxY() - 0.5 <= list.getMaxY(),
                            "the chosen term's row is whole in the list");
                }
            }
        });
    }

    @Test
    void atEightHundredBySixHundredALongEntryIsReadWholeAndTheFilterBringsTheTermsBack(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        try {
            // The longest explanation of the bundled glossary, shown from the article as Look Up shows it.
            robot.interact(() -> model.termRequests().send("gamma-carboxylation"));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane entry = robot.lookup(".glossary-entry-scroll").queryAs(ScrollPane.class);
            ListView<?> terms = robot.lookup("#termList").queryAs(ListView.class);
            robot.interact(() -> {
                Node explanation = entry.getContent().lookup(".glossary-explanation");
                Bounds shown = entry.localToScene(entry.getLayoutBounds());
                Bounds text = explanation.localToScene(explanation.getLayoutBounds());
                assertTrue(text.getMaxY() <= shown.getMaxY() + 0.5 && entry.getVvalue() == 0,
                        "the explanation is whole, not cut mid-line: it ends at " + text.getMaxY() + ", the entry at "
                                + shown.getMaxY() + " (terms " + terms.getHeight() + " px)");
            });
            robot.clickOn("#glossaryFilter").write("vit");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> assertTrue(terms.getHeight() >= 60, "the terms are back while the reader looks for one: "
                    + terms.getHeight()));
        } finally {
            robot.interact(() -> {
                robot.lookup("#glossaryFilter").queryAs(javafx.scene.control.TextField.class).clear();
                stage.setWidth(1200);
                stage.setHeight(800);
            });
        }
    }

    @Test
    void lookUpOfAWordInsideAMarkedTermOpensThatTerm(FxRobot robot) {
        String text = BundledLibrary.load().section(WHAT_IS_K2).orElseThrow().plainText();
        int at = text.indexOf("Vitamin K2, also known");
        assertTrue(at >= 0);
        robot.interact(() -> model.openSection(WHAT_IS_K2));
        robot.interact(() -> articleView(robot).revealInSection(WHAT_IS_K2, at, at + "Vitamin".length()));
        assertEquals("Vitamin", articleView(robot).selectedText());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vitamin-k2", model.termRequests().latest().orElse(null),
                "the term the selection stands in, not another that begins with the word");
    }

    private static void clickFirstMark(FxRobot robot) {
        TextBlock block = articleView(robot).textBlocks().stream()
                .filter(b -> !b.highlighted(ArticleTerms.LAYER).isEmpty()).findFirst().orElseThrow();
        TextRange range = block.highlighted(ArticleTerms.LAYER).get(0);
        Bounds words = block.screenBoundsOf(range.start(), range.end());
        robot.clickOn(new Point2D(words.getCenterX(), words.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean popoverShowing(FxRobot robot) {
        return robot.lookup(".term-popover").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void noPopoverAboveADialog(FxRobot robot) throws Exception {
        clickFirstMark(robot);
        assertTrue(popoverShowing(robot), "a click on a term opens its popover");
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> {
            Stage modal = new Stage();
            modal.initOwner(stage);
            modal.initModality(Modality.WINDOW_MODAL);
            modal.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
            modal.setX(stage.getX() + stage.getWidth() - 220);
            modal.setY(stage.getY() + stage.getHeight() - 120);
            modal.show();
            return modal;
        }).get(5, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(popoverShowing(robot), "a dialog that opens closes the popover");
            clickFirstMark(robot);
            assertFalse(popoverShowing(robot), "no popover opens while a dialog is open");
        } finally {
            robot.interact(dialog::close);
        }
    }

    @Test
    void theDefineFormKeepsItsSizeWhenItsErrorAppears(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.clickOn("#defineButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        Stage dialog = (Stage) pane.getScene().getWindow();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            double height = WaitForAsyncUtils.asyncFx(() -> pane.getHeight()).get(5, TimeUnit.SECONDS);
            Node form = pane.getContent();
            double formHeight = WaitForAsyncUtils.asyncFx(() -> form.getLayoutBounds().getHeight()).get(5, TimeUnit.SECONDS);
            robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(DefineTermDialog.SAVE)).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.lookup("#defineError").isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                assertFalse(((javafx.scene.control.Label) pane.lookup("#defineError")).getText().isBlank());
                assertEquals(formHeight, form.getLayoutBounds().getHeight(), 0.5, "the form does not jump");
                assertEquals(height, pane.getHeight(), 0.5);
            });
        } finally {
            robot.interact(dialog::close);
        }
    }

}
