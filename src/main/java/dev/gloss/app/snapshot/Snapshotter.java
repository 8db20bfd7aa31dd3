package dev.gloss.app.snapshot;

import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.app.tasks.Frames;
import dev.gloss.core.userlibrary.UserLibrary;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders the main window off-screen into a PNG, on Monocle's headless platform: for the README's
 * screenshot and for looking at the window without a display.
 */
public final class Snapshotter {
    /** Frames to let pass after the article is shown, so that layout and CSS have settled. */
    private static final int SETTLE_FRAMES = 6;

    public record Options(Path out, Optional<String> articleId, Optional<String> sectionId, int width, int height,
                          dev.gloss.core.settings.Theme theme, Optional<String> find, Optional<String> topic, Path dataDir,
                          Optional<String> sidebar, Optional<String> term, Optional<String> search,
                          boolean readingSettings, boolean shortcuts) {
    }

    private Snapshotter() {
    }

    /**
     * Whether the platform the snapshot would use is there: Monocle (openjfx-monocle) is on the
     * class path of the jar, but the installed images leave it out, as jlink takes no automatic
     * module. True when the caller chose another platform with {@code -Dglass.platform}.
     */
    public static boolean headlessPlatformAvailable() {
        if (!System.getProperty("glass.platform", "Monocle").equals("Monocle")) {
            return true;
        }
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, Snapshotter.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Uses the headless platform unless the caller chose one; must run before JavaFX starts. */
    public static void useHeadlessPlatform() {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("monocle.screen.fb", System.getProperty("monocle.screen.fb", "false"));
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1200-32"));
    }

    /**
     * Runs {@code then} once search answers (its index built and kept on disk, so that the picture
     * does not say "Indexing…" and the index is not left half written) and, when a query was typed,
     * once its results are shown. Search has its own worker, so the other work's end says nothing of it.
     */
    private static void whenSearchSettled(MainWindow.Parts window, boolean queried, Runnable then) {
        dev.gloss.app.search.SearchViewModel search = window.search();
        java.util.function.BooleanSupplier settled = () -> search.readyProperty().get()
                && !search.statusProperty().get().equals("Indexing…")
                && (!queried || !search.statusProperty().get().isEmpty());
        if (settled.getAsBoolean()) {
            then.run();
            return;
        }
        javafx.beans.InvalidationListener[] listener = new javafx.beans.InvalidationListener[1];
        listener[0] = obs -> {
            if (settled.getAsBoolean()) {
                search.readyProperty().removeListener(listener[0]);
                search.statusProperty().removeListener(listener[0]);
                then.run();
            }
        };
        search.readyProperty().addListener(listener[0]);
        search.statusProperty().addListener(listener[0]);
    }

    public static void render(Options options) throws Exception {
        useHeadlessPlatform();
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<MainWindow.Parts> window = new java.util.concurrent.atomic.AtomicReference<>();
        Platform.startup(() -> {
            try {
                window.set(start(options, shot));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            WritableImage image = shot.get(60, TimeUnit.SECONDS);
            Path parent = options.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(options.out())) {
                PngWriter.write(image, out);
            }
        } finally {
            // The window's workers stop and its index is let go before the toolkit ends.
            Platform.runLater(() -> {
                if (window.get() != null) {
                    window.get().close();
                }
            });
            Platform.exit();
        }
    }

    private static MainWindow.Parts start(Options options, CompletableFuture<WritableImage> shot) {
        ReaderState model = new ReaderState();
        ThemeModel theme = new ThemeModel(Optional.empty());
        theme.choiceProperty().set(options.theme());
        Background background = Background.threads("gloss-snapshot", 1);
        WindowContext context = new WindowContext(model, theme, background, options.dataDir(), () -> { });
        MainWindow.Parts window = MainWindow.open(context, options.width(), options.height());
        Scene scene = window.scene();
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (loading) {
                return;
            }
            if (!model.status().messageProperty().get().isEmpty()) {
                shot.completeExceptionally(new IOException(model.status().messageProperty().get()));
                return;
            }
            options.sectionId().ifPresent(model::openSection);
            options.find().ifPresent(query -> findIn(window, query));
            options.topic().ifPresent(topicId -> model.topics().topicsProperty().addListener((o, old, index) -> model.topicRequests().send(topicId)));
            options.sidebar().ifPresent(name -> showSidebarTab(window.sidebar(), name));
            options.term().ifPresent(model.termRequests()::send);
            if (options.readingSettings()) {
                ((javafx.scene.control.Button) scene.lookup(".reading-button")).fire();
            }
            // Work that waits for the first frame (topics, glossary) was handed to the worker first, and
            // the worker runs its tasks in order: once this one is done, so is that work.
            // A search asked for runs when its index is ready, a job queued after that work: wait for it too.
            // The bookmarks, opened as soon as the library was loaded, were handed to the worker earlier still.
            model.startup().whenReady(library -> background.run(() -> null,
                    done -> background.run(() -> null,
                            again -> whenSearchSettled(window, options.search().isPresent(),
                                    () -> Frames.afterPulses(SETTLE_FRAMES, () -> {
                                        if (options.shortcuts()) {
                                            shortcuts(scene, shot);
                                        } else {
                                            shot.complete(snapshotWithPopups(stage));
                                        }
                                        context.bookmarks().close();
                                    })),
                            shot::completeExceptionally),
                    shot::completeExceptionally));
        });
        options.search().ifPresent(((javafx.scene.control.TextField) scene.lookup(".search-field"))::setText);
        model.load(UserLibrary.source(options.dataDir()), background, options.articleId());
        return window;
    }

