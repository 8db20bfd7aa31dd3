package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.Parsed;
import dev.gloss.core.ingest.SourceFormat;
import dev.gloss.core.model.Article;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.Folders;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The imported articles on disk: {@code <data>/library/<articleId>/} holds the source file as
 * imported ({@code source.<ext>}), the article as read ({@code article.json}) and its metadata
 * ({@code meta.json}), each written atomically, metadata last. Removed articles wait in
 * {@code <data>/library/.trash/<articleId>@<time>/}, on the same disk, so that removing and
 * restoring are single renames.
 */
final class LibraryStore {
    static final String META = "meta.json";
    static final String ARTICLE = "article.json";
    private static final String SOURCE = "source.";
    private static final String TRASH = ".trash";
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
    private final Clock clock;
    private int packSize = -1;
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    LibraryStore(Path dataDir, Clock clock) {
        // Normalised, so that an article's folder is found under it however the data folder was named ("./data").
        this.root = dataDir.toAbsolutePath().normalize().resolve("library");
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
        Map<String, LibraryPack.Packed> pack = LibraryPack.read(root);
        packSize = pack.size();
        List<Entry> entries = new ArrayList<>();
        for (Path folder : articleFolders()) {
            LibraryPack.Packed packed = pack.get(folder.getFileName().toString());
            if (packed != null && packed.metaStamp().equals(stampOrNull(folder.resolve(META)))) {
                entries.add(new Entry(packed.meta(), folder, packed, packed.metaStamp()));
            } else {
                readEntry(folder, problems).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> String.valueOf(e.meta().importedAt()))
                .thenComparing(e -> e.meta().articleId()));
        return entries;
    }

    private List<Path> articleFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> Files.isDirectory(p)
                && !p.getFileName().toString().startsWith("."))) {
            dirs.forEach(folders::add);
        } catch (IOException e) {
            return List.of();
        }
        folders.sort(Comparator.naturalOrder());
        return folders;
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
            ImportMetadata meta = mapper.readValue(metaFile.toFile(), ImportMetadata.class);
            if (meta.articleId() == null || !meta.articleId().equals(folder.getFileName().toString())) {
                throw new IOException("its article id does not match its folder");
            }
            return Optional.of(new Entry(meta, folder, stamp));
        } catch (IOException e) {
            keepAside(metaFile, problems, "metadata");
            return Optional.empty();
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
        LibraryPack.write(root, stamped);
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
            ArticleJson json = mapper.readValue(file.toFile(), ArticleJson.class);
            Article article = json.toArticle();
            if (article.id().equals(entry.meta().articleId())) {
                if (!json.isCurrent()) {
                    // Written by an earlier Gloss, which knew less of the source: read it again.
                    return upgrade(entry, article, problems);
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
    private Optional<Article> upgrade(Entry entry, Article stored, List<String> problems) {
        ImportMetadata meta = entry.meta();
        Path source = entry.folder().resolve(meta.storedFile() == null ? "" : meta.storedFile());
        Optional<SourceFormat> format = SourceFormat.ofId(String.valueOf(meta.format()));
        if (format.isEmpty() || !Files.isRegularFile(source)) {
            return Optional.of(stored);
        }
        try {
            Parsed parsed = format.get().parse(Files.readAllBytes(source), meta.articleId(), meta.sourceFileName(),
                    FileResources.of(meta.sourcePath()));
            writeAssets(entry.folder(), parsed.assets());
            Article article = parsed.article().withOrigin(parsed.article().origin().at(meta.sourcePath()));
            writeJson(entry.folder().resolve(ARTICLE), ArticleJson.of(article), false);
            return Optional.of(article);
        } catch (IOException | ImportException | RuntimeException e) {
            return Optional.of(stored);
        }
    }

    private Optional<Article> reparse(Entry entry, List<String> problems) {
        ImportMetadata meta = entry.meta();
        Path source = entry.folder().resolve(meta.storedFile() == null ? "" : meta.storedFile());
        Optional<SourceFormat> format = SourceFormat.ofId(String.valueOf(meta.format()));
        if (format.isEmpty() || !Files.isRegularFile(source)) {
            problems.add("The imported article " + meta.articleId() + " cannot be read and its source copy is missing.");
            return Optional.empty();
        }
        try {
            Parsed parsed = format.get().parse(Files.readAllBytes(source), meta.articleId(), meta.sourceFileName(),
                    FileResources.of(meta.sourcePath()));
            Article article = parsed.article().withOrigin(parsed.article().origin().at(meta.sourcePath()));
            writeAssets(entry.folder(), parsed.assets());
            writeJson(entry.folder().resolve(ARTICLE), ArticleJson.of(article), false);
            problems.add("The imported article " + meta.articleId() + " was damaged and has been read again from its source.");
            return Optional.of(article);
        } catch (IOException | ImportException e) {
            problems.add("The imported article " + meta.articleId() + " cannot be read: " + e.getMessage());
            return Optional.empty();
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
     * Writes an article's folder: the source copy and the images read with it, then the article,
     * then the metadata that makes it count. Images no longer referred to are deleted. A new folder
     * that cannot be finished is deleted again, so no half article stays.
     */
    Entry write(Article article, ImportMetadata meta, byte[] source, Map<String, byte[]> assets) throws IOException {
        Path folder = root.resolve(meta.articleId());
        boolean isNew = !Files.exists(folder);
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(meta.storedFile()), source);
            removeOtherSources(folder, meta.storedFile());
            writeAssets(folder, assets);
            writeJson(folder.resolve(ARTICLE), ArticleJson.of(article), false);
            writeJson(folder.resolve(META), meta, true);
            removeOtherAssets(folder, assets.keySet());
            return new Entry(meta, folder, stampOrNull(folder.resolve(META)));
        } catch (IOException | RuntimeException e) {
            if (isNew) {
                Folders.deleteTree(folder);
            }
            throw e;
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

    private static void removeOtherAssets(Path folder, java.util.Set<String> kept) throws IOException {
        Path dir = folder.resolve(ASSETS);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (!kept.contains(ASSETS + "/" + p.getFileName()) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    static String storedFileName(String sourceFileName, SourceFormat format) {
        int dot = sourceFileName.lastIndexOf('.');
        String ext = dot < 0 ? format.extensions().get(0) : sourceFileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SOURCE + ext;
    }

    private static void removeOtherSources(Path folder, String kept) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(SOURCE) && !name.equals(kept) && !name.endsWith(".bak")) {
                    Files.delete(p);
                }
            }
        }
    }

    private void writeJson(Path file, Object value, boolean indent) throws IOException {
        byte[] bytes = indent ? mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value)
                : mapper.writeValueAsBytes(value);
        AtomicFiles.write(file, bytes);
    }

    /** Moves an article's folder to the trash. */
    Removal moveToTrash(Entry entry) throws IOException {
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
            ImportMetadata meta = mapper.readValue(folder.resolve(META).toFile(), ImportMetadata.class);
            return Optional.of(new Removal(name.substring(0, at), meta.title(), removedAt, folder));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Moves a removed article back; the caller has checked that its id is free. */
    Entry restore(Removal removal) throws IOException {
        Path folder = root.resolve(removal.articleId());
        move(removal.trashFolder(), folder);
        LibraryPack.Stamp stamp = stampOrNull(folder.resolve(META));
        ImportMetadata meta = mapper.readValue(folder.resolve(META).toFile(), ImportMetadata.class);
        return new Entry(meta, folder, stamp);
    }

    /** Deletes everything in the trash for good. */
    void emptyTrash() throws IOException {
        Folders.deleteTree(root.resolve(TRASH));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
