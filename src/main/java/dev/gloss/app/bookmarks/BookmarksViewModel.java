package dev.gloss.app.bookmarks;

import dev.gloss.app.bookmarks.BookmarkRows.ArticleRow;
import dev.gloss.app.bookmarks.BookmarkRows.BookmarkRow;
import dev.gloss.app.bookmarks.BookmarkRows.Row;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.bookmarks.Bookmark;
import dev.gloss.core.bookmarks.BookmarkFormatException;
import dev.gloss.core.bookmarks.BookmarkGroup;
import dev.gloss.core.bookmarks.BookmarkGrouping;
import dev.gloss.core.bookmarks.BookmarkOrder;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.bookmarks.ImportResult;
import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.bookmarks.TextRange;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The reader's bookmarks in the window: the Bookmarks panel (grouped by article, ordered, filtered),
 * whether the section being read is bookmarked, adding, note editing, deleting with undo, export
 * and import. It owns the {@link BookmarkStore} of the data folder, opened in the background, and
 * must be {@linkplain #close() closed} when the window goes so that the last change is saved.
 */
public final class BookmarksViewModel implements AutoCloseable {

    /** A passage the article should select and scroll to, after its section was opened. */
    public record Reveal(String sectionId, int start, int end) {
    }

    private final ReaderState reader;
    private final Background background;
    private final Executor ui;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<BookmarkOrder> order = new SimpleObjectProperty<>(this, "order", BookmarkOrder.NEWEST_FIRST);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper sectionBookmarked = new ReadOnlyBooleanWrapper(this, "sectionBookmarked");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "Opening your bookmarks…");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoMessage = new ReadOnlyStringWrapper(this, "undoMessage", "");
    private final dev.gloss.app.reader.Requests<Reveal> reveals = new dev.gloss.app.reader.Requests<>();
    private final ReadOnlyObjectWrapper<Map<String, List<TextRange>>> passages =
            new ReadOnlyObjectWrapper<>(this, "passages", Map.of());
    private final ReadOnlyObjectWrapper<Map<HighlightColour, Map<String, List<TextRange>>>> highlights =
            new ReadOnlyObjectWrapper<>(this, "highlights", Map.of());
    /** The one colour the panel shows, or null for every colour. */
    private final ObjectProperty<HighlightColour> colourFilter = new SimpleObjectProperty<>(this, "colourFilter");
    /** Deleted bookmarks, the latest first, for undo. */
    private final Deque<Bookmark> removed = new ArrayDeque<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private List<ResolvedBookmark> resolved = List.of();
    private BookmarkStore store;
    private boolean closed;
    private boolean openFailed;

    /** Opens the bookmarks of {@code dataDir} in the background; results and changes come back on the FX thread. */
    /** The reader's state this panel works in. */
    public ReaderState reader() {
        return reader;
    }

    public BookmarksViewModel(ReaderState reader, Background background, Path dataDir) {
        this(reader, background, dataDir, Platform::runLater, ZoneId.systemDefault());
    }

    /**
     * @param ui where the store's changes from other threads (its saver, another writer picked up) are handled
     * @param zone the time zone in which the panel shows when a bookmark was made
     */
    BookmarksViewModel(ReaderState reader, Background background, Path dataDir, Executor ui, ZoneId zone) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
        this.zone = zone;
        filter.addListener((obs, o, f) -> refresh());
        order.addListener((obs, o, f) -> refresh());
        colourFilter.addListener((obs, o, f) -> refresh());
        reader.libraryProperty().addListener((obs, o, library) -> reanchor());
        reader.currentSectionProperty().addListener((obs, o, section) -> updateSectionBookmarked());
        // Opened once the library is loaded: the first article is read and shown before anything else.
        if (reader.libraryProperty().get() != null) {
            open(dataDir);
        } else {
            reader.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean loading) {
                    if (!loading) {
                        reader.loadingProperty().removeListener(this);
                        open(dataDir);
                    }
                }
            });
        }
    }

    private void open(Path dataDir) {
        background.run(() -> BookmarkStore.open(dataDir), this::opened,
                error -> {
                    openFailed = true;
                    emptyMessage.set("Your bookmarks could not be opened.");
                    reader.status().tell("Your bookmarks in " + dataDir + " could not be opened: " + reason(error) + ".");
                });
    }

    private void opened(BookmarkStore opened) {
        if (closed) {
            closeQuietly(opened);
            return;
        }
        store = opened;
        store.setProblemListener(message -> ui.execute(() -> reader.status().tell(message)));
        store.setChangeListener(this::changedElsewhere);
        store.recoveryMessage().ifPresent(reader.status()::tell);
        reanchor();
        refresh();
    }

    /** The store changed, maybe on another thread: refresh once on the FX thread, however many changes came. */
    private void changedElsewhere() {
        if (refreshPending.compareAndSet(false, true)) {
            ui.execute(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    /** Points the bookmarks at where their text is in the library just loaded, and saves that. */
    private void reanchor() {
        Library library = reader.libraryProperty().get();
        BookmarkStore s = store;
        if (library == null || s == null) {
            return;
        }
        background.run(() -> s.reanchor(library), done -> refresh(),
                error -> reader.status().tell("Your bookmarks could not be matched to the library: " + error.getMessage()));
    }

    private void refresh() {
        Library library = reader.libraryProperty().get();
        ready.set(store != null && library != null && !closed);
        if (!ready.get()) {
            resolved = List.of();
            rows.clear();
            passages.set(Map.of());
            highlights.set(Map.of());
            emptyMessage.set(openFailed ? "Your bookmarks could not be opened."
                    : store == null ? "Opening your bookmarks…"
                    : reader.loadingProperty().get() ? "Loading the library…"
                    : "Your bookmarks are shown once the library is loaded.");
            updateSectionBookmarked();
            return;
        }
        resolved = store.resolve(library);
        List<BookmarkGroup> groups = BookmarkGrouping.group(resolved, library, order.get(), filter.get(),
                Optional.ofNullable(colourFilter.get()));
        List<Row> fresh = BookmarkRows.of(groups, zone);
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        Map<String, List<TextRange>> marks = new LinkedHashMap<>();
        Map<HighlightColour, Map<String, List<TextRange>>> coloured = new java.util.EnumMap<>(HighlightColour.class);
        for (ResolvedBookmark r : resolved) {
            if (r.bookmark().isPassage() && r.passage().isPresent() && r.sectionId().isPresent()) {
                marks.computeIfAbsent(r.sectionId().get(), id -> new ArrayList<>()).add(r.passage().get());
                coloured.computeIfAbsent(r.bookmark().colour(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(r.sectionId().get(), id -> new ArrayList<>()).add(r.passage().get());
            }
        }
        if (!marks.equals(passages.get())) {
            passages.set(Map.copyOf(marks));
        }
        if (!coloured.equals(highlights.get())) {
            highlights.set(java.util.Collections.unmodifiableMap(coloured));
        }
        if (resolved.isEmpty()) {
            emptyMessage.set("No bookmarks yet. Press Ctrl+D to bookmark the section you are reading, "
                    + "or right-click selected text to bookmark a passage.");
        } else {
            emptyMessage.set(!fresh.isEmpty() ? ""
                    : colourFilter.get() != null && filter.get().isBlank()
                    ? "No bookmarks in " + colourFilter.get().key() + "."
                    : "No bookmarks match “" + filter.get().strip() + "”"
                    + (colourFilter.get() == null ? "" : " in " + colourFilter.get().key()) + ".");
        }
        updateSectionBookmarked();
    }

    private void updateSectionBookmarked() {
        sectionBookmarked.set(currentSectionBookmark().isPresent());
    }

    private Optional<Bookmark> currentSectionBookmark() {
        Section section = reader.currentSectionProperty().get();
        return section == null ? Optional.empty() : sectionBookmark(section.id());
    }

    /** Found among the resolved bookmarks, so that it follows a section that was renamed or moved. */
    private Optional<Bookmark> sectionBookmark(String sectionId) {
        return resolved.stream()
                .filter(r -> !r.bookmark().isPassage() && r.sectionId().filter(sectionId::equals).isPresent())
                .map(ResolvedBookmark::bookmark)
                .findFirst();
    }

    /** The toolbar toggle and Ctrl+D: bookmarks the section being read, or removes its bookmark (undoably). */
    public void toggleCurrentSection() {
        Section section = reader.currentSectionProperty().get();
        if (section != null) {
            toggleSection(section.id());
        }
    }

    /** Bookmarks a section, or removes its bookmark (undoably) if it has one. */
    public void toggleSection(String sectionId) {
        if (!ready.get()) {
            return;
        }
        Optional<Bookmark> existing = sectionBookmark(sectionId);
        if (existing.isPresent()) {
            delete(existing.get().id());
        } else {
            addSection(sectionId);
        }
    }

    /** Whether a section has a bookmark of its own (not only of a passage). */
    public boolean isSectionBookmarked(String sectionId) {
        return sectionBookmark(sectionId).isPresent();
    }

    /** Bookmarks a whole section; a bookmark of it deleted earlier comes back with its note. */
    public void addSection(String sectionId) {
        Optional<Place> place = place(sectionId);
        if (place.isEmpty()) {
            return;
        }
        Optional<Bookmark> deletedEarlier = removed.stream()
                .filter(b -> !b.isPassage() && b.sectionId().equals(sectionId)).findFirst();
        if (deletedEarlier.isPresent()) {
            removed.remove(deletedEarlier.get());
            store.restore(deletedEarlier.get());
            updateUndo();
        } else {
            store.addSection(place.get().article(), place.get().section(), "");
        }
        refresh();
        reader.status().tell("Bookmarked “" + title(place.get().section()) + "”.");
    }

    /** Bookmarks a passage, given as a range of its section's {@code plainText()}, with an optional note. */
    public void addPassage(String sectionId, int start, int end, String note) {
        addPassage(sectionId, start, end, note, null);
    }

    /**
     * Highlights a passage in a colour, with an optional note; a passage already bookmarked takes
     * the colour (null keeps its own; a new one gets the default).
     */
    public void addPassage(String sectionId, int start, int end, String note, HighlightColour colour) {
        Optional<Place> place = place(sectionId);
        if (place.isEmpty()) {
            return;
        }
        String text = place.get().section().plainText();
        if (start < 0 || end > text.length() || start >= end || text.substring(start, end).isBlank()) {
            reader.status().tell("Select some text in one section to bookmark it as a passage.");
            return;
        }
        String cleanNote = note == null ? "" : note.strip();
        int before = store.all().size();
        Bookmark bookmark = store.addPassage(place.get().article(), place.get().section(), new TextRange(start, end),
                cleanNote, colour);
        boolean existed = store.all().size() == before;
        if (existed && !cleanNote.isEmpty() && !cleanNote.equals(bookmark.note())) {
            store.updateNote(bookmark.id(), cleanNote);
            reader.status().tell("That passage was already bookmarked; its note is replaced.");
        } else if (existed) {
            reader.status().tell(colour == null ? "That passage was already bookmarked."
                    : "That passage is highlighted in " + bookmark.colour().key() + ".");
        } else {
            reader.status().tell(colour == null ? "Bookmarked a passage of “" + title(place.get().section()) + "”."
                    : "Highlighted a passage of “" + title(place.get().section()) + "” in " + colour.key() + ".");
        }
        refresh();
    }

    /** The text of a passage about to be bookmarked, as the note dialog shows it; empty if it is not one section's text. */
    public Optional<String> passageText(String sectionId, int start, int end) {
        Library library = reader.libraryProperty().get();
        return Optional.ofNullable(library).flatMap(l -> l.section(sectionId)).map(Section::plainText)
                .filter(text -> start >= 0 && end <= text.length() && start < end)
                .map(text -> text.substring(start, end).strip())
                .filter(text -> !text.isEmpty());
    }

    /** Edit > Bookmark Passage with nothing selected. */
    public void tellNoSelection() {
        reader.status().tell("Select a passage of the article first, then bookmark it.");
    }

    /** Saves a bookmark's note as edited in the panel; trailing spaces and blank lines are dropped. */
    public void saveNote(String id, String note) {
        if (store == null) {
            return;
        }
        String clean = note == null ? "" : note.stripTrailing();
        Optional<Bookmark> current = store.get(id);
        if (current.isPresent() && !current.get().note().equals(clean)) {
            store.updateNote(id, clean);
            refresh();
        }
    }

    /** Gives a bookmark another colour (its passage's highlight, its row). */
    public void setColour(String id, HighlightColour colour) {
        if (store != null && colour != null) {
            store.setColour(id, colour);
            refresh();
        }
    }

    /** Deletes a bookmark; {@link #undo()} brings it back. */
    public void delete(String id) {
        if (store == null) {
            return;
        }
        store.remove(id).ifPresent(b -> {
            removed.push(b);
            updateUndo();
            refresh();
            reader.status().tell("Deleted the bookmark of “" + displayTitle(b) + "”. Ctrl+Z brings it back.");
        });
    }

    /** Brings back the last deleted bookmark, as it was. */
    public void undo() {
        if (store == null || removed.isEmpty()) {
            return;
        }
        Bookmark back = removed.pop();
        store.restore(back);
        updateUndo();
        refresh();
        reader.status().tell("The bookmark of “" + displayTitle(back) + "” is back.");
    }

    /** Forgets what could be undone: the notification is dismissed. */
    public void dismissUndo() {
        removed.clear();
        updateUndo();
    }

    private void updateUndo() {
        canUndo.set(!removed.isEmpty());
        Bookmark last = removed.peek();
        undoMessage.set(last == null ? "" : "Deleted “" + displayTitle(last) + "”.");
    }

    /** Opens a bookmark's section and selects its passage; an article row opens its article. */
    public void open(Row row) {
        if (row instanceof ArticleRow article) {
            reader.openArticle(article.articleId());
        } else if (row instanceof BookmarkRow bookmark) {
            if (bookmark.detached() || bookmark.sectionId().isEmpty()) {
                reader.status().tell("“" + bookmark.sectionTitle() + "” is no longer in the library; "
                        + "the bookmark keeps its saved title and quote.");
                return;
            }
            String sectionId = bookmark.sectionId().get();
            reader.openSection(sectionId);
            bookmark.passage().filter(p -> bookmark.isPassage()).ifPresent(p -> {
                reveals.send(new Reveal(sectionId, p.start(), p.end()));
            });
        }
    }

    /** Writes every bookmark to {@code file}, in the background; the status line says how it went. */
    public void exportTo(Path file, ExportFormat format) {
        String name = String.valueOf(file.getFileName());
        withStore((s, library) -> {
            byte[] bytes = format == ExportFormat.JSON ? s.exportJson()
                    : s.exportMarkdown(library, zone).getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            return s.all().size();
        }, count -> reader.status().tell("Exported " + count + (count == 1 ? " bookmark" : " bookmarks") + " to " + name + "."),
                error -> "The bookmarks could not be exported to " + name + ": " + reason(error) + ".");
    }

    /** Merges the bookmarks of a JSON export into ours, in the background; the status line gives the counts. */
    public void importFrom(Path file) {
        String name = String.valueOf(file.getFileName());
        withStore((s, library) -> {
            ImportResult result = s.importJson(Files.readAllBytes(file));
            s.reanchor(library);
            return result;
        }, result -> {
            refresh();
            reader.status().tell("Imported " + name + ": " + result.added() + " added, " + result.updated() + " updated, "
                    + result.alreadyThere() + " already there.");
        }, error -> error instanceof BookmarkFormatException
                ? name + " is not a bookmarks export (" + error.getMessage() + "); nothing was imported."
                : name + " could not be read: " + reason(error) + ".");
    }

    /** Work on the store against the library, off the FX thread. */
    @FunctionalInterface
    private interface StoreWork<T> {
        T run(BookmarkStore store, Library library) throws Exception;
    }

    /** Runs {@code work} in the background once the bookmarks are open; until then the reader is asked to wait. */
    private <T> void withStore(StoreWork<T> work, Consumer<? super T> done, Function<Throwable, String> failure) {
        Library library = reader.libraryProperty().get();
        BookmarkStore s = store;
        if (s == null || library == null || closed) {
            reader.status().tell("Your bookmarks are still being opened; try again in a moment.");
            return;
        }
        background.run(() -> work.run(s, library), done, error -> reader.status().tell(failure.apply(error)));
    }

    private static String reason(Throwable error) {
        if (error instanceof java.nio.file.NoSuchFileException) {
            return "there is no such file";
        }
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** Picks up what the command line or another window saved meanwhile, in the background. */
    public void pickUpChanges() {
        BookmarkStore s = store;
        if (s != null && !closed) {
            background.run(() -> {
                s.refresh();
                return s;
            }, done -> refresh(), error -> reader.status().tell("Your bookmarks could not be read again: " + reason(error) + "."));
        }
    }

    /** Saves what is not saved yet and stops the store; the bookmarks are gone from the panel after this. */
    @Override
    public void close() {
        closed = true;
        if (store != null) {
            closeQuietly(store);
        }
        refresh();
    }

    /** A failed save has already been told to the reader through the problem listener. */
    private static void closeQuietly(BookmarkStore s) {
        try {
            s.close();
        } catch (IOException e) {
            // Told already; there is nothing more to do while the window closes.
        }
    }

    private record Place(Article article, Section section) {
    }

    private Optional<Place> place(String sectionId) {
        Library library = reader.libraryProperty().get();
        if (!ready.get() || library == null) {
            return Optional.empty();
        }
        return library.section(sectionId).flatMap(s -> library.articleOf(sectionId).map(a -> new Place(a, s)));
    }

    private static String title(Section section) {
        return section.displayTitle();
    }

    private static String displayTitle(Bookmark b) {
        return Section.displayTitle(b.sectionTitle());
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** Text the panel is filtered by: every word must appear in the note, quote or titles. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<BookmarkOrder> orderProperty() {
        return order;
    }

    /** True once the bookmarks are open and the library is loaded. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether the section being read has a bookmark of its own: the toolbar toggle's state. */
    public ReadOnlyBooleanProperty sectionBookmarkedProperty() {
        return sectionBookmarked.getReadOnlyProperty();
    }

    /** What the panel says when it lists nothing; empty when it lists something. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What the undo notification says, e.g. "Deleted “Conclusion”." */
    public ReadOnlyStringProperty undoMessageProperty() {
        return undoMessage.getReadOnlyProperty();
    }

    /** The passages to select in the article after {@link #open} opened their section. */
    public dev.gloss.app.reader.Requests<Reveal> reveals() {
        return reveals;
    }

    /** Bookmarked passages by colour, then section id to ranges of its text: the highlights in the article. */
    public ReadOnlyObjectProperty<Map<HighlightColour, Map<String, List<TextRange>>>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** The colour the panel lists, or null for all of them. */
    public ObjectProperty<HighlightColour> colourFilterProperty() {
        return colourFilter;
    }

    /** Where bookmarked passages are, section id to ranges of its text: the marks in the article. */
    public ReadOnlyObjectProperty<Map<String, List<TextRange>>> passagesProperty() {
        return passages.getReadOnlyProperty();
    }
}
