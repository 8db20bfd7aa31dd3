package dev.gloss.core.library;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.PlainTextImporter;
import dev.gloss.core.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * The library that ships with Gloss: the texts under assets/library, packaged at /library in the
 * jar, listed by its manifest and parsed at load time by the same importer users' files go through.
 */
public final class BundledLibrary {
    private static final String ROOT = "/library/";
    /** Read once: it ships with Gloss and does not change. */
    private static volatile Manifest manifest;

    private BundledLibrary() {
    }

    public static Manifest manifest() {
        Manifest read = manifest;
        if (read == null) {
            // Two threads may both read it at first; they read the same thing.
            try (InputStream in = open("manifest.json")) {
                read = Manifest.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled library's manifest cannot be read", e);
            }
            manifest = read;
        }
        return read;
    }

    /**
     * Parses one bundled article, once: the window reads its first article alone and then the
     * whole library, and the bundled texts do not change while Gloss runs.
     */
    public static Article load(Manifest.Entry entry) {
        return PARSED.computeIfAbsent(entry, BundledLibrary::parse);
    }

    private static final Map<Manifest.Entry, Article> PARSED = new ConcurrentHashMap<>();

    private static Article parse(Manifest.Entry entry) {
        try (InputStream in = open(entry.file())) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PlainTextImporter.parse(text, entry.id(), new Article.Origin(entry.file(), "text"));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled article " + entry.file() + " cannot be read", e);
        } catch (ImportException e) {
            throw new IllegalStateException("The bundled article " + entry.file() + " cannot be parsed: "
                    + e.getMessage(), e);
        }
    }

    /** The bundled library as a {@link LibrarySource}: one article at a time, or all of them. */
    public static LibrarySource source() {
        return new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return manifest().articles().stream().findFirst().map(Manifest.Entry::id);
            }

            @Override
            public Optional<Article> article(String id) {
                return manifest().articles().stream().filter(e -> e.id().equals(id)).findFirst()
                        .map(BundledLibrary::load);
            }

            @Override
            public Library load() {
                return BundledLibrary.load();
            }
        };
    }

    public static Library load() {
        List<Article> articles = new ArrayList<>();
        for (Manifest.Entry entry : manifest().articles()) {
            articles.add(load(entry));
        }
        return new Library(articles, stamps());
    }

    /**
     * A stamp for each bundled article: a checksum of its text and of the manifest, which change
     * with a release that changes them. (A release that reads the same texts differently changes the
     * search index's format instead.)
     */
    public static Map<String, String> stamps() {
        Map<String, String> read = stamps;
        if (read == null) {
            Map<String, String> made = new java.util.LinkedHashMap<>();
            try {
                long manifestSum = checksum("manifest.json");
                for (Manifest.Entry entry : manifest().articles()) {
                    made.put(entry.id(), "bundled/" + Long.toHexString(checksum(entry.file())) + "/"
                            + Long.toHexString(manifestSum));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled library cannot be read", e);
            }
            read = Map.copyOf(made);
            stamps = read;
        }
        return read;
    }

    private static volatile Map<String, String> stamps;

    private static long checksum(String name) throws IOException {
        try (InputStream in = open(name)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(in.readAllBytes());
            return crc.getValue();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledLibrary.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing resource " + ROOT + name);
        }
        return in;
    }
}
