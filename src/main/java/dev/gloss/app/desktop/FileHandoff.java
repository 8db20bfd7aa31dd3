package dev.gloss.app.desktop;

import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.core.userlibrary.FileResult;
import dev.gloss.core.userlibrary.ImportReport;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files and sections the desktop gives the window ({@code gloss FILE...} when Gloss starts, or handed over by a
 * later {@code gloss FILE} while it is open): each is imported when it is new, or found when it was
 * imported before (the import says "duplicate" and names its article), and the window opens the
 * first of them. Files that arrive while an import runs wait for it. FX thread only.
 */
public final class FileHandoff {
    private final Stage stage;
    private final ReaderState reader;
    private final ImportViewModel imports;
    private final List<Path> waiting = new ArrayList<>();
    private boolean ours;

    public FileHandoff(Stage stage, ReaderState reader, ImportViewModel imports) {
        this.stage = stage;
        this.reader = reader;
        this.imports = imports;
        imports.lastReportProperty().addListener((obs, o, report) -> {
            if (ours && report != null) {
                ours = false;
                firstArticle(report).ifPresent(reader::openArticle);
                startWaiting();
            }
        });
        imports.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                startWaiting();
            }
        });
    }

    /** Opens these files, or else the sections asked for, in the window, and brings the window to the front. */
    public void open(dev.gloss.core.desktop.OpenRequests.Request request) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (request.files().isEmpty()) {
            request.sections().stream().findFirst().ifPresent(section -> reader.startup().whenReady(library -> {
                if (library.section(section).isPresent()) {
                    reader.openSection(section);
                } else {
                    reader.status().tell("The section “" + section + "” is not in the library (any more).");
                }
            }));
            return;
        }
        List<Path> files = request.files();
        waiting.addAll(files);
        // The library must be there first: an import is merged into it.
        reader.startup().whenReady(library -> startWaiting());
    }

    private void startWaiting() {
        if (waiting.isEmpty() || ours || imports.runningProperty().get() || reader.libraryProperty().get() == null) {
            return;
        }
        List<Path> batch = List.copyOf(waiting);
        waiting.clear();
        ours = true;
        imports.importPaths(batch);
    }

    /** The article of the first file that became one or was one already. */
    static Optional<String> firstArticle(ImportReport report) {
        for (FileResult r : report.results()) {
            if (r.articleId().isPresent()) {
                return r.articleId();
            }
        }
        return Optional.empty();
    }
}
