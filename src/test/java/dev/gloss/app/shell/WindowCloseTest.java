package dev.gloss.app.shell;

import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.storage.LocalFolders;
import javafx.stage.Stage;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the window stops every worker it started and lets go of its search index on disk. */
@ExtendWith(ApplicationExtension.class)
class WindowCloseTest {
    private static final String WORKERS = "gloss-close-test";

    @TempDir
    Path dataDir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void closingTheSessionStopsItsWorkersAndFreesTheIndex(FxRobot robot) throws Exception {
        Background.Threads background = (Background.Threads) Background.threads(WORKERS, 1);
        ReaderSession session = WaitForAsyncUtils.asyncFx(() -> {
            ReaderSession opened = ReaderSession.open(stage, dataDir, background, BundledLibrary.source(),
                    Optional.empty(), () -> { });
            stage.show();
            return opened;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.window().search().readyProperty().get());
        assertTrue(alive(WORKERS), "the window's workers run while it is open");

        robot.interact(session::close);

        assertTrue(background.awaitStopped(60, TimeUnit.SECONDS), "a worker of the window outlived it");
        assertFalse(dev.gloss.app.tasks.BackgroundTest.outlived(WORKERS), "no worker thread of the window, nor of search or imports made from it, is left");
        try (Directory index = FSDirectory.open(LocalFolders.index(dataDir));
             Lock lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            assertNotNull(lock, "the index on disk is free for the next window or the command line");
        }
    }

    private static boolean alive(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().startsWith(prefix));
    }
}
