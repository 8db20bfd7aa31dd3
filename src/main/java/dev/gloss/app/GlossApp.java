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
    private ReaderSession session;

    /** Opens the window on the given data folder (settings, bookmarks, imported articles). */
    public static void launchWindow(Path folder) {
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
        session = ReaderSession.open(stage, reads.settings(), Background.threads("gloss-library", 1),
                UserLibrary.source(folder), reads.prefersDark(), Platform::exit);
        session.model().currentArticleProperty().addListener((obs, o, a) ->
                stage.setTitle(a == null ? "Gloss" : a.title() + " — Gloss"));
        StartupProbe.mark("GLOSS_WINDOW_BUILT");
        StartupProbe.fromSystemProperties().ifPresent(probe -> probe.attach(session.model()));
        stage.show();
        StartupProbe.mark("GLOSS_WINDOW_SHOWN");
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
