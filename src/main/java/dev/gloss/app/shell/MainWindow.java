package dev.gloss.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gloss.app.bookmarks.BookmarksPanelController;
import dev.gloss.app.contents.ContentsPanelController;
import dev.gloss.app.find.FindBarController;
import dev.gloss.app.glossary.GlossaryPanelController;
import dev.gloss.app.glossary.GlossaryViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.search.SearchPanelController;
import dev.gloss.app.search.SearchViewModel;
import dev.gloss.app.imports.ImportBarController;
import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.library.LibraryPanelController;
import dev.gloss.app.tasks.Background;
import javafx.application.Platform;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import dev.gloss.app.topics.TopicsPanelController;
import dev.gloss.app.topics.TopicsViewModel;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the main window's scene from its FXML, for the app, the snapshot command and the tests. */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 800;

    private MainWindow() {
    }

    /**
     * The window's parts that whoever made it needs: its scene, the split between sidebar and
     * article, the sidebar, the view models the rest of the window shares, and Edit > Find. {@link #close()}
     * lets go of the search index on disk and stops every worker of the window's context.
     */
    public record Parts(Scene scene, javafx.scene.control.SplitPane split, javafx.scene.control.TabPane sidebar,
                        SearchViewModel search, GlossaryViewModel glossary, ImportViewModel imports,
                        Runnable openFind, Background background) implements AutoCloseable {
        @Override
        public void close() {
            try {
                search.close();
            } finally {
                background.close();
            }
        }
    }

    /** Builds the window of {@code context}; close the parts when the window goes. */
    public static Parts open(WindowContext context, double width, double height) {
        ReaderState model = context.reader();
        ThemeModel theme = context.theme();
        Runnable quit = context.quit();
        applyTheme(theme.darkProperty().get());
        theme.darkProperty().addListener((obs, o, dark) -> applyTheme(dark));
        model.topics().use(dev.gloss.core.topics.TopicService.open(context.dataDir(), java.time.Clock.systemUTC()));
        GlossaryViewModel glossary = new GlossaryViewModel(model, context.background(), context.dataDir());
        // Search has a worker of its own: its index on disk is ready long before topics and mentions are.
        SearchViewModel search = new SearchViewModel(model, context.background().separate("gloss-search"),
                java.util.Optional.of(dev.gloss.core.storage.LocalFolders.index(context.dataDir())));
        // Imports get a thread of their own: a batch of thousands must not hold up search or topics.
        ImportViewModel imports = new ImportViewModel(model, context.background().separate("gloss-import"),
                context.background(), Platform::runLater, context.dataDir());
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                MainWindowController.class, () -> new MainWindowController(model, theme, quit, search, imports),
                SearchPanelController.class, () -> new SearchPanelController(search),
                ContentsPanelController.class, () -> new ContentsPanelController(model),
                LibraryPanelController.class, () -> new LibraryPanelController(model, imports,
                        context.background().separate("gloss-library-rows")),
                ImportBarController.class, () -> new ImportBarController(imports),
                FindBarController.class, FindBarController::new,
                TopicsPanelController.class, () -> new TopicsPanelController(new TopicsViewModel(model, context.background())),
                GlossaryPanelController.class, () -> new GlossaryPanelController(glossary),
                BookmarksPanelController.class, () -> new BookmarksPanelController(context.bookmarks()));
        loader.setControllerFactory(type -> {
            Supplier<Object> make = controllers.get(type);
            if (make == null) {
                throw new IllegalArgumentException("No controller of type " + type);
            }
            return make.get();
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's layout cannot be loaded", e);
        }
        MainWindowController controller = loader.getController();
        controller.useDataDir(context.dataDir());
        model.status().setMessageTimer(MainWindow::afterMessageRead);
        showThemeClass(root, theme.shownProperty().get());
        theme.shownProperty().addListener((obs, o, shown) -> showThemeClass(root, shown));
        Scene scene = new Scene(root, width, height);
        // Ctrl+Plus is Ctrl+= on most keyboards, and the keypad has its own keys.
        KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, shortcut), model.zoom()::zoomIn);
        // "Ctrl++" as the menu shows it: the plus of the main keys is Shift and the equals key.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, shortcut, KeyCombination.SHIFT_DOWN),
                model.zoom()::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, shortcut), model.zoom()::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, shortcut), model.zoom()::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, shortcut), model.zoom()::reset);
        // Ctrl+Shift+F searches the library too, as in many editors; Ctrl+K is the menu's.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, shortcut, KeyCombination.SHIFT_DOWN),
                () -> focusSearch(scene));
        // Esc anywhere closes the search, unless something nearer (a field, the find bar) used it.
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.queryProperty().get().isEmpty()) {
                search.clear();
                scene.lookup(".article-view").requestFocus();
                e.consume();
            }
        });
        acceptDroppedFiles(scene, imports);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/gloss/app/gloss.css").toExternalForm());
        ThemedWindows.follow(scene, theme.shownProperty(), scene.getStylesheets().get(scene.getStylesheets().size() - 1));
        // The first frame is painted in the theme's background, never white before a dark theme.
        followBackground(scene);
        return new Parts(scene, controller.split(), controller.sidebar(), search, glossary, imports,
                controller::openFind, context.background());
    }

    /** How long a message stays in the status bar. */
    static final javafx.util.Duration MESSAGE_TIME = javafx.util.Duration.seconds(6);

    private static Runnable afterMessageRead(Runnable clear) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(MESSAGE_TIME);
        pause.setOnFinished(e -> clear.run());
        pause.play();
        return pause::stop;
    }

    /** The scene's fill is the theme's page colour, taken from the root's background as the theme styles it. */
    private static void followBackground(Scene scene) {
        if (!(scene.getRoot() instanceof javafx.scene.layout.Region root)) {
            return;
        }
        root.applyCss();
        java.util.function.Consumer<javafx.scene.layout.Background> fill = bg -> {
            if (bg != null && !bg.getFills().isEmpty()) {
                scene.setFill(bg.getFills().get(bg.getFills().size() - 1).getFill());
            }
        };
        fill.accept(root.getBackground());
        root.backgroundProperty().addListener((obs, o, bg) -> fill.accept(bg));
    }

    /** Files and folders dropped anywhere on the window are imported. */
    private static void acceptDroppedFiles(Scene scene, ImportViewModel imports) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                imports.importPaths(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private static void focusSearch(Scene scene) {
        if (scene.lookup(".search-field") instanceof javafx.scene.control.TextField field) {
            field.requestFocus();
            field.selectAll();
        }
    }

    /**
     * The theme shown, as a style class of the window's root ("theme-light", "theme-sepia",
     * "theme-dark"): sepia is Primer Light with its colour variables set anew in gloss.css.
     */
    private static void showThemeClass(Parent root, dev.gloss.core.settings.Theme shown) {
        root.getStyleClass().removeAll("theme-light", "theme-sepia", "theme-dark");
        root.getStyleClass().add("theme-" + shown.key());
    }

    /** AtlantaFX's Primer themes; Gloss's own styles use their colour variables and follow along. */
    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
