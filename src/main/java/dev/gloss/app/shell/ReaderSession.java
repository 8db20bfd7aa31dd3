package dev.gloss.app.shell;

import dev.gloss.app.bookmarks.BookmarksViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.Settings;
import dev.gloss.core.settings.SettingsStore;
import dev.gloss.core.settings.WindowBounds;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One window's life with the reader's settings: it opens the window as it was left (size,
 * position, sidebar width, theme, zoom, glossary marking, the article and section being read) and saves every
 * change to settings.json in the data folder as it happens. It also owns the reader's bookmarks
 * store for the window's life: {@link #close()} saves and closes both.
 */
public final class ReaderSession implements AutoCloseable {
    private final SettingsStore store;
    private final BookmarksViewModel bookmarks;
    private final ReaderState model;
    private final ThemeModel theme;
    private final MainWindow.Parts window;
    private final Scene scene;

    private ReaderSession(SettingsStore store, BookmarksViewModel bookmarks, ReaderState model, ThemeModel theme,
                          MainWindow.Parts window) {
        this.store = store;
        this.bookmarks = bookmarks;
        this.model = model;
        this.theme = theme;
        this.window = window;
        this.scene = window.scene();
    }

    /**
     * Builds the window on {@code stage} (not yet shown) and starts loading the library.
     *
     * @param systemPrefersDark the desktop's preference, when it is known
     */
    public static ReaderSession open(Stage stage, Path dataDir, Background background, LibrarySource loader,
                                     Optional<Boolean> systemPrefersDark, Runnable quit) {
        return open(stage, SettingsStore.open(dataDir), background, loader, systemPrefersDark, quit);
    }

    /**
     * The same, with the settings already read (the app reads them while JavaFX starts); the data
     * folder is the settings file's.
     */
    public static ReaderSession open(Stage stage, SettingsStore store, Background background, LibrarySource loader,
                                     Optional<Boolean> systemPrefersDark, Runnable quit) {
        Path dataDir = store.file().toAbsolutePath().getParent();
        Settings settings = store.current();
        ReaderState model = new ReaderState();
        ThemeModel theme = new ThemeModel(systemPrefersDark);
        theme.choiceProperty().set(settings.theme());
        model.zoom().set(settings.zoom());
        model.readingProperty().set(settings.reading());
        model.glossaryMarkingProperty().set(settings.glossaryMarking());
        model.positions().restore(settings.readingPositions());

        Optional<WindowBounds> bounds = settings.window().filter(WindowBounds::isUsable);
        double width = bounds.map(WindowBounds::width).orElse(MainWindow.DEFAULT_WIDTH);
        double height = bounds.map(WindowBounds::height).orElse(MainWindow.DEFAULT_HEIGHT);
        BookmarksViewModel bookmarks = new BookmarksViewModel(model, background, dataDir);
        MainWindow.Parts window = MainWindow.open(new WindowContext(model, theme, background, dataDir, quit, bookmarks),
                width, height);
        stage.setScene(window.scene());
        bounds.ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setMaximized(b.maximized());
        });
        ReaderSession session = new ReaderSession(store, bookmarks, model, theme, window);
        session.restoreSidebar(settings.sidebarWidth());
        session.saveChanges(stage);
        store.notice().ifPresent(model.status()::tell);
        store.setProblemListener(message -> javafx.application.Platform.runLater(() -> model.status().tell(message)));
        store.keptAside().ifPresent(file -> model.status().tell("Your settings could not be read, so Gloss started with "
                + "the defaults; the old file was kept as " + file.getFileName() + "."));
        // The stage is about to be shown: the rest of the library, and the sidebar's hidden tabs, wait
        // for the first article's frame.
        model.startup().holdLibraryUntilFirstFrame();
        DeferredTabContent.install(window.sidebar(), model.startup()::whenFirstFramePainted);
        model.load(loader, background, settings.lastArticleId());
        return session;
    }

    /** The window's parts: its scene, sidebar and the view models it shares. */
    public MainWindow.Parts window() {
        return window;
    }

    private void restoreSidebar(double sidebarWidth) {
        SplitPane split = window.split();
        split.getDividers().get(0).setPosition(Math.min(0.6, sidebarWidth / scene.getWidth()));
    }

    private void saveChanges(Stage stage) {
        theme.choiceProperty().addListener((obs, o, choice) -> store.update(s -> s.withTheme(choice)));
        model.zoom().factorProperty().addListener((obs, o, z) -> store.update(s -> s.withZoom(z.doubleValue())));
        model.glossaryMarkingProperty().addListener((obs, o, on) -> store.update(s -> s.withGlossaryMarking(on)));
        model.readingProperty().addListener((obs, o, reading) -> store.update(s -> s.withReading(reading)));
        model.positions().positionProperty().addListener((obs, o, position) -> {
            Section section = model.currentSectionProperty().get();
            if (position != null && section != null && !model.loadingProperty().get()) {
                store.update(s -> s.withLastArticle(section.articleId())
                        .withReadingPosition(section.articleId(), position));
            }
        });
        Runnable saveBounds = () -> {
            if (!stage.isIconified() && stage.getWidth() > 0) {
                store.update(s -> s.withWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), stage.isMaximized())));
            }
        };
        stage.xProperty().addListener((obs, o, n) -> saveBounds.run());
        stage.yProperty().addListener((obs, o, n) -> saveBounds.run());
        stage.widthProperty().addListener((obs, o, n) -> saveBounds.run());
        stage.heightProperty().addListener((obs, o, n) -> saveBounds.run());
        stage.maximizedProperty().addListener((obs, o, n) -> saveBounds.run());
        // The divider moves during the first layout as well; only the reader's moves after that are saved.
        Platform.runLater(() -> window.split().getDividers().get(0).positionProperty().addListener((obs, o, p) ->
                store.update(s -> s.withSidebarWidth(p.doubleValue() * scene.getWidth()))));
    }

    public ReaderState model() {
        return model;
    }

    public ThemeModel theme() {
        return theme;
    }

    public Path settingsFile() {
        return store.file();
    }

    /**
     * Reads settings.json again for the reading positions another computer wrote there, of articles
     * this window has not moved in since; safe off the FX thread. The window shows them once given
     * to {@link ReaderState#restorePositions}.
     */
    public java.util.Map<String, dev.gloss.core.settings.ReadingPosition> pickUpSettings() {
        return store.pickUpArrived();
    }

    public BookmarksViewModel bookmarks() {
        return bookmarks;
    }

    /**
     * Writes what is not saved yet (settings and bookmarks), lets go of the search index on disk
     * and stops the window's workers: the background {@code open} was given, and every worker made
     * from it, are the session's to close.
     */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            try {
                bookmarks.close();
            } finally {
                window.close();
            }
        }
    }
}
