package dev.gloss.app;

import dev.gloss.app.shell.ReaderSession;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.userlibrary.UserLibrary;
import dev.gloss.core.storage.DataDir;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** The reader's window. */
public class GlossApp extends Application {
    private static volatile Path dataDir;
    private static volatile StartupReads early;
    private static volatile dev.gloss.core.desktop.OpenRequests.Request filesToOpen =
            new dev.gloss.core.desktop.OpenRequests.Request(java.util.List.of(), java.util.List.of());
    private ReaderSession session;
    private dev.gloss.core.desktop.OpenRequests.Listener openRequests;

    /** Opens the window on the given data folder (settings, bookmarks, imported articles). */
    public static void launchWindow(Path folder) {
        launchWindow(folder, filesToOpen);
    }

    /** Opens the window on the given data folder, and in it these files (imported, or found if they were) or sections. */
    public static void launchWindow(Path folder, dev.gloss.core.desktop.OpenRequests.Request files) {
        filesToOpen = files;
        dataDir = folder;
        early = StartupReads.begin(folder);
        Application.launch(GlossApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("GLOSS_START");
        Path folder = dataDir != null ? dataDir : DataDir.resolve(Optional.empty());
        StartupReads reads = early != null ? early : StartupReads.begin(folder);
        stage.setTitle("Gloss");
        dev.gloss.app.shell.ExternalLinks.setOpener(getHostServices()::showDocument);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream icon = GlossApp.class.getResourceAsStream("icons/gloss-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        Background background = Background.threads("gloss-library", 1);
        session = ReaderSession.open(stage, reads.settings(), background,
                UserLibrary.source(folder), reads.prefersDark(), Platform::exit);
        reads.notice().ifPresent(session.model().status()::tell);
        openRequests = dev.gloss.app.desktop.DesktopIntegration.attach(stage, session, folder, background, filesToOpen);
        session.model().currentArticleProperty().addListener((obs, o, a) ->
                stage.setTitle(a == null ? "Gloss" : a.title() + " — Gloss"));
        StartupProbe.mark("GLOSS_WINDOW_BUILT");
        StartupProbe.fromSystemProperties().ifPresent(probe -> probe.attach(session.model()));
        stage.show();
        StartupProbe.mark("GLOSS_WINDOW_SHOWN");
    }

    @Override
    public void stop() {
        if (openRequests != null) {
            openRequests.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
