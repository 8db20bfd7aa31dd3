package dev.gloss.app.desktop;

import dev.gloss.app.glossary.GlossaryViewModel;
import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.core.library.Library;
import dev.gloss.core.sync.SyncedFiles;
import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.ReaderSession;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.desktop.OpenRequests;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

/** The window's ties to the desktop and to other computers: files handed to it, and a synced data folder. */
public final class DesktopIntegration {
    private static final System.Logger LOG = System.getLogger(DesktopIntegration.class.getName());

    private DesktopIntegration() {
    }

    /**
     * Opens {@code files} in the window, listens for files a later {@code gloss FILE} hands over,
     * and, when the window gains the focus, picks up other computers' changes and the desktop's
     * light or dark preference. Returns the listener, which the caller closes with the window; null
     * when another window of this data folder already listens (this one then opens files only from
     * its own command line).
     */
    public static OpenRequests.Listener attach(Stage stage, ReaderSession session, Path dataDir, Background background,
                                               OpenRequests.Request files) {
        ImportViewModel imports = session.window().imports();
        new dev.gloss.app.export.ExportActions(session.model(), dataDir, background).install(stage);
        FileHandoff handoff = new FileHandoff(stage, session.model(), imports);
        OpenRequests.Listener listener = null;
        try {
            listener = OpenRequests.listen(dataDir, handed -> Platform.runLater(() -> handoff.open(handed))).orElse(null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Files opened from the desktop will start another window: " + e.getMessage());
        }
        if (!files.files().isEmpty() || !files.sections().isEmpty()) {
            handoff.open(files);
        }
        LibraryRescan rescan = new LibraryRescan(dataDir, session.model(), imports, background,
                pickUp(session, session.window().glossary(), background));
        stage.focusedProperty().addListener((obs, was, focused) -> rescan.onFocus().accept(focused));
        SystemThemeWatch system = new SystemThemeWatch(session.theme(), background,
                dev.gloss.core.settings.SystemAppearance::prefersDark);
        stage.focusedProperty().addListener((obs, was, focused) -> system.onFocus().accept(focused));
        return listener;
    }

    /**
     * What the window reads again after a rescan: the reading positions another computer wrote (the
     * sync tool may have put its settings file in place of this one, merged or not), and each of
     * the reader's files whose conflict copies were merged: bookmarks, the glossary's definitions,
     * the topics.
     */
    static LibraryRescan.PickUp pickUp(ReaderSession session, GlossaryViewModel glossary, Background background) {
        return merged -> {
            java.util.Map<String, dev.gloss.core.settings.ReadingPosition> positions = session.pickUpSettings();
            return () -> {
                if (!positions.isEmpty()) {
                    session.model().positions().restore(positions);
                }
                if (merged.contains(SyncedFiles.BOOKMARKS.fileName())) {
                    session.bookmarks().pickUpChanges();
                }
                if (merged.contains(SyncedFiles.GLOSSARY.fileName()) && glossary != null) {
                    glossary.userGlossaryChanged();
                }
                if (merged.contains(SyncedFiles.TOPICS.fileName())) {
                    topicsChanged(session.model(), background);
                }
            };
        };
    }

    /** The topics shown again with the reader's own as the merged file has them. */
    private static void topicsChanged(ReaderState model, Background background) {
        Library library = model.libraryProperty().get();
        if (library == null) {
            return;
        }
        background.run(() -> model.topics().service().index(library), index -> model.topics().changed(library, index),
                error -> model.status().tell("Your topics could not be read again: " + error.getMessage()));
    }
}
