package dev.gloss.app.shell;

import dev.gloss.app.about.AboutDialog;
import dev.gloss.app.article.ArticleView;
import dev.gloss.app.bookmarks.BookmarksPanelController;
import dev.gloss.app.bookmarks.BookmarksViewModel;
import dev.gloss.app.bookmarks.SectionToggle;
import dev.gloss.app.contents.ContentsPanelController;
import dev.gloss.app.find.FindBarController;
import dev.gloss.app.glossary.ArticleTerms;
import dev.gloss.app.glossary.GlossaryPanelController;
import dev.gloss.app.help.ShortcutsDialog;
import dev.gloss.app.imports.ImportBarController;
import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.library.LibraryPanelController;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import java.io.File;
import java.util.List;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.search.SearchField;
import dev.gloss.app.search.SearchPanelController;
import dev.gloss.app.search.SearchViewModel;
import javafx.scene.control.TextField;
import dev.gloss.app.topics.TopicsPanelController;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** The main window: menus, toolbar, sidebar, article and status bar, wired to the {@link ReaderState}. */
public final class MainWindowController {
    private final ReaderState model;
    private final ThemeModel theme;
    private final Runnable quit;
    private final SearchViewModel search;
    private final ImportViewModel imports;
    @FXML private ImportBarController importBarController;
    @FXML private MenuItem importReportItem;
    @FXML private TextField searchField;
    @FXML private SearchPanelController searchController;

    @FXML private MenuBar menuBar;
    @FXML private TabPane sidebar;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.layout.StackPane sidebarHolder;
    @FXML private Tab contentsTab;
    @FXML private Tab libraryTab;
    @FXML private Tab topicsTab;
    @FXML private Tab glossaryTab;
    @FXML private CheckMenuItem markTermsItem;
    @FXML private Tab bookmarksTab;
    @FXML private ArticleView articleView;
    @FXML private Label articleStatus;
    @FXML private Label sectionStatus;
    @FXML private Label zoomLabel;
    @FXML private Button backButton;
    @FXML private Button forwardButton;
    @FXML private MenuItem backItem;
    @FXML private MenuItem forwardItem;
    @FXML private ToggleButton bookmarkToggle;
    @FXML private CheckMenuItem bookmarkSectionItem;
    @FXML private MenuItem bookmarkPassageItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem exportBookmarksItem;
    @FXML private MenuItem importBookmarksItem;
    @FXML private RadioMenuItem themeSystem;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;
    @FXML private RadioMenuItem themeSepia;
    @FXML private Button readingButton;
    @FXML private Label progressStatus;
    private dev.gloss.app.reading.ReadingPopover readingPopover;
    private SidebarTabs tabs;
    @FXML private ContentsPanelController contentsController;
    @FXML private LibraryPanelController libraryController;
    @FXML private TopicsPanelController topicsController;
    @FXML private GlossaryPanelController glossaryController;
    @FXML private FindBarController findController;
    @FXML private BookmarksPanelController bookmarksController;


    /** The split between the sidebar and the article, for the window's parts. */
    javafx.scene.control.SplitPane split() {
        return split;
    }

