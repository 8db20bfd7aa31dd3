package dev.gloss.app;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.article.TextRange;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The app as a reader starts it, driven as in the report of the process that stayed behind: the
 * pointer rests on a marked term until its popover shows, Esc closes the popover, Ctrl+Q quits.
 * Run in a JVM of its own by {@link QuitEndsTheProcessTest}; it prints each step it reached, and
 * then returns from {@code main} without calling {@code System.exit}, so that the JVM ends only if
 * no thread of the app is left.
 */
public final class QuitAfterPopover {
    private QuitAfterPopover() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Thread driver = new Thread(() -> {
            try {
                drive();
            } catch (Throwable e) {
                System.out.println("failed: " + e);
                e.printStackTrace(System.out);
                Platform.exit();
            }
        }, "quit-test-driver");
        driver.setDaemon(true);
        driver.start();
        GlossApp.launchWindow(dataDir);
        System.out.println("launch returned");
    }

    private static void drive() throws Exception {
        // The first article with its glossary marks drawn.
        TextBlock[] block = new TextBlock[1];
        TextRange[] range = new TextRange[1];
        await("a marked term", () -> {
            Optional<ArticleView> view = mainStage().map(s -> (ArticleView) s.getScene().lookup(".article-view"));
            if (view.isEmpty()) {
                return false;
            }
            Bounds viewport = view.get().localToScreen(view.get().getLayoutBounds());
            for (TextBlock b : view.get().textBlocks()) {
                for (TextRange r : b.highlighted("term")) {
                    Bounds words = b.screenBoundsOf(r.start(), r.end());
                    if (viewport.contains(words.getCenterX(), words.getCenterY())) {
                        block[0] = b;
                        range[0] = r;
                        return true;
                    }
                }
            }
            return false;
        });
        Bounds words = onFx(() -> block[0].screenBoundsOf(range[0].start(), range[0].end()));
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(words.getMinX() + 2, words.getCenterY());
            robot.mouseMove(words.getCenterX(), words.getCenterY());
            return null;
        });
        await("the popover", () -> popover().isPresent());
        System.out.println("popover shown");
        keys(KeyCode.ESCAPE);
        await("the popover closed", () -> popover().isEmpty());
        System.out.println("popover closed");
        keys(KeyCode.CONTROL, KeyCode.Q);
        System.out.println("quit pressed");
    }

    /** Presses the keys in order and lets them go in reverse, as fingers do. */
    private static void keys(KeyCode... codes) throws Exception {
        onFx(() -> {
            Robot robot = new Robot();
            for (KeyCode code : codes) {
                robot.keyPress(code);
            }
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.keyRelease(codes[i]);
            }
            return null;
        });
    }

    private static Optional<Stage> mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null)
                .map(w -> (Stage) w).findFirst();
    }

    private static Optional<Window> popover() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".term-popover") != null).findFirst();
    }

    /** Asks the FX thread, again and again, until it says yes; a step not reached in 60 s fails. */
    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(onFx(condition))) {
                    return;
                }
            } catch (IllegalStateException notStartedYet) {
                // JavaFX is still starting.
            }
            Thread.onSpinWait();
            Thread.sleep(50);
        }
        throw new IllegalStateException("not reached: " + what);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
