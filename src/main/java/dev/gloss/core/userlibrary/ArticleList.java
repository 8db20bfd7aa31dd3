package dev.gloss.core.userlibrary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.LocalFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list of a library's articles (id, title, sections, words), kept in this computer's cache
 * folder with the stamps of each article's files, so that listing ten thousand articles reads one
 * small file instead of every article. Like every cache it is never the record: it is used only
 * while every article's files are as stamped, and written again after the library was read.
 */
public final class ArticleList {
    static final String FILE = "articles.txt";
    private static final String FORMAT = "gloss-articles 1";

    /** One article as listed. */
    public record Entry(String id, String title, int sectionCount, int words) {
        public static Entry of(Article a) {
            return new Entry(a.id(), a.title(), a.sections().size(), a.wordCount());
        }
    }

    private ArticleList() {
    }

    /** The list as kept, when every article's files are as they were when it was written; else empty. */
    public static Optional<List<Entry>> readIfCurrent(Path dataDir) {
        Path file = LocalFolders.cache(dataDir).resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return Optional.empty();
            }
            Map<String, String> stamps = new LinkedHashMap<>();
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 5);
                if (f.length != 5) {
                    return Optional.empty();
                }
                stamps.put(f[0], f[1]);
                entries.add(new Entry(f[0], f[4], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            }
            return stamps.equals(UserLibrary.stampsNow(dataDir)) ? Optional.of(entries) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Damaged or unreadable: the library is read instead, and the list written again.
            return Optional.empty();
        }
    }

    /**
     * Keeps the list of this library, read from files with these stamps ({@link Library#stamps()}),
     * for the next listing. Nothing is kept when an article has no stamp, or the cache cannot be
     * written: the next listing reads the library again.
     */
    public static void write(Path dataDir, Library library) {
        Map<String, String> stamps = library.stamps();
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (Article a : library.articles()) {
            String stamp = stamps.get(a.id());
            if (stamp == null) {
                return;
            }
            Entry e = Entry.of(a);
            text.append(e.id()).append('\t').append(stamp).append('\t').append(e.sectionCount()).append('\t')
                    .append(e.words()).append('\t').append(oneLine(e.title())).append('\n');
        }
        try {
            Path folder = Files.createDirectories(LocalFolders.cache(dataDir));
            AtomicFiles.write(folder.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next listing reads the library.
        }
    }

    private static String oneLine(String title) {
        return title.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
