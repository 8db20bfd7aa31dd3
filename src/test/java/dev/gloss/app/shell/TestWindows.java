package dev.gloss.app.shell;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.LibrarySource;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/** The main window on a stage, as the window tests build it: light theme, a given data folder. */
public final class TestWindows {
    /** The window each stage shows now, closed when another takes its place or the test closes it. */
    private static final java.util.Map<Stage, MainWindow.Parts> SHOWN = new java.util.WeakHashMap<>();

    private TestWindows() {
    }

    /**
     * Builds the window of {@code context} on {@code stage}, as the app does; the window the stage
     * showed before is closed first (its search index let go, its workers stopped). On the FX thread.
     */
    public static javafx.scene.Scene open(Stage stage, WindowContext context, double width, double height) {
        close(stage);
        MainWindow.Parts window = MainWindow.open(context, width, height);
        SHOWN.put(stage, window);
        stage.setScene(window.scene());
        return window.scene();
    }

    /** The parts of the window the stage shows, if this fixture built it. */
    public static Optional<MainWindow.Parts> parts(Stage stage) {
        return Optional.ofNullable(SHOWN.get(stage));
    }

    /** Closes the window this fixture last built on {@code stage}, if any; on the FX thread. */
    public static void close(Stage stage) {
        MainWindow.Parts before = SHOWN.remove(stage);
        if (before != null) {
            before.close();
        }
    }

    /** Shows the window on the bundled library, everything run at once on the FX thread. */
    public static ReaderState show(Stage stage, Path dataDir) {
        return show(stage, dataDir, Background.sameThread(), BundledLibrary.source(), Background.sameThread());
    }

    /** Opens the window with its settings on a data folder, as the app does, and shows it. */
    public static ReaderSession openSession(Stage stage, Path dataDir) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<ReaderSession>) () -> {
            ReaderSession opened = ReaderSession.open(stage, dataDir, Background.sameThread(), BundledLibrary.source(),
                    Optional.empty(), () -> { });
            stage.show();
            return opened;
        }).get();
    }

    public static ReaderState show(Stage stage, Path dataDir, Background windowWork, LibrarySource source,
                                       Background loading) {
        ReaderState model = new ReaderState();
        open(stage, new WindowContext(model, new ThemeModel(Optional.empty()), windowWork, dataDir, () -> { }), 1200, 800);
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        model.load(source, loading, Optional.empty());
        return model;
    }

    /** A library as the window loads it, {@code firstId} shown first. */
    public static LibrarySource source(dev.gloss.core.library.Library library, String firstId) {
        return new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return Optional.of(firstId);
            }

            @Override
            public Optional<dev.gloss.core.model.Article> article(String id) {
                return library.article(id);
            }

            @Override
            public dev.gloss.core.library.Library load() {
                return library;
            }
        };
    }
}
