package dev.gloss.core.userlibrary;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.Slugs;
import dev.gloss.core.ingest.Parsed;
import dev.gloss.core.ingest.SourceFormat;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Manifest;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.FileLocks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Brings the reader's own files into the library of the data folder, and takes them out again.
 *
 * <p>Each file becomes one article, reported as imported, updated, duplicate or failed. The same
 * bytes again are a duplicate and change nothing. A changed version of an imported file (the same
 * path, or the same file name when the file it came from has moved) updates that article under
 * its id, so sections whose titles persist keep their ids and the bookmarks on them. A file that
 * fails leaves the library as it was, and the rest of the batch goes on.
 *
 * <p>Files over {@link #MAX_FILE_BYTES} are refused before they are read. Methods are synchronized
 * per file, not per batch: the window imports on a background thread and may remove an article
 * meanwhile, waiting at most for the file being imported.
 */
public final class ImportService {
    /** The largest file imported: a long book is about 2 MB of text; 20 MB leaves room for saved pages. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final LibraryStore store;
    private final Clock clock;
    private final long maxFileBytes;
    private final Set<String> reservedIds;
    private final Map<String, LibraryStore.Entry> byId = new LinkedHashMap<>();
    private final Map<String, LibraryStore.Entry> byHash = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Path dataDir;
    private Map<String, String> lastStamps = Map.of();

    /**
     * @param reservedIds ids an imported article must not take (the bundled articles')
     */
    public ImportService(Path dataDir, Set<String> reservedIds, Clock clock) {
        this(dataDir, reservedIds, clock, MAX_FILE_BYTES);
    }

    ImportService(Path dataDir, Set<String> reservedIds, Clock clock, long maxFileBytes) {
        this.store = new LibraryStore(dataDir, clock);
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.reservedIds = Set.copyOf(reservedIds);
        this.dataDir = dataDir.toAbsolutePath().normalize();
        try (FileLocks.Held lock = store.lockIfPossible()) {
            if (lock != null) {
                store.recover(problems);
            }
            reload();
        } catch (IOException e) {
            // Releasing a lock does not fail in practice; the library was read.
        }
    }

    /**
     * Reads the library's folders again: another process may have imported, removed or restored
     * meanwhile. Done under the lock before every change, so that ids and duplicates are decided
     * on what is on disk.
     */
    private void reload() {
        byId.clear();
        byHash.clear();
        for (LibraryStore.Entry entry : store.entries(problems)) {
            index(entry);
        }
        if (store.unreadable() != null && !problems.contains(store.unreadable())) {
            problems.add(store.unreadable());
        }
    }

    /** Why the library folder cannot be read, if it cannot: then it only looks empty. */
    public synchronized Optional<String> unreadable() {
        return Optional.ofNullable(store.unreadable());
    }

    /** The service for a data folder, keeping imported ids apart from the bundled library's. */
    public static ImportService open(Path dataDir) {
        Set<String> bundled = BundledLibrary.manifest().articles().stream().map(Manifest.Entry::id)
                .collect(Collectors.toSet());
        return new ImportService(dataDir, bundled, Clock.systemUTC());
    }

    /** Imports files and folders' files in order, telling progress before each and stopping between files when cancelled. */
    public ImportReport importPaths(List<Path> paths, ImportProgress progress, BooleanSupplier cancelled) {
        List<SourceFiles.Candidate> files = SourceFiles.expand(paths, dataDir);
        List<FileResult> results = new ArrayList<>();
        int notStarted = 0;
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                notStarted = files.size() - i;
                break;
            }
            SourceFiles.Candidate file = files.get(i);
            progress.beforeFile(i, files.size(), file.path());
            results.add(file.problem() != null ? FileResult.failed(file.path(), file.problem()) : importFile(file.path()));
        }
        if (results.stream().anyMatch(r -> r.status() == ImportStatus.IMPORTED || r.status() == ImportStatus.UPDATED)) {
            // The next start reads the library pack, not each new article's files. Only a cache:
            // whatever goes wrong here leaves the import as it is.
            try {
                articles();
            } catch (RuntimeException e) {
                problems.add("The library's cache (library/.pack) could not be written: " + e.getMessage());
            }
        }
        return new ImportReport(results, notStarted > 0, notStarted);
    }

    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, ImportProgress.NONE, () -> false);
    }

    /** Imports one file; never throws: whatever goes wrong is the file's failure, with its reason. */
    public synchronized FileResult importFile(Path file) {
        try {
            // Checked and read before the library is locked: a slow disk holds up no other process.
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            SourceFormat format = check(file, name);
            SourceFiles.Content content = SourceFiles.read(file, maxFileBytes);
            FileLocks.Held lock;
            try {
                lock = store.lock();
            } catch (IOException e) {
                throw new ImportException("Gloss could not lock its library folder (" + store.root()
                        + ") to save the article: " + SourceFiles.describe(e), e);
            }
            try (lock) {
                reload();
                return tryImport(file, name, format, content);
            }
        } catch (ImportException e) {
            return FileResult.failed(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return FileResult.failed(file, "The file does not exist.");
        } catch (IOException e) {
            return FileResult.failed(file, "The file cannot be read: " + SourceFiles.describe(e));
        } catch (RuntimeException e) {
            // A bug of ours must cost this file only, not the batch.
            return FileResult.failed(file, "Gloss could not read this file because of an internal error ("
                    + e.getClass().getSimpleName() + "); please report it.");
        }
    }

    /**
     * What a file named for import is, looked at without opening it (opening a pipe waits for a
     * writer): a regular file (or a link to one) of a format Gloss reads, outside the data folder.
     */
    private SourceFormat check(Path file, String name) throws ImportException, IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new ImportException("This is a folder; import it as a folder to import its files.");
        }
        if (!attrs.isRegularFile()) {
            throw new ImportException("This is a special file (a pipe, a socket or a device), not a regular file; "
                    + "Gloss imports only files.");
        }
        if (SourceFiles.isInside(file, dataDir)) {
            throw new ImportException("This file is inside Gloss's own data folder (" + dataDir
                    + "); Gloss does not import its own files.");
        }
        return SourceFormat.ofFileName(name).orElseThrow(() -> new ImportException(
                "Gloss imports text, Markdown and saved web pages (" + SourceFormat.allExtensions()
                        + "); this file is none of these."));
    }

    private FileResult tryImport(Path file, String name, SourceFormat format, SourceFiles.Content content)
            throws ImportException, IOException {
        Optional<LibraryStore.Entry> same = Optional.ofNullable(byHash.get(content.sha256()));
        if (same.isPresent()) {
            String id = same.get().meta().articleId();
            return new FileResult(file, ImportStatus.DUPLICATE, Optional.of(id), Optional.of(
                    "The library already holds this content, as “" + same.get().meta().title() + "” (" + id + ")."));
        }
        String sourcePath = file.toAbsolutePath().normalize().toString();
        Optional<LibraryStore.Entry> previous = previousVersion(sourcePath, name);
        Parsed parsed = format.parse(content.bytes(), previous.map(e -> e.meta().articleId()).orElse(null), name,
                new FileResources(file));
        Article article = parsed.article().withOrigin(parsed.article().origin().at(sourcePath));
        if (previous.isEmpty()) {
            article = withId(article, freeId(article.id()));
        }
        String now = clock.instant().toString();
        ImportMetadata meta = new ImportMetadata(ImportMetadata.CURRENT_VERSION, article.id(), article.title(), name,
                sourcePath, format.id(), LibraryStore.storedFileName(name, format), content.bytes().length,
                content.sha256(), previous.map(e -> e.meta().importedAt()).orElse(now), previous.isPresent() ? now : null);
        try {
            LibraryStore.Entry written = store.write(article, meta, content.bytes(), parsed.assets());
            previous.ifPresent(this::unindex);
            index(written);
        } catch (IOException e) {
            throw new ImportException("Gloss could not save the article in its library folder ("
                    + store.root() + "): " + SourceFiles.describe(e), e);
        }
        return FileResult.of(file, previous.isPresent() ? ImportStatus.UPDATED : ImportStatus.IMPORTED, article.id(),
                parsed.warnings());
    }

    /**
     * The article an earlier version of this file became: one imported from the same path, else
     * one imported from a file of the same name that is no longer where it was (the file moved).
     */
    private Optional<LibraryStore.Entry> previousVersion(String sourcePath, String name) {
        Optional<LibraryStore.Entry> samePath = byId.values().stream()
                .filter(e -> sourcePath.equals(e.meta().sourcePath())).findFirst();
        if (samePath.isPresent()) {
            return samePath;
        }
        return byId.values().stream()
                .filter(e -> name.equals(e.meta().sourceFileName()))
                .filter(e -> e.meta().sourcePath() == null || !Files.exists(Path.of(e.meta().sourcePath())))
                .findFirst();
    }

    private void index(LibraryStore.Entry entry) {
        byId.put(entry.meta().articleId(), entry);
        if (entry.meta().contentHash() != null) {
            byHash.put(entry.meta().contentHash(), entry);
        }
    }

    private void unindex(LibraryStore.Entry entry) {
        byId.remove(entry.meta().articleId());
        byHash.remove(entry.meta().contentHash(), entry);
    }

    private String freeId(String wanted) {
        Set<String> taken = new HashSet<>(reservedIds);
        taken.addAll(byId.keySet());
        return Slugs.unique(wanted, taken);
    }

    /** The article under another id: section ids are "article/section", so they move along. */
    private static Article withId(Article article, String id) {
        if (article.id().equals(id)) {
            return article;
        }
        List<Section> sections = article.sections().stream()
                .map(s -> s.withIds(id + s.id().substring(s.articleId().length()),
                        s.parentId() == null ? null : id + s.parentId().substring(s.articleId().length())))
                .toList();
        return new Article(id, article.title(), sections, article.origin(), article.meta());
    }

    /** The entries as this service holds them, for tests of the library pack. */
    synchronized List<LibraryStore.Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** The metadata of every imported article, oldest import first. */
    public synchronized List<ImportMetadata> imported() {
        return byId.values().stream().map(LibraryStore.Entry::meta).toList();
    }

    /**
     * The imported articles, oldest import first, as read at import time: from the library pack
     * where it still matches the files, else from each folder, read on all cores. When any came
     * from a folder, or the pack holds articles that are gone, the pack is written anew so that
     * the next start reads one file.
     */
    public synchronized List<Article> articles() {
        List<String> found = Collections.synchronizedList(new ArrayList<>());
        List<LibraryStore.Entry> entries = List.copyOf(byId.values());
        List<Optional<LibraryPack.Packed>> read = entries.parallelStream().map(e -> store.packed(e, found)).toList();
        problems.addAll(found);
        boolean stale = store.packSize() != entries.size();
        List<LibraryPack.Packed> packed = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Optional<LibraryPack.Packed> p = read.get(i);
            stale |= p.isEmpty() || p.get() != entries.get(i).packed();
            p.ifPresent(packed::add);
        }
        if (stale) {
            repack(packed);
        }
        Map<String, String> stamped = new LinkedHashMap<>();
        for (LibraryPack.Packed p : packed) {
            if (p.articleStamp() != null) {
                stamped.put(p.article().id(), p.articleStamp().text());
            }
        }
        lastStamps = Map.copyOf(stamped);
        return packed.stream().map(LibraryPack.Packed::article).toList();
    }

    /**
     * The stamps of the files each article of the last {@link #articles()} was read from, taken
     * before they were read, by article id; an article read from a file that changed meanwhile has
     * none. {@link #stampsNow(Path)} gives them as the files are now: equal stamps, same article.
     */
    public synchronized Map<String, String> stamps() {
        return lastStamps;
    }

    /** The stamps of every imported article's files as they are now, without reading them. */
    public static Map<String, String> stampsNow(Path dataDir) {
        return new LibraryStore(dataDir, Clock.systemUTC()).stamps();
    }

    private void repack(List<LibraryPack.Packed> packed) {
        try {
            List<LibraryPack.Packed> written = store.writePack(packed);
            for (LibraryPack.Packed p : written) {
                LibraryStore.Entry entry = byId.get(p.meta().articleId());
                if (entry != null) {
                    // Both maps: a later unindex must find this very entry under its hash too.
                    index(entry.packedAs(p));
                }
            }
        } catch (IOException e) {
            // The pack only saves time at the next start; the folders stay the record.
        }
    }

    /**
     * One imported article of a data folder, read from its folder alone: for the first article of
     * a window, shown before the library (and this service) is read.
     */
    public static Optional<Article> readArticle(Path dataDir, String articleId) {
        return new LibraryStore(dataDir, Clock.systemUTC()).article(articleId, new ArrayList<>());
    }

    /** One imported article, read from its folder, for a window that loads articles as they are opened. */
    public synchronized Optional<Article> article(String articleId) {
        LibraryStore.Entry entry = byId.get(articleId);
        return entry == null ? Optional.empty() : store.article(entry, problems);
    }

    /** What went wrong reading the library (damaged files set aside or read again), for a notice. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Moves an imported article to the trash; {@link #restore} undoes it. */
    public synchronized Removal remove(String articleId) throws LibraryException {
        try (FileLocks.Held lock = store.lock()) {
            reload();
            return removeLocked(articleId);
        } catch (IOException e) {
            throw new LibraryException("The library cannot be changed: " + SourceFiles.describe(e), e);
        }
    }

    private Removal removeLocked(String articleId) throws LibraryException {
        LibraryStore.Entry entry = byId.get(articleId);
        if (entry == null) {
            throw new LibraryException(reservedIds.contains(articleId)
                    ? "“" + articleId + "” is part of the bundled library and cannot be removed."
                    : "No imported article has the id “" + articleId + "”.");
        }
        try {
            Removal removal = store.moveToTrash(entry);
            unindex(entry);
            return removal;
        } catch (IOException e) {
            throw new LibraryException("The article could not be moved to the trash: " + SourceFiles.describe(e), e);
        }
    }

    /** Brings a removed article back, with its id, its sections' ids and its metadata. */
    public synchronized Article restore(Removal removal) throws LibraryException {
        try (FileLocks.Held lock = store.lock()) {
            reload();
            return restoreLocked(removal);
        } catch (IOException e) {
            throw new LibraryException("The library cannot be changed: " + SourceFiles.describe(e), e);
        }
    }

    private Article restoreLocked(Removal removal) throws LibraryException {
        if (!java.nio.file.Files.isDirectory(removal.trashFolder())) {
            throw new LibraryException("The removed article “" + removal.articleId() + "” is no longer in the trash.");
        }
        if (byId.containsKey(removal.articleId()) || reservedIds.contains(removal.articleId())) {
            throw new LibraryException("An article with the id “" + removal.articleId()
                    + "” is in the library again; remove it before restoring this one.");
        }
        try {
            LibraryStore.Entry entry = store.restore(removal);
            index(entry);
            return store.article(entry, problems).orElseThrow(() -> new LibraryException(
                    "The article was restored but cannot be read; see the library's problems."));
        } catch (IOException e) {
            throw new LibraryException("The article could not be restored: " + SourceFiles.describe(e), e);
        }
    }

    /** The most recent removal of an article, for an undo by id. */
    public synchronized Optional<Removal> lastRemoval(String articleId) {
        return store.trash().stream().filter(r -> r.articleId().equals(articleId)).findFirst();
    }

    /** Everything in the trash, most recently removed first. */
    public synchronized List<Removal> trash() {
        return store.trash();
    }

    /** Deletes the removed articles for good. */
    public synchronized void emptyTrash() throws LibraryException {
        try {
            store.emptyTrash();
        } catch (IOException e) {
            throw new LibraryException("The trash could not be emptied: " + SourceFiles.describe(e), e);
        }
    }
}