    /** The sidebar's tabs, for the window's parts. */
    TabPane sidebar() {
        return sidebar;
    }
    public MainWindowController(ReaderState model, ThemeModel theme, Runnable quit, SearchViewModel search,
                                ImportViewModel imports) {
        this.imports = imports;
        this.search = search;
        this.model = model;
        this.theme = theme;
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        SearchField.attach(searchField, searchController, search, articleView,
                id -> java.util.Optional.ofNullable(model.libraryProperty().get()).flatMap(l -> l.section(id)));
        dev.gloss.app.search.RelatedReading.attach(articleView, search);
        findController.attach(articleView);
        articleView.setOnBlocksChanged(findController::blocksChanged);
        articleView.setTopicChips(id -> model.topics().topicsProperty().get() == null ? java.util.List.of()
                : model.topics().topicsProperty().get().topicsOf(id), model.topicRequests()::send, () -> model.topics().topicsProperty().get() != null);
        model.topics().topicsProperty().addListener((obs, o, topics) -> articleView.refreshTopicChips());
        dev.gloss.app.topics.ArticleTopics.attach(articleView, topicsController, model);
        dev.gloss.app.article.SectionDrag.opensOnHover(sidebar, topicsTab);
        tabs = new SidebarTabs(sidebar, sidebarHolder, search::clear)
                .tab(contentsTab, contentsController::focus).tab(libraryTab, libraryController::focus)
                .tab(topicsTab, topicsController::focus).tab(glossaryTab, glossaryController::focus)
                .tab(bookmarksTab, bookmarksController::focus);
        model.topicRequests().listen(topicId -> {
            tabs.select(topicsTab);
            topicsController.show(topicId);
        });
        ArticleTerms.attach(articleView, glossaryController.model());
        markTermsItem.selectedProperty().bindBidirectional(model.glossaryMarkingProperty());
        model.termRequests().listen(termId -> {
            tabs.select(glossaryTab);
            glossaryController.focusTerms();
        });
        ArticleReading.attach(articleView, model, findController::articleChanged);
        readingPopover = new dev.gloss.app.reading.ReadingPopover(
                new dev.gloss.app.reading.ReadingViewModel(model.readingProperty(), theme.choiceProperty()),
                theme.shownProperty(), java.util.List.of(MainWindowController.class
                        .getResource("/dev/gloss/app/gloss.css").toExternalForm()));
        bindStatus();
        // The search closed by its button: reading goes on in the article.
        search.queryProperty().addListener((obs, o, q) -> {
            if (q.isEmpty() && searchController.hasFocus()) {
                articleView.requestFocus();
            }
        });
        // Reading starts in the article, not in the first field of the toolbar.
        javafx.application.Platform.runLater(articleView::requestFocus);
        bindBookmarks();
        importReportItem.disableProperty().bind(imports.lastReportProperty().isNull());
        backButton.disableProperty().bind(model.navigation().canGoBackProperty().not());
        forwardButton.disableProperty().bind(model.navigation().canGoForwardProperty().not());
        backItem.disableProperty().bind(model.navigation().canGoBackProperty().not());
        forwardItem.disableProperty().bind(model.navigation().canGoForwardProperty().not());
        model.zoom().factorProperty().addListener((obs, o, z) -> showZoom());
        showZoom();
        showThemeChoice(theme.choiceProperty().get());
        theme.choiceProperty().addListener((obs, o, choice) -> showThemeChoice(choice));
        articleView.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onMouseNavigation);
        sidebar.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onMouseNavigation);
    }

    private void showThemeChoice(dev.gloss.core.settings.Theme choice) {
        RadioMenuItem chosen = switch (choice) {
            case SYSTEM -> themeSystem;
            case LIGHT -> themeLight;
            case SEPIA -> themeSepia;
            case DARK -> themeDark;
        };
        chosen.setSelected(true);
    }

    /** Images of imported articles are read from their folders in the data folder. */
    void useDataDir(java.nio.file.Path dataDir) {
        articleView.setAssetResolver((articleId, src) -> dev.gloss.core.userlibrary.UserLibrary.assetPath(dataDir, articleId, src));
    }

    private void bindStatus() {
        sectionStatus.textProperty().bind(model.status().sectionStatusProperty());
        progressStatus.textProperty().bind(model.status().progressStatusProperty());
        articleStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.status().messageProperty().get().isEmpty() ? model.status().articleStatusProperty().get()
                        : model.status().messageProperty().get(),
                model.status().messageProperty(), model.status().articleStatusProperty()));
    }

    private void bindBookmarks() {
        bookmarksController.attach(articleView);
        BookmarksViewModel bookmarks = bookmarksController.model();
        SectionToggle.bind(bookmarks, bookmarkToggle, bookmarkSectionItem);
        bookmarkPassageItem.disableProperty().bind(bookmarks.readyProperty().not());
        exportBookmarksItem.disableProperty().bind(bookmarks.readyProperty().not());
        importBookmarksItem.disableProperty().bind(bookmarks.readyProperty().not());
        undoItem.disableProperty().bind(bookmarks.canUndoProperty().not());
    }

    private void showZoom() {
        articleView.setZoom(model.zoom().get());
        zoomLabel.setText(model.zoom().percent());
        zoomLabel.setAccessibleText("Zoom " + model.zoom().percent());
    }

    /** The mouse's back and forward buttons move through the history, as in a browser. */
    private void onMouseNavigation(MouseEvent e) {
        if (e.getButton() == MouseButton.BACK) {
            model.back();
            e.consume();
        } else if (e.getButton() == MouseButton.FORWARD) {
            model.forward();
            e.consume();
        }
    }

    @FXML private void onImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text, Markdown and web pages", "*.txt", "*.md", "*.markdown", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(menuBar.getScene().getWindow());
        if (files != null) {
            imports.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    @FXML private void onImportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a Folder");
        File folder = chooser.showDialog(menuBar.getScene().getWindow());
        if (folder != null) {
            imports.importPaths(List.of(folder.toPath()));
        }
    }

    @FXML private void onImportReport() {
        importBarController.showReport();
    }

    @FXML private void onQuit() {
        quit.run();
    }

    @FXML private void onExportBookmarks() {
        bookmarksController.exportBookmarks();
    }

    @FXML private void onExportArticle() {
        model.exportRequests().send(dev.gloss.app.reader.Export.ARTICLE);
    }

    @FXML private void onExportTopic() {
        model.exportRequests().send(dev.gloss.app.reader.Export.TOPIC);
    }

    @FXML private void onExportLibrary() {
        model.exportRequests().send(dev.gloss.app.reader.Export.LIBRARY);
    }

    @FXML private void onImportBookmarks() {
        bookmarksController.importBookmarks();
    }

    /** Ctrl+Z undoes typing in a text field, and otherwise brings back the last deleted bookmark. */
    @FXML private void onUndo() {
        if (menuBar.getScene().getFocusOwner() instanceof TextInputControl input && input.isUndoable()) {
            input.undo();
        } else {
            bookmarksController.model().undo();
        }
    }

    @FXML private void onBookmarkPassage() {
        bookmarksController.bookmarkSelection();
    }

    @FXML private void onCopy() {
        if (menuBar.getScene().getFocusOwner() instanceof TextInputControl input) {
            input.copy();
        } else {
            articleView.copySelection();
        }
    }

    @FXML private void onSelectAll() {
        if (menuBar.getScene().getFocusOwner() instanceof TextInputControl input) {
            input.selectAll();
        } else {
            articleView.selectAll();
        }
    }

    @FXML private void onFind() {
        openFind();
    }

    /** Edit > Find in Article: the find bar, open and focused. */
    void openFind() {
        findController.open();
    }

    @FXML private void onFindNext() {
        findController.onNext();
    }

    @FXML private void onFindPrevious() {
        findController.onPrevious();
    }

    @FXML private void onLookUp() {
        glossaryController.model().lookUp(articleView.selectedText(), articleView.selectionSectionId(),
                articleView.selectionInSection());
    }

    @FXML private void onSearch() {
        SearchField.focus(searchField);
    }

    @FXML private void onZoomIn() {
        model.zoom().zoomIn();
    }

    @FXML private void onZoomOut() {
        model.zoom().zoomOut();
    }

    @FXML private void onZoomReset() {
        model.zoom().reset();
    }

    @FXML private void onThemeSystem() {
        theme.choiceProperty().set(dev.gloss.core.settings.Theme.SYSTEM);
    }

    @FXML private void onThemeLight() {
        theme.choiceProperty().set(dev.gloss.core.settings.Theme.LIGHT);
    }

    @FXML private void onThemeSepia() {
        theme.choiceProperty().set(dev.gloss.core.settings.Theme.SEPIA);
    }

    @FXML private void onReadingSettings() {
        readingPopover.toggle(readingButton);
    }

    @FXML private void onThemeDark() {
        theme.choiceProperty().set(dev.gloss.core.settings.Theme.DARK);
    }

    @FXML private void onShowContents() {
        tabs.show(contentsTab);
    }

    @FXML private void onShowLibrary() {
        tabs.show(libraryTab);
    }

    @FXML private void onShowTopics() {
        tabs.show(topicsTab);
    }

    @FXML private void onShowGlossary() {
        tabs.show(glossaryTab);
    }

    @FXML private void onShowBookmarks() {
        tabs.show(bookmarksTab);
    }

    @FXML private void onBack() {
        model.back();
    }

    @FXML private void onForward() {
        model.forward();
    }

    @FXML private void onNextArticle() {
        model.openNeighbourArticle(1);
    }

    @FXML private void onPreviousArticle() {
        model.openNeighbourArticle(-1);
    }

    @FXML private void onFocusSidebar() {
        tabs.focusShown();
    }

    @FXML private void onFocusArticle() {
        articleView.requestFocus();
    }

    @FXML private void onShortcuts() {
        ShortcutsDialog.show(menuBar);
    }

    @FXML private void onAbout() {
        AboutDialog.show(menuBar.getScene().getWindow());
    }
}
