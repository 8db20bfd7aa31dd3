package dev.gloss.app.find;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.shell.WordInEveryBlock;
import dev.gloss.app.tasks.Background;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+F in an article with the word in every kind of block, and in rows of a long table not shown yet. */
@ExtendWith(ApplicationExtension.class)
class FindWindowTest {
    private static final String ALL = "find";
    private static final String CURRENT = "find-current";
    private static final List<String> TEXTS = WordInEveryBlock.TEXTS;

    @TempDir
    static Path dataDir;

    private ArticleView view;

    @Start
    void start(Stage stage) {
        TestWindows.show(stage, dataDir, Background.sameThread(), WordInEveryBlock.source(), Background.sameThread());
    }

    private Optional<TextBlock> block(String text) {
        return view.textBlocks().stream().filter(b -> b.text().equals(text)).findFirst();
    }

    private static TextRange wordIn(String text) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(WordInEveryBlock.WORD);
        return new TextRange(at, at + WordInEveryBlock.WORD.length());
    }

    /** The find bar's count, read on the FX thread: rows arriving frame by frame change the scene meanwhile. */
    private String count(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) view.getScene().lookup(".find-count")).getText())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Whether the line of a block's character is inside the article's viewport. */
    private boolean inView(TextBlock block, int offset) {
        Bounds viewport = view.localToScene(view.getLayoutBounds());
        Point2D line = block.localToScene(0, block.lineTopOf(offset));
        return line.getY() >= viewport.getMinY() && line.getY() + 10 <= viewport.getMaxY();
    }

    @Test
    void everyMatchInEveryKindOfBlockIsCountedMarkedAndVisitedInReadingOrder(FxRobot robot) throws Exception {
        view = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".article-view").queryAs(ArticleView.class))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(WordInEveryBlock.WORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of " + TEXTS.size(), count(robot), "a match in rows not shown yet counts too");
        for (String text : TEXTS.subList(0, TEXTS.size() - 1)) {
            assertEquals(List.of(wordIn(text)), block(text).orElseThrow().highlighted(ALL), text);
        }
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            int match = i;
            if (i > 0) {
                robot.type(i % 2 == 0 ? KeyCode.ENTER : KeyCode.F3);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals((i + 1) + " of " + TEXTS.size(), count(robot));
            // The match in rows not shown yet: its rows are shown, a few a frame, then it is marked and in view.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> block(text)
                    .map(b -> b.highlighted(CURRENT).equals(List.of(wordIn(text))) && inView(b, wordIn(text).start()))
                    .orElse(false)).get());
            robot.interact(() -> {
                long current = view.textBlocks().stream().mapToLong(b -> b.highlighted(CURRENT).size()).sum();
                assertEquals(1, current, "one current match, at " + match);
            });
        }
        robot.interact(() -> assertEquals(List.of(wordIn(TEXTS.get(TEXTS.size() - 1))),
                block(TEXTS.get(TEXTS.size() - 1)).orElseThrow().highlighted(ALL), "the late row's match is marked"));
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of " + TEXTS.size(), count(robot), "after the last, the first again");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TEXTS.size() + " of " + TEXTS.size(), count(robot), "Shift+Enter goes back");
    }

    @Test
    void findGoesOnFromWhereTheReaderIsNotFromTheTop(FxRobot robot) throws Exception {
        view = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".article-view").queryAs(ArticleView.class))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        robot.interact(() -> view.scrollToSection(WordInEveryBlock.DATA));
        WaitForAsyncUtils.waitForFxEvents();
        double reading = WaitForAsyncUtils.asyncFx(view::getVvalue).get(10, TimeUnit.SECONDS);
        assertTrue(reading > 0.05, "the reader is well into the article: " + reading);
        // The first match on a line at or below the top of the view, wherever the view stands now.
        int expected = WaitForAsyncUtils.asyncFx(() -> {
            double top = view.localToScene(view.getLayoutBounds()).getMinY();
            for (int i = 0; i < TEXTS.size(); i++) {
                Optional<TextBlock> b = block(TEXTS.get(i));
                if (b.isEmpty() || b.get().localToScene(0, b.get().lineTopOf(wordIn(TEXTS.get(i)).start())).getY() >= top - 1) {
                    return i;
                }
            }
            return 0;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(expected > 0, "matches above the view: " + expected);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(WordInEveryBlock.WORD);
        WaitForAsyncUtils.waitForFxEvents();
        int shownRow = expected;
        assertEquals((shownRow + 1) + " of " + TEXTS.size(), count(robot),
                "the first match on the page being read, not the article's first");
        String row = TEXTS.get(shownRow);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> block(row)
                .map(b -> b.highlighted(CURRENT).equals(List.of(wordIn(row)))).orElse(false)).get());
        robot.interact(() -> assertTrue(view.getVvalue() >= reading - 0.01,
                "the view did not go back to the top: " + view.getVvalue()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((shownRow + 1) % TEXTS.size() + 1 + " of " + TEXTS.size(), count(robot), "Enter goes on from there");
    }
}
