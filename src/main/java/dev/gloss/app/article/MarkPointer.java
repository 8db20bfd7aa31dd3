package dev.gloss.app.article;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mouse over interactive marks: a click on one activates it, and so does resting on one for a
 * second; passing over marks does nothing, so popovers never open as the pointer crosses the text,
 * and a key pressed anywhere in the window (typing) cancels the rest until the pointer moves again.
 */
final class MarkPointer {
    static final Duration REST = Duration.millis(1000);

    private final ArticleView view;
    private final PauseTransition rest = new PauseTransition(REST);
    private Consumer<ArticleView.MarkHit> onActivated = hit -> { };
    private ArticleView.MarkHit under;
    private double pressX;
    private double pressY;

    MarkPointer(ArticleView view) {
        this.view = view;
        rest.setOnFinished(e -> {
            if (under != null) {
                onActivated.accept(under);
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> leave());
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getScreenX();
            pressY = e.getScreenY();
            rest.stop();
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> typing = e -> rest.stop();
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, typing);
            }
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, typing);
            }
        });
    }

    void setOnActivated(Consumer<ArticleView.MarkHit> handler) {
        this.onActivated = handler;
    }

    private void moved(MouseEvent e) {
        Optional<ArticleView.MarkHit> hit = hitAt(e);
        ArticleView.MarkHit now = hit.orElse(null);
        if (now == null) {
            leave();
            return;
        }
        view.setCursor(Cursor.HAND);
        if (under == null || !under.range().equals(now.range()) || under.block() != now.block()) {
            under = now;
            rest.playFromStart();
        }
    }

    private void clicked(MouseEvent e) {
        boolean dragged = Math.abs(e.getScreenX() - pressX) > 3 || Math.abs(e.getScreenY() - pressY) > 3;
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || dragged) {
            return;
        }
        hitAt(e).ifPresent(hit -> {
            rest.stop();
            onActivated.accept(hit);
        });
    }

    private void leave() {
        rest.stop();
        under = null;
        view.setCursor(Cursor.DEFAULT);
    }

    private Optional<ArticleView.MarkHit> hitAt(MouseEvent e) {
        return ArticleView.blockAt(e.getPickResult().getIntersectedNode()).flatMap(block -> {
            int offset = block.charIndexAt(block.sceneToLocal(e.getSceneX(), e.getSceneY()));
            return offset < 0 ? Optional.empty() : view.markAt(block, offset);
        });
    }
}
