package dev.gloss.app.imports;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.Manifest;
import dev.gloss.core.model.Article;
import dev.gloss.core.userlibrary.FileResult;
import dev.gloss.core.userlibrary.ImportReport;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.ImportStatus;
import dev.gloss.core.userlibrary.Removal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Importing files and folders, and removing imported articles with undo. Imports run on their own
 * worker with progress and a cancel; at the end the library is replaced with one that holds the
 * new and updated articles, so every view sees them without a restart. What happened is told in
 * one notice (the bar above the status bar) and, for an import, a report of every file.
 */
public final class ImportViewModel {

    /** What the notice shows: nothing, an import under way, an import's outcome, or a removal that can be undone. */
    public enum Notice { NONE, PROGRESS, REPORT, REMOVED, MESSAGE }

    private record Progress(int done, int total, Path current) {
    }

    /**
     * What an import did; {@code merged} is {@code base} with the changed articles in place, made on
     * the import's thread so that the FX thread only puts it in place.
     */
    private record Outcome(ImportReport report, Map<String, Article> changed, Library base, Library merged,
                           List<ReportRow> rows, String summary) {
    }

    private final ReaderState reader;
    private final Background importWorker;
    private final Background background;
    private final Executor fxThread;
    private final Path dataDir;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper(this, "noticeText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ObservableList<ReportRow> reportRows = FXCollections.observableArrayList();
    /** One read-only view, held here: the wrapper listens to {@link #reportRows} only weakly. */
    private final ObservableList<ReportRow> reportRowsView = FXCollections.unmodifiableObservableList(reportRows);
    private final ReadOnlyObjectWrapper<Removal> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicReference<Progress> pendingProgress = new AtomicReference<>();
    private ImportService service;

    /**
     * @param importWorker where imports run (one thread of their own in the window, so that a long
     *                     import does not hold up search or topics)
     * @param background   where removals and undos run
     * @param fxThread     how progress told on the import thread reaches the FX thread
     */
    public ImportViewModel(ReaderState reader, Background importWorker, Background background, Executor fxThread,
                           Path dataDir) {
        this.reader = reader;
        this.importWorker = importWorker;
        this.background = background;
        this.fxThread = fxThread;
        this.dataDir = dataDir;
    }

    /** Imports files and the importable files of folders, in the background; one import at a time. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (running.get()) {
            reader.status().tell("An import is already running; wait for it to finish or cancel it first.");
            return;
        }
        cancelRequested.set(false);
        cancelling.set(false);
        running.set(true);
        progress.set(-1);
        show(Notice.PROGRESS, "Preparing to import " + describePaths(paths) + "…");
        List<Path> batch = List.copyOf(paths);
        Library base = reader.libraryProperty().get();
        importWorker.task(() -> {
            ImportService imports = service();
            ImportReport report = imports.importPaths(batch, this::progressed, cancelRequested::get);
            Map<String, Article> changed = new LinkedHashMap<>();
            for (FileResult r : report.results()) {
                if (r.status() == ImportStatus.IMPORTED || r.status() == ImportStatus.UPDATED) {
                    r.articleId().flatMap(imports::article).ifPresent(a -> changed.put(a.id(), a));
                }
            }
            Library merged = base == null || changed.isEmpty() ? base : with(base, changed.values());
            List<ReportRow> rows = report.results().stream().map(r -> ReportRow.of(r, changed)).toList();
            return new Outcome(report, changed, base, merged, rows, ImportSummary.of(report));
        }).onSuccess(this::finished).onError(error -> {
            running.set(false);
            show(Notice.MESSAGE, "The import stopped: " + error.getMessage());
        }).start();
    }

    /** Stops the import before its next file; the files already imported stay. */
    public void cancel() {
        if (running.get() && !cancelRequested.getAndSet(true)) {
            cancelling.set(true);
            noticeText.set("Cancelling after the current file…");
        }
    }

    /** Told on the import thread: only the latest news crosses to the FX thread, so thousands of files never flood it. */
    private void progressed(int done, int total, Path current) {
        if (pendingProgress.getAndSet(new Progress(done, total, current)) == null) {
            fxThread.execute(() -> {
                Progress p = pendingProgress.getAndSet(null);
                if (p != null && running.get() && !cancelling.get()) {
                    progress.set(p.total() == 0 ? -1 : (double) p.done() / p.total());
                    noticeText.set("Importing " + (p.done() + 1) + " of " + p.total() + ": " + ReportRow.nameOf(p.current()));
                }
            });
        }
    }

    private void finished(Outcome outcome) {
        pendingProgress.set(null);
        running.set(false);
        cancelling.set(false);
        progress.set(1);
        ImportReport report = outcome.report();
        reportRows.setAll(outcome.rows());
        lastReport.set(report);
        if (!outcome.changed().isEmpty()) {
            Library current = reader.libraryProperty().get();
            if (current != null) {
                // A removal while the import ran changed the library: merge with the library as it is now.
                reader.replaceLibrary(current == outcome.base() ? outcome.merged() : with(current, outcome.changed().values()));
            }
        }
        show(Notice.REPORT, outcome.summary());
    }

    /** Whether the reader may remove this article: only imported ones, never the bundled library. */
    public boolean isRemovable(Article article) {
        // The manifest is read when first asked, once the library is shown, not while the window is built.
        return BundledLibrary.manifest().articles().stream().map(Manifest.Entry::id).noneMatch(article.id()::equals);
    }

    /** Moves an imported article to the library's trash, with an undo in the notice. */
    public void remove(String articleId) {
        Optional<Article> article = Optional.ofNullable(reader.libraryProperty().get()).flatMap(l -> l.article(articleId));
        if (article.isEmpty() || !isRemovable(article.get())) {
            reader.status().tell("Only imported articles can be removed; the bundled articles stay.");
            return;
        }
        background.task(() -> service().remove(articleId)).onSuccess(removal -> {
            Library current = reader.libraryProperty().get();
            reader.replaceLibrary(new Library(current.articles().stream().filter(a -> !a.id().equals(articleId)).toList()));
            undoable.set(removal);
            show(Notice.REMOVED, "Removed “" + removal.title() + "” from the library; its bookmarks are kept, detached.");
        }).onError(error -> show(Notice.MESSAGE, "The article could not be removed: " + error.getMessage())).start();
    }

    /** Brings back the article removed last (Ctrl+Z in the library, or Undo in the notice). */
    public void undoRemove() {
        Removal removal = undoable.get();
        if (removal == null) {
            return;
        }
        undoable.set(null);
        background.task(() -> service().restore(removal)).onSuccess(article -> {
            reader.replaceLibrary(with(reader.libraryProperty().get(), List.of(article)));
            show(Notice.MESSAGE, "“" + article.title() + "” is back in the library.");
        }).onError(error -> show(Notice.MESSAGE, "The article could not be restored: " + error.getMessage())).start();
    }

    /** Closes the notice; an import under way goes on (its progress shows again with the next file). */
    public void dismiss() {
        if (!running.get()) {
            show(Notice.NONE, "");
            undoable.set(null);
        }
    }

    /** The library with these articles in place of their earlier versions, the new ones at the end. */
    private static Library with(Library library, java.util.Collection<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        library.articles().forEach(a -> byId.put(a.id(), a));
        articles.forEach(a -> byId.put(a.id(), a));
        return new Library(new ArrayList<>(byId.values()));
    }

    private synchronized ImportService service() {
        if (service == null) {
            service = ImportService.open(dataDir);
        }
        return service;
    }

    private void show(Notice kind, String text) {
        noticeText.set(text);
        notice.set(kind);
    }

    private static String describePaths(List<Path> paths) {
        return paths.size() == 1 ? ReportRow.nameOf(paths.get(0)) : paths.size() + " items";
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The share of files done, 0 to 1; -1 while the files are being listed. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public ObservableList<ReportRow> reportRows() {
        return reportRowsView;
    }

    /** The removal an undo would bring back; null when there is none. */
    public ReadOnlyObjectProperty<Removal> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }
}
