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
    private TestWindows() {
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
        stage.setScene(MainWindow.createScene(new WindowContext(model, new ThemeModel(Optional.empty()),
                windowWork, dataDir, () -> { }), 1200, 800));
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
