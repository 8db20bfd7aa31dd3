package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.Parsed;
import dev.gloss.core.ingest.SourceFormat;
import dev.gloss.core.model.Article;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.FileLocks;
import dev.gloss.core.storage.Folders;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The imported articles on disk: {@code <data>/library/<articleId>/} holds the source file as
 * imported ({@code source.<ext>}), the article as read ({@code article.json}) and its metadata
 * ({@code meta.json}), and the images read with it ({@code images/}). A folder changes as one
 * unit: it is written complete in {@code library/.staging/} and renamed into place (an update moves
 * the old folder aside first and deletes it after). Removed articles wait in
 * {@code <data>/library/.trash/<articleId>@<time>/}, on the same disk, so that removing and
 * restoring are single renames.
 *
 * <p>Every change happens under the library's lock, {@code library/.lock}, which every process
 * honours; {@link #recover} (at start, under the lock) deletes what a process killed half-way
 * left behind and rebuilds a missing or damaged meta.json from the source and article.json.
 */
final class LibraryStore {
    static final String META = "meta.json";
    static final String ARTICLE = "article.json";
    private static final String SOURCE = "source.";
    private static final String TRASH = ".trash";
    private static final String STAGING = ".staging";
    private static final String LOCK = ".lock";
    /** The folder of an article's images, as {@code ImportContext} names them ("images/..."). */
    static final String ASSETS = "images";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    /**
     * An imported article's metadata and the folder it lives in; {@code packed} is the library
     * pack's entry when the metadata came from there (null when meta.json was read).
     */
    record Entry(ImportMetadata meta, Path folder, LibraryPack.Packed packed, LibraryPack.Stamp metaStamp) {
        /** An entry read or written just now; {@code metaStamp} is meta.json's stamp from before it was read (or after it was written). */
        Entry(ImportMetadata meta, Path folder, LibraryPack.Stamp metaStamp) {
            this(meta, folder, null, metaStamp);
        }

        /** The same entry, now backed by the pack. */
        Entry packedAs(LibraryPack.Packed p) {
            return new Entry(meta, folder, p, p.metaStamp());
        }
    }

    private final Path root;
    /** The library pack: a cache on this computer, outside the data folder. */
    private final Path pack;
    private final Clock clock;
    private volatile String unreadable;
    private int packSize = -1;
    /**
     * The longest string article.json may hold, in characters: a paragraph of a file at the size
     * limit, with room to spare. (Jackson's own limit, 20 million, is less than a 20 MiB file's one
     * paragraph, whose article.json was then taken for damaged and set aside at every read.)
     */
    static final int MAX_JSON_STRING = 64 * 1024 * 1024;
    /**
     * One mapper for every store, made at the first read or write of a JSON file: a command that
     * only looks at the files' stamps does not load Jackson's data binding.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(MAX_JSON_STRING).build())
                .build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    LibraryStore(Path dataDir, Clock clock) {
        // Normalised, so that an article's folder is found under it however the data folder was named ("./data").
        this.root = dataDir.toAbsolutePath().normalize().resolve("library");
        this.pack = dev.gloss.core.storage.LocalFolders.pack(dataDir);
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /**
     * Every imported article's entry, oldest import first; folders that cannot be read are reported
     * and skipped. Metadata comes from the library pack where the pack still matches meta.json.
     */
    List<Entry> entries(List<String> problems) {
        Map<String, LibraryPack.Packed> packed = LibraryPack.read(pack);
        packSize = packed.size();
        List<Entry> entries = new ArrayList<>();
        for (Path folder : articleFolders()) {
            LibraryPack.Packed inPack = packed.get(folder.getFileName().toString());
            if (inPack != null && inPack.metaStamp().equals(stampOrNull(folder.resolve(META)))) {
                entries.add(new Entry(inPack.meta(), folder, inPack, inPack.metaStamp()));
            } else {
                readEntry(folder, problems).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> String.valueOf(e.meta().importedAt()))
                .thenComparing(e -> e.meta().articleId()));
        return entries;
    }

    private List<Path> articleFolders() {
        unreadable = null;
        try {
            if (!Files.readAttributes(root, BasicFileAttributes.class).isDirectory()) {
                unreadable = "The library folder " + root + " is not a folder.";
                return List.of();
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            unreadable = "The library folder " + root + " cannot be read: " + SourceFiles.describe(e);
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> !hidden(p) && Files.isDirectory(p))) {
            dirs.forEach(folders::add);
        } catch (IOException | RuntimeException e) {
            unreadable = "The library folder " + root + " cannot be read: "
                    + SourceFiles.describe(e instanceof java.io.UncheckedIOException u ? u.getCause() : e);
            return List.of();
        }
        folders.sort(Comparator.naturalOrder());
        return folders;
    }

    /**
     * Every article's stamp (its article.json's, see {@link LibraryPack.Stamp#text}) as the file is
     * now, by article id, without reading it: one look at each folder's article.json, for a check
     * of ten thousand articles that must cost a command little. A folder without one is left out.
     */
    Map<String, String> stamps() {
        Map<String, String> stamps = new HashMap<>();
        // No look at whether each entry is a folder: a file has no article.json under it either.
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> !hidden(p))) {
            for (Path folder : dirs) {
                LibraryPack.Stamp article = stampOrNull(folder.resolve(ARTICLE));
                if (article != null) {
                    stamps.put(folder.getFileName().toString(), article.text());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return stamps;
    }

    /** The library's own entries (the lock, the trash, staging) start with a dot; articles never do. */
    private static boolean hidden(Path entry) {
        return entry.getFileName().toString().startsWith(".");
    }

    /** Why the library folder could not be listed at the last look, or null if it could (or is not there yet). */
    String unreadable() {
        return unreadable;
    }

    /** Takes the library's lock, for a change; every process honours it. Reentrant within a thread. */
    FileLocks.Held lock() throws IOException {
        Files.createDirectories(root);
        return FileLocks.acquire(root.resolve(LOCK));
    }

    /** The lock for a repair while reading, or null when it cannot be taken (no library yet, a read-only folder). */
    FileLocks.Held lockIfPossible() {
        if (!Files.isDirectory(root)) {
            return null;
        }
        try {
            return FileLocks.acquire(root.resolve(LOCK));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Completes or removes what a process killed half-way left (the caller holds the lock): the
     * staging folder, temporary files, folders without meta.json (rebuilt from their source, or
     * removed when there is no source to rebuild from).
     */
    void recover(List<String> problems) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Folders.deleteTree(root.resolve(STAGING));
        } catch (IOException e) {
            problems.add("Unfinished imports in " + root.resolve(STAGING) + " could not be deleted: " + SourceFiles.describe(e));
        }
        deleteTemps(root);
        for (Path folder : articleFolders()) {
            deleteTemps(folder);
            if (Files.exists(folder.resolve(META))) {
                continue;
            }
            if (rebuildMeta(folder, problems, "missing").isEmpty()) {
                if (holdsArrivingFiles(folder)) {
                    // A folder that a sync tool is still bringing from another computer: removing it
                    // here would remove the article there too. It is read once its meta.json is in.
                    continue;
                }
                try {
                    Folders.deleteTree(folder);
                    problems.add("An unfinished import, library/" + folder.getFileName()
                            + ", had no source file to finish it from and was removed.");
                } catch (IOException e) {
                    problems.add("An unfinished import, " + folder + ", could not be removed: " + SourceFiles.describe(e));
                }
            }
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Another import's folder is in it, or it cannot be deleted: it is only a folder.
        }
    }

    /**
     * Whether a folder holds anything but Gloss's own temporary files: files a sync tool has
     * brought (or is bringing, under its own temporary names) from another computer.
     */
    private static boolean holdsArrivingFiles(Path folder) {
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (!(name.startsWith(".") && name.endsWith(".tmp")) || isSyncToolTemp(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Syncthing's and other sync tools' files in progress, which only the tool may remove. */
    private static boolean isSyncToolTemp(String name) {
        return name.startsWith(".syncthing.") || name.startsWith("~syncthing~") || name.startsWith(".~")
                || name.contains(".sync-conflict-");
    }

    private static void deleteTemps(Path folder) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path temp : temps) {
                if (isSyncToolTemp(temp.getFileName().toString())) {
                    continue;
                }
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // Left-over temporary files only waste space; the next start tries again.
        }
    }

    /**
     * meta.json made again from what the folder holds: the source copy, and article.json when it can
     * be read (else the source is read again). Empty when there is no source to go by.
     */
    private Optional<Entry> rebuildMeta(Path folder, List<String> problems, String how) {
        String id = folder.getFileName().toString();
        try (FileLocks.Held lock = lockIfPossible()) {
            Path source;
            try (Stream<Path> files = Files.list(folder)) {
                source = files.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(SOURCE) && !n.endsWith(".bak") && !n.contains(".broken-")
                            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }).sorted().findFirst().orElse(null);
            }
            if (source == null) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(source);
            Article article = null;
            try {
                ArticleJson json = Json.MAPPER.readValue(folder.resolve(ARTICLE).toFile(), ArticleJson.class);
                Article a = json.toArticle();
                article = a.id().equals(id) ? a : null;
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                article = null;
            }
            String storedName = source.getFileName().toString();
            Optional<SourceFormat> format = article != null && article.origin() != null
                    ? SourceFormat.ofId(String.valueOf(article.origin().format())) : Optional.empty();
            if (format.isEmpty()) {
                format = SourceFormat.ofFileName(storedName);
            }
            if (format.isEmpty()) {
                return Optional.empty();
            }
            String fileName = article != null && article.origin() != null && article.origin().fileName() != null
                    ? article.origin().fileName() : storedName;
            String sourcePath = article != null && article.origin() != null ? article.origin().sourcePath() : null;
            if (article == null) {
                Parsed parsed = format.get().parse(bytes, id, fileName, FileResources.of(sourcePath));
                article = parsed.article().withOrigin(parsed.article().origin().at(sourcePath));
                writeAssets(folder, parsed.assets());
                writeJson(folder.resolve(ARTICLE), ArticleJson.of(article), false);
            }
            java.security.MessageDigest sha = SourceFiles.sha256();
            String hash = java.util.HexFormat.of().formatHex(sha.digest(bytes));
            String importedAt = Files.getLastModifiedTime(source).toInstant().toString();
            ImportMetadata meta = new ImportMetadata(ImportMetadata.CURRENT_VERSION, id, article.title(), fileName,
                    sourcePath, format.get().id(), storedName, bytes.length, hash, importedAt, null);
            writeJson(folder.resolve(META), meta, true);
            problems.add("The metadata (meta.json) of the imported article " + id + " was " + how
                    + " and has been rebuilt from its source.");
            return Optional.of(new Entry(meta, folder, stampOrNull(folder.resolve(META))));
        } catch (IOException | ImportException | RuntimeException e) {
            problems.add("The metadata (meta.json) of the imported article " + id + " was " + how
                    + " and cannot be rebuilt: " + SourceFiles.describe(e));
            return Optional.empty();
        }
    }

    /** One imported article, read from its folder alone, without listing the library. */
    Optional<Article> article(String articleId, List<String> problems) {
        Path folder = root.resolve(articleId).normalize();
        if (articleId.isEmpty() || articleId.startsWith(".") || !root.equals(folder.getParent())
                || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return readEntry(folder, problems).flatMap(entry -> article(entry, problems));
    }

    private Optional<Entry> readEntry(Path folder, List<String> problems) {
        Path metaFile = folder.resolve(META);
        if (!Files.exists(metaFile)) {
            // An import that stopped before its metadata was written: not an article yet.
            return Optional.empty();
        }
        try {
            LibraryPack.Stamp stamp = stampOrNull(metaFile);
            ImportMetadata meta = Json.MAPPER.readValue(metaFile.toFile(), ImportMetadata.class);
            if (meta.articleId() == null || !meta.articleId().equals(folder.getFileName().toString())) {
                throw new IOException("its article id does not match its folder");
            }
            return Optional.of(new Entry(meta, folder, stamp));
        } catch (IOException e) {
            try (FileLocks.Held lock = lockIfPossible()) {
                if (lock == null) {
                    problems.add("The metadata (meta.json) of the imported article " + folder.getFileName()
                            + " is damaged and the library cannot be changed to rebuild it.");
                    return Optional.empty();
                }
                keepAside(metaFile, problems, "metadata");
                return rebuildMeta(folder, problems, "damaged");
            } catch (IOException closing) {
                return Optional.empty();
            }
        }
    }

    /**
     * The article as read at import time, with the stamps of the files it was read from, ready to
     * be packed: from the pack while article.json is the file packed, else from article.json.
     */
    Optional<LibraryPack.Packed> packed(Entry entry, List<String> problems) {
        LibraryPack.Packed packed = entry.packed();
        Path file = entry.folder().resolve(ARTICLE);
        LibraryPack.Stamp articleStamp = stampOrNull(file);
        if (packed != null && packed.articleStamp().equals(articleStamp)) {
            return Optional.of(packed);
        }
        // meta.json's stamp from when the entry's metadata was read: a later change of the file makes the entry stale.
        LibraryPack.Stamp metaStamp = entry.metaStamp();
        Optional<Article> article = readArticle(entry, problems);
        // Stamps taken before the files are read: a file replaced meanwhile only makes the entry stale.
        LibraryPack.Stamp readStamp = stampOrNull(file);
        if (article.isEmpty() || metaStamp == null || readStamp == null || !readStamp.equals(articleStamp)) {
            return article.map(a -> new LibraryPack.Packed(entry.meta(), null, a, null));
        }
        return Optional.of(new LibraryPack.Packed(entry.meta(), metaStamp, article.get(), articleStamp));
    }

    /** Writes the library pack of these entries, leaving out those without stamps; returns those written. */
    List<LibraryPack.Packed> writePack(List<LibraryPack.Packed> entries) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<LibraryPack.Packed> stamped = entries.stream()
                .filter(p -> p.metaStamp() != null && p.articleStamp() != null).toList();
        try (FileLocks.Held lock = lockIfPossible()) {
            LibraryPack.write(pack, stamped);
        }
        packSize = stamped.size();
        return stamped;
    }

    /** How many articles the pack holds, as last read or written; -1 before. */
    int packSize() {
        return packSize;
    }

    private static LibraryPack.Stamp stampOrNull(Path file) {
        try {
            return LibraryPack.Stamp.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The article as read at import time: from the pack while it matches, else from its folder. */
    Optional<Article> article(Entry entry, List<String> problems) {
        return packed(entry, problems).map(LibraryPack.Packed::article);
    }

    /**
     * article.json of an entry. A damaged one is set aside and the article read again from its
     * source copy, so that one bad file costs a re-parse, not the article.
     */
    private Optional<Article> readArticle(Entry entry, List<String> problems) {
        Path file = entry.folder().resolve(ARTICLE);
        try {
            ArticleJson json = Json.MAPPER.readValue(file.toFile(), ArticleJson.class);
            Article article = json.toArticle();
            if (article.id().equals(entry.meta().articleId())) {
                if (!json.isCurrent()) {
                    // Written by an earlier Gloss, which knew less of the source: read it again.
                    return upgrade(entry, article);
                }
                return Optional.of(article);
            }
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            // Unreadable or not an article: rebuilt from the source below.
        }
        if (Files.exists(file)) {
            keepAside(file, problems, "article");
        }
        return reparse(entry, problems);
    }

    /**
     * An article stored by an earlier version, read again from its kept source so that it gains
     * what the importers now read (code, tables, nested sections...). Headings that persist keep
     * their section ids. Should the source fail to read, the stored article stays as it was.
     */
    private Optional<Article> upgrade(Entry entry, Article stored) {
        try {
            return Optional.of(readSourceAgain(entry).orElse(stored));
        } catch (IOException | ImportException | RuntimeException e) {
            return Optional.of(stored);
        }
    }

    private Optional<Article> reparse(Entry entry, List<String> problems) {
        String id = entry.meta().articleId();
        try {
            Optional<Article> article = readSourceAgain(entry);
            problems.add(article.isPresent()
                    ? "The imported article " + id + " was damaged and has been read again from its source."
                    : "The imported article " + id + " cannot be read and its source copy is missing.");
            return article;
        } catch (IOException | ImportException e) {
            problems.add("The imported article " + id + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The article read again from the source copy in its folder (with the images it refers to,
     * where they still are) and written back there; empty when there is no source copy to read.
     */
    private Optional<Article> readSourceAgain(Entry entry) throws IOException, ImportException {
        ImportMetadata meta = entry.meta();
        Path source = entry.folder().resolve(meta.storedFile() == null ? "" : meta.storedFile());
        Optional<SourceFormat> format = SourceFormat.ofId(String.valueOf(meta.format()));
        if (format.isEmpty() || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        Parsed parsed = format.get().parse(Files.readAllBytes(source), meta.articleId(), meta.sourceFileName(),
                FileResources.of(meta.sourcePath()));
        Article article = parsed.article().withOrigin(parsed.article().origin().at(meta.sourcePath()));
        rewriteInPlace(entry, parsed.assets(), article);
        return Optional.of(article);
    }

    /**
     * Writes an article read again into its folder, under the lock, and only while the folder is
     * still the entry's (not removed, not replaced by another import meanwhile).
     */
    private void rewriteInPlace(Entry entry, Map<String, byte[]> assets, Article article) throws IOException {
        try (FileLocks.Held lock = lockIfPossible()) {
            LibraryPack.Stamp now = stampOrNull(entry.folder().resolve(META));
            if (lock == null || now == null || !now.equals(entry.metaStamp())) {
                return;
            }
            writeAssets(entry.folder(), assets);
            writeJson(entry.folder().resolve(ARTICLE), ArticleJson.of(article), false);
        }
    }

    private void keepAside(Path file, List<String> problems, String what) {
        try {
            Path aside = AtomicFiles.keepAside(file, clock);
            problems.add("A damaged " + what + " file was set aside as " + root.relativize(aside) + ".");
        } catch (IOException e) {
            problems.add("A damaged " + what + " file, " + file + ", cannot be moved aside: " + e.getMessage());
        }
    }

    /**
     * Writes an article's folder as one unit: complete (source copy, images, article, metadata) in
     * a staging folder beside the library, then renamed into place; an article already there is
     * moved aside first and deleted once the new folder is in. Under the library's lock.
     */
    Entry write(Article article, ImportMetadata meta, byte[] source, Map<String, byte[]> assets) throws IOException {
        try (FileLocks.Held lock = lock()) {
            Path folder = root.resolve(meta.articleId());
            Path staging = root.resolve(STAGING);
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Path stage = staging.resolve(meta.articleId() + "-" + unique);
            try {
                Files.createDirectories(stage);
                AtomicFiles.write(stage.resolve(meta.storedFile()), source);
                writeAssets(stage, assets);
                writeJson(stage.resolve(ARTICLE), ArticleJson.of(article), false);
                writeJson(stage.resolve(META), meta, true);
                if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path old = staging.resolve(meta.articleId() + "-old-" + unique);
                    move(folder, old);
                    try {
                        move(stage, folder);
                    } catch (IOException | RuntimeException e) {
                        move(old, folder);
                        throw e;
                    }
                    Folders.deleteTree(old);
                } else {
                    move(stage, folder);
                }
                // The article just written is the article as read back: packed from memory with the
                // stamps of its files, so that the pack written after the import does not parse it again.
                LibraryPack.Stamp metaStamp = stampOrNull(folder.resolve(META));
                LibraryPack.Stamp articleStamp = stampOrNull(folder.resolve(ARTICLE));
                if (metaStamp == null || articleStamp == null) {
                    return new Entry(meta, folder, metaStamp);
                }
                return new Entry(meta, folder, new LibraryPack.Packed(meta, metaStamp, article, articleStamp), metaStamp);
            } finally {
                Folders.deleteTree(stage);
                deleteIfEmpty(staging);
            }
        }
    }

    Entry write(Article article, ImportMetadata meta, byte[] source) throws IOException {
        return write(article, meta, source, Map.of());
    }

    /** Where an article's kept file (an image, by the name its ImageBlock gives) is, if it is there. */
    Optional<Path> asset(String articleId, String name) {
        Path folder = root.resolve(articleId).normalize();
        if (articleId.isEmpty() || articleId.startsWith(".") || !root.equals(folder.getParent())
                || name == null || !name.startsWith(ASSETS + "/")) {
            return Optional.empty();
        }
        Path file;
        try {
            file = folder.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return file.startsWith(folder.resolve(ASSETS)) && Files.isRegularFile(file) ? Optional.of(file)
                : Optional.empty();
    }

    private static void writeAssets(Path folder, Map<String, byte[]> assets) throws IOException {
        for (Map.Entry<String, byte[]> a : assets.entrySet()) {
            Path file = folder.resolve(a.getKey()).normalize();
            if (!file.startsWith(folder.resolve(ASSETS))) {
                throw new IOException("an image named outside the article's folder: " + a.getKey());
            }
            Files.createDirectories(file.getParent());
            // Named by their content's hash: one already there is the same image.
            if (!Files.isRegularFile(file) || Files.size(file) != a.getValue().length) {
                AtomicFiles.write(file, a.getValue());
            }
        }
    }

    static String storedFileName(String sourceFileName, SourceFormat format) {
        int dot = sourceFileName.lastIndexOf('.');
        String ext = dot < 0 ? format.extensions().get(0) : sourceFileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SOURCE + ext;
    }

    private void writeJson(Path file, Object value, boolean indent) throws IOException {
        if (indent) {
            AtomicFiles.write(file, Json.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value));
            return;
        }
        // Streamed to the temporary file: an article of a 20 MB source makes a JSON document of
        // a hundred megabytes, which need not be in memory whole beside the article.
        AtomicFiles.write(file, out -> Json.MAPPER.writeValue(out, value));
    }

    /** Moves an article's folder to the trash. */
    Removal moveToTrash(Entry entry) throws IOException {
        try (FileLocks.Held lock = lock()) {
            return moveToTrashLocked(entry);
        }
    }

    private Removal moveToTrashLocked(Entry entry) throws IOException {
        // To the millisecond, as the folder's name keeps it, so that trash() gives back an equal Removal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Path trash = root.resolve(TRASH);
        Files.createDirectories(trash);
        String base = entry.meta().articleId() + "@" + STAMP.format(now.atZone(ZoneOffset.UTC));
        Path target = trash.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = trash.resolve(base + "-" + n);
        }
        move(entry.folder(), target);
        return new Removal(entry.meta().articleId(), entry.meta().title(), now, target);
    }

    /** The removed articles, most recently removed first. */
    List<Removal> trash() {
        Path trash = root.resolve(TRASH);
        List<Removal> removals = new ArrayList<>();
        if (!Files.isDirectory(trash)) {
            return removals;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(trash, Files::isDirectory)) {
            for (Path folder : dirs) {
                removal(folder).ifPresent(removals::add);
            }
        } catch (IOException e) {
            return removals;
        }
        removals.sort(Comparator.comparing(Removal::removedAt).reversed());
        return removals;
    }

    private Optional<Removal> removal(Path folder) {
        String name = folder.getFileName().toString();
        int at = name.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String stamp = name.substring(at + 1).replaceAll("-\\d+$", "");
        try {
            Instant removedAt = LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
            ImportMetadata meta = Json.MAPPER.readValue(folder.resolve(META).toFile(), ImportMetadata.class);
            return Optional.of(new Removal(name.substring(0, at), meta.title(), removedAt, folder));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Moves a removed article back; the caller has checked that its id is free. */
    Entry restore(Removal removal) throws IOException {
        try (FileLocks.Held lock = lock()) {
            return restoreLocked(removal);
        }
    }

    private Entry restoreLocked(Removal removal) throws IOException {
        Path folder = root.resolve(removal.articleId());
        move(removal.trashFolder(), folder);
        LibraryPack.Stamp stamp = stampOrNull(folder.resolve(META));
        ImportMetadata meta = Json.MAPPER.readValue(folder.resolve(META).toFile(), ImportMetadata.class);
        return new Entry(meta, folder, stamp);
    }

    /** Deletes everything in the trash for good. */
    void emptyTrash() throws IOException {
        try (FileLocks.Held lock = lock()) {
            Folders.deleteTree(root.resolve(TRASH));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