    /** Help > Keyboard Shortcuts as the window opens it, its dialog rendered instead of the window. */
    private static void shortcuts(Scene scene, CompletableFuture<WritableImage> shot) {
        javafx.scene.control.Alert dialog = dev.gloss.app.help.ShortcutsDialog.create(
                (javafx.scene.control.MenuBar) scene.lookup(".menu-bar"));
        dialog.show();
        Frames.afterPulses(SETTLE_FRAMES, () -> {
            shot.complete(dialog.getDialogPane().getScene().snapshot(null));
            dialog.close();
        });
    }

    /** Selects the sidebar tab with this name ("glossary"), as View > Glossary would. */
    private static void showSidebarTab(javafx.scene.control.TabPane sidebar, String name) {
        sidebar.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(name)).findFirst()
                .ifPresent(t -> sidebar.getSelectionModel().select(t));
    }

    /** The names of the sidebar's tabs, for the command's check. */
    public static final java.util.List<String> SIDEBAR_TABS = java.util.List.of("contents", "library", "topics", "glossary",
            "bookmarks");

    /** Opens the find bar with a query, as Edit > Find and typing would. */
    private static void findIn(MainWindow.Parts window, String query) {
        window.openFind().run();
        ((javafx.scene.control.TextField) window.scene().lookup(".find-bar .text-field")).setText(query);
    }

    /**
     * The window's picture with its popups (the reading settings' popover) drawn over it where they
     * are on screen.
     */
    private static WritableImage snapshotWithPopups(Stage stage) {
        WritableImage image = stage.getScene().snapshot(null);
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w instanceof javafx.stage.PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == stage) {
                javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
                clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                WritableImage over = popup.getScene().getRoot().snapshot(clear, null);
                int x = (int) Math.round(popup.getX() - stage.getX() - stage.getScene().getX());
                int y = (int) Math.round(popup.getY() - stage.getY() - stage.getScene().getY());
                javafx.scene.image.PixelReader reader = over.getPixelReader();
                javafx.scene.image.PixelWriter writer = image.getPixelWriter();
                for (int py = 0; py < (int) over.getHeight(); py++) {
                    for (int px = 0; px < (int) over.getWidth(); px++) {
                        int tx = x + px;
                        int ty = y + py;
                        if (tx < 0 || ty < 0 || tx >= image.getWidth() || ty >= image.getHeight()) {
                            continue;
                        }
                        javafx.scene.paint.Color top = reader.getColor(px, py);
                        if (top.getOpacity() > 0) {
                            javafx.scene.paint.Color under = image.getPixelReader().getColor(tx, ty);
                            double a = top.getOpacity();
                            writer.setColor(tx, ty, javafx.scene.paint.Color.color(
                                    top.getRed() * a + under.getRed() * (1 - a),
                                    top.getGreen() * a + under.getGreen() * (1 - a),
                                    top.getBlue() * a + under.getBlue() * (1 - a)));
                        }
                    }
                }
            }
        }
        return image;
    }
}
