package dev.gloss.core.bookmarks;

import dev.gloss.core.concurrent.DebouncedSaver;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.FileLocks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reader's bookmarks, kept in bookmarks.json in the data folder. Every change is saved in the
 * background at most {@link #SAVE_DELAY} later; {@link #flush()} saves now and {@link #close()} saves
 * before shutting down. Saves merge with what other windows or processes wrote meanwhile (see
 * {@link BookmarkFile}). Thread-safe; listeners are called on whichever thread made or saved the
 * change, so a window hops to its own thread.
 */
public final class BookmarkStore implements AutoCloseable {
    public static final String FILE_NAME = "bookmarks.json";
    /** The longest a change waits before it is on disk. */
    public static final Duration SAVE_DELAY = Duration.ofSeconds(1);
    /** A burst of edits (typing a note) is saved once, this long after it stops. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private final BookmarkFile file;
    private final Clock clock;
    private final DebouncedSaver saver;
    private final Object saveLock = new Object();
    private final Optional<String> recoveryMessage;
    private BookmarkDocument state;
    private long generation;
    private long savedGeneration;
    private Instant lastStamp = Instant.EPOCH;
    private volatile Optional<String> saveProblem = Optional.empty();
    private volatile Consumer<String> problemListener = message -> { };
    private volatile Runnable changeListener = () -> { };

    private BookmarkStore(BookmarkFile file, Clock clock, Duration quiet, Duration maxDelay,
                          DebouncedSaver.Schedule schedule) throws IOException {
        this.file = file;
        this.clock = clock;
        BookmarkFile.Outcome loaded = file.load();
        this.state = loaded.document();
        this.recoveryMessage = loaded.recoveryMessage();
        this.saver = new DebouncedSaver(quiet, maxDelay, this::save, this::saveFailed, schedule);
    }

    /** Opens the bookmarks of the data folder {@code dataDir}; a broken file is recovered (see {@link #recoveryMessage()}). */
    public static BookmarkStore open(Path dataDir) throws IOException {
        return open(dataDir, Clock.systemUTC());
    }

    public static BookmarkStore open(Path dataDir, Clock clock) throws IOException {
        return open(dataDir.resolve(FILE_NAME), clock, QUIET, SAVE_DELAY, AtomicFiles::write);
    }

    static BookmarkStore open(Path file, Clock clock, Duration quiet, Duration maxDelay, BookmarkFile.Writer writer)
            throws IOException {
        return open(file, clock, quiet, maxDelay, writer, DebouncedSaver.Schedule.ofDaemonThread("gloss-bookmarks-saver"));
    }

    static BookmarkStore open(Path file, Clock clock, Duration quiet, Duration maxDelay, BookmarkFile.Writer writer,
                              DebouncedSaver.Schedule schedule) throws IOException {
        return new BookmarkStore(new BookmarkFile(file, clock, writer), clock, quiet, maxDelay, schedule);
    }

    public Path file() {
        return file.path();
    }

    /** One sentence for the reader if the file was broken at start-up and had to be set aside. */
    public Optional<String> recoveryMessage() {
        return recoveryMessage;
    }

    /** Why the last save failed, until a save succeeds. */
    public Optional<String> saveProblem() {
        return saveProblem;
    }

    /** Called with one sentence when a save fails, or when a save found the file broken and recovered it. */
    public void setProblemListener(Consumer<String> listener) {
        problemListener = Objects.requireNonNull(listener);
    }

    /** Called after any change to the bookmarks, including changes of other writers picked up by a save. */
    public void setChangeListener(Runnable listener) {
        changeListener = Objects.requireNonNull(listener);
    }

    /** All bookmarks, oldest first. */
    public synchronized List<Bookmark> all() {
        return state.live();
    }

    public synchronized Optional<Bookmark> get(String id) {
        return Optional.ofNullable(state.bookmarks().get(id)).map(BookmarkDocument.Entry::bookmark);
    }

    /** The bookmark of the whole section, if there is one: what a toolbar toggle shows. */
    public synchronized Optional<Bookmark> sectionBookmark(String sectionId) {
        return state.live().stream().filter(b -> !b.isPassage() && b.sectionId().equals(sectionId)).findFirst();
    }

    /**
     * Bookmarks a whole section; if it already is, returns that bookmark, with {@code note} joined
     * to its note when it says something the note does not (see {@link #joinNotes}).
     */
    public Bookmark addSection(Article article, Section section, String note) {
        return addSection(article, section, note, null);
    }

    /** As {@link #addSection(Article, Section, String)}, in a colour (null: the default, or the bookmark's own). */
    public Bookmark addSection(Article article, Section section, String note, HighlightColour colour) {
        String text = section.plainText();
        return add(article, section, "", "", Passages.opening(text), note, colour);
    }

    /** Bookmarks a passage of a section, {@code passage} being a range of its {@code plainText()}. */
    public Bookmark addPassage(Article article, Section section, TextRange passage, String note) {
        return addPassage(article, section, passage, note, null);
    }

    /**
     * As {@link #addPassage(Article, Section, TextRange, String)}, highlighted in a colour; a passage
     * already bookmarked takes the colour given (null keeps its own, and a new one gets the default).
     */
    public Bookmark addPassage(Article article, Section section, TextRange passage, String note,
                               HighlightColour colour) {
        String text = section.plainText();
        if (passage.end() > text.length() || passage.of(text).isBlank()) {
            throw new IllegalArgumentException("the passage " + passage + " is not text of " + section.id());
        }
        return add(article, section, passage.of(text).strip(), Passages.before(text, passage),
                Passages.after(text, passage, Passages.CONTEXT_CHARS), note, colour);
    }

    /** Gives a bookmark another colour. */
    public Optional<Bookmark> setColour(String id, HighlightColour colour) {
        Objects.requireNonNull(colour, "colour");
        Optional<Bookmark> changed;
        synchronized (this) {
            changed = get(id).filter(b -> b.colour() != colour)
                    .map(b -> b.withColour(colour, stampAfter(b.updated())));
            changed.ifPresent(b -> state = state.put(b));
        }
        changed.ifPresent(b -> changed());
        return changed.or(() -> get(id));
    }

    /** Where a quote typed by hand occurs in a section, comparing as a reader would (case, spaces, quote marks). */
    public static Optional<TextRange> findPassage(Section section, String quote) {
        return Passages.find(section.plainText(), quote, "", "").map(Passages.Match::range);
    }

    public Optional<Bookmark> updateNote(String id, String note) {
        Optional<Bookmark> changed;
        synchronized (this) {
            changed = get(id).map(b -> b.withNote(note == null ? "" : note, stampAfter(b.updated())));
            changed.ifPresent(b -> state = state.put(b));
        }
        changed.ifPresent(b -> changed());
        return changed;
    }

    /** Deletes a bookmark and returns it, so that {@link #restore} can undo the deletion. */
    public Optional<Bookmark> remove(String id) {
        Optional<Bookmark> removed;
        synchronized (this) {
            removed = get(id);
            removed.ifPresent(b -> state = state.remove(id, stampAfter(b.updated())));
        }
        removed.ifPresent(b -> changed());
        return removed;
    }

    /** Undoes {@link #remove}: the bookmark comes back as it was, newer than its deletion everywhere. */
    public Bookmark restore(Bookmark removed) {
        Bookmark back;
        synchronized (this) {
            Instant deletedAt = state.deleted().getOrDefault(removed.id(), removed.updated());
            back = removed.withUpdated(stampAfter(deletedAt.isAfter(removed.updated()) ? deletedAt : removed.updated()));
            state = state.put(back);
        }
        changed();
        return back;
    }

    /** Every bookmark against the current library, without changing anything. */
    public List<ResolvedBookmark> resolve(Library library) {
        return new Anchoring(library).resolveAll(all());
    }

    /**
     * Resolves every bookmark and remembers where each was found (section id, titles, state), so
     * that the next look-up is by id. It does not count as an edit: its {@code updated} stays, and a
     * real edit by another writer wins over it; it is recomputed whenever the library changes anyway.
     */
    public List<ResolvedBookmark> reanchor(Library library) {
        List<ResolvedBookmark> resolved;
        boolean any = false;
        synchronized (this) {
            resolved = new Anchoring(library).resolveAll(state.live());
            for (ResolvedBookmark r : resolved) {
                Bookmark b = r.bookmark();
                Bookmark anchored = r.isDetached()
                        ? b.withAnchor(b.articleId(), b.articleTitle(), b.sectionId(), b.sectionTitle(), AnchorState.DETACHED)
                        : b.withAnchor(r.articleId(), r.articleTitle(), r.sectionId().orElseThrow(), r.sectionTitle(),
                        AnchorState.ATTACHED);
                if (!anchored.equals(b)) {
                    state = state.put(anchored);
                    any = true;
                }
            }
        }
        if (any) {
            changed();
            return resolve(library);
        }
        return resolved;
    }

    /** The bookmarks panel: filtered by text (all words, anywhere), grouped by article, in the given order. */
    public List<BookmarkGroup> groups(Library library, BookmarkOrder order, String filter) {
        return BookmarkGrouping.group(resolve(library), library, order, filter);
    }

    /** As {@link #groups(Library, BookmarkOrder, String)}, only the bookmarks of one colour when one is given. */
    public List<BookmarkGroup> groups(Library library, BookmarkOrder order, String filter,
                                      Optional<HighlightColour> colour) {
        return BookmarkGrouping.group(resolve(library), library, order, filter, colour);
    }

    public String exportMarkdown(Library library, ZoneId zone) {
        return MarkdownExport.render(groups(library, BookmarkOrder.READING_ORDER, ""), zone);
    }

    /** The bookmarks as a JSON document that {@link #importJson} (here or elsewhere) reads back. */
    public synchronized byte[] exportJson() {
        return BookmarkCodec.write(new BookmarkDocument(state.version(), state.bookmarks(), Map.of(), state.unknown()));
    }

    /**
     * Merges bookmarks from an export (or {@code gloss bookmarks list --json}) without duplicates
     * and without losing a note: a bookmark with a known id replaces ours only if it is newer (an
     * edit of the same bookmark); one of a section and quote we already have is the same bookmark,
     * and a note of it that ours does not hold yet is joined to ours ({@link #joinNotes}), counted
     * as updated; identical ones are already there. Importing is explicit, so it brings back
     * bookmarks deleted here. Decided on bookmarks.json as it is, under its lock, and saved at once.
     */
    public ImportResult importJson(byte[] json) throws BookmarkFormatException {
        List<BookmarkDocument.Entry> incoming = BookmarkCodec.readForImport(json, clock.instant());
        return lockedChange(() -> merge(incoming));
    }

    private ImportResult merge(List<BookmarkDocument.Entry> incoming) {
        int added = 0;
        int updated = 0;
        int alreadyThere = 0;
        synchronized (this) {
            for (BookmarkDocument.Entry entry : incoming) {
                Bookmark b = entry.bookmark();
                BookmarkDocument.Entry ours = state.bookmarks().get(b.id());
                Optional<Bookmark> sameSpot = state.live().stream().filter(mine -> sameSpot(mine, b)).findFirst();
                if (ours != null) {
                    if (b.updated().isAfter(ours.bookmark().updated())) {
                        state = state.putEntry(entry);
                        updated++;
                    } else {
                        alreadyThere++;
                    }
                } else if (sameSpot.isPresent()) {
                    Bookmark mine = sameSpot.get();
                    String joined = joinNotes(mine.note(), b.note());
                    if (joined.equals(mine.note())) {
                        alreadyThere++;
                    } else {
                        state = state.put(mine.withNote(joined, stampAfter(mine.updated())));
                        updated++;
                    }
                } else {
                    // Stamped now, so that it also wins over a deletion of it that this store has not seen yet.
                    Instant now = stamp();
                    Bookmark fresh = b.updated().isAfter(now) ? b : b.withUpdated(now);
                    state = state.putEntry(new BookmarkDocument.Entry(fresh, entry.unknown()));
                    added++;
                }
            }
        }
        return new ImportResult(added, updated, alreadyThere);
    }

    /**
     * Two notes of one bookmark as one: {@code ours} unchanged when {@code theirs} is empty or
     * already in it (compared as a reader would), else both, ours first, separated by a blank line.
     */
    public static String joinNotes(String ours, String theirs) {
        String mine = ours == null ? "" : ours;
        if (theirs == null || theirs.isBlank()) {
            return mine;
        }
        if (mine.isBlank()) {
            return theirs;
        }
        if (NormalizedText.normalize(mine).contains(NormalizedText.normalize(theirs))) {
            return mine;
        }
        return mine.stripTrailing() + "\n\n" + theirs.strip();
    }

    /**
     * Makes a change decided on bookmarks.json as it is now: under its lock, with what other
     * writers saved merged in first, and saved before the lock is let go, so that two processes
     * never decide on the same stale copy. When the file cannot be locked or written, the change is
     * still made here, saved later, and the failure reported as any failed save is.
     */
    private <T> T lockedChange(Supplier<T> change) {
        synchronized (saveLock) {
            boolean made = false;
            T result = null;
            try (FileLocks.Held lock = file.lock()) {
                file.peek().ifPresent(this::mergeIn);
                BookmarkDocument before = snapshot();
                result = change.get();
                made = true;
                if (!snapshot().equals(before)) {
                    changed();
                    save();
                }
                return result;
            } catch (IOException e) {
                if (!made) {
                    BookmarkDocument before = snapshot();
                    result = change.get();
                    if (!snapshot().equals(before)) {
                        changed();
                    }
                }
                saveFailed(e);
                return result;
            }
        }
    }

    private synchronized BookmarkDocument snapshot() {
        return state;
    }

    /** Saves pending changes now. */
    public void flush() throws IOException {
        reportingFailure(saver::flush);
    }

    /** Picks up what other windows or the command line saved, without saving anything. */
    public void refresh() throws IOException {
        Optional<BookmarkDocument> disk = file.peek();
        if (disk.isPresent() && mergeIn(disk.get())) {
            changeListener.run();
        }
    }

    /** Saves pending changes and stops the background saver. */
    @Override
    public void close() throws IOException {
        reportingFailure(saver::close);
    }

    private void reportingFailure(DebouncedSaver.Save save) throws IOException {
        try {
            save.run();
        } catch (IOException e) {
            saveFailed(e);
            throw e;
        }
    }

    private Bookmark add(Article article, Section section, String quote, String before, String after, String note,
                         HighlightColour colour) {
        return lockedChange(() -> {
            synchronized (this) {
                Instant now = stamp();
                Bookmark candidate = new Bookmark(UUID.randomUUID().toString(), article.id(), article.title(),
                        section.id(), section.title(), quote, before, after, note, now, now, AnchorState.ATTACHED,
                        colour);
                Optional<Bookmark> existing = state.live().stream().filter(b -> sameSpot(b, candidate)).findFirst();
                if (existing.isPresent()) {
                    Bookmark mine = existing.get();
                    String joined = joinNotes(mine.note(), note);
                    boolean recolour = colour != null && colour != mine.colour();
                    if (joined.equals(mine.note()) && !recolour) {
                        return mine;
                    }
                    Instant at = stampAfter(mine.updated());
                    Bookmark changed = mine.withNote(joined, at);
                    if (recolour) {
                        changed = changed.withColour(colour, at);
                    }
                    state = state.put(changed);
                    return changed;
                }
                state = state.put(candidate);
                return candidate;
            }
        });
    }

    private static boolean sameSpot(Bookmark a, Bookmark b) {
        return a.sectionId().equals(b.sectionId())
                && NormalizedText.normalize(a.quote()).equals(NormalizedText.normalize(b.quote()));
    }

    /** A time for a change, later than every earlier one from this store even if the clock stalls or steps back. */
    private synchronized Instant stamp() {
        Instant now = clock.instant();
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusNanos(1_000);
        return lastStamp;
    }

    /**
     * A time for a change of something last changed at {@code previous}: later than that too, so the
     * edit wins the merge even over a copy stamped by a machine whose clock runs ahead. It does not
     * move this store's clock: new bookmarks still show the real time they were made.
     */
    private Instant stampAfter(Instant previous) {
        Instant now = stamp();
        return now.isAfter(previous) ? now : previous.plusNanos(1_000);
    }

    private void changed() {
        synchronized (this) {
            generation++;
        }
        saver.changed();
        changeListener.run();
    }

    private synchronized boolean mergeIn(BookmarkDocument theirs) {
        BookmarkDocument before = state;
        state = theirs.mergedWith(state);
        return !state.equals(before);
    }

    private void save() throws IOException {
        synchronized (saveLock) {
            BookmarkDocument snapshot;
            long snapshotGeneration;
            synchronized (this) {
                if (generation == savedGeneration) {
                    return;
                }
                snapshot = state;
                snapshotGeneration = generation;
            }
            BookmarkFile.Outcome saved = file.saveMerged(snapshot);
            boolean othersChanged = mergeIn(saved.document());
            synchronized (this) {
                savedGeneration = snapshotGeneration;
            }
            saveProblem = Optional.empty();
            saved.recoveryMessage().ifPresent(problemListener);
            if (othersChanged) {
                changeListener.run();
            }
        }
    }

    private void saveFailed(IOException e) {
        String message = "Your bookmarks could not be saved to " + file.path() + " ("
                + dev.gloss.core.storage.IoErrors.describe(e) + "); Gloss will try again at the next change.";
        saveProblem = Optional.of(message);
        problemListener.accept(message);
    }
}
