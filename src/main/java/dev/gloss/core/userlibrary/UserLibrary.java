package dev.gloss.core.userlibrary;

import dev.gloss.core.concurrent.Futures;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The library a reader sees: the bundled articles first, then the ones imported into the data folder. */
public final class UserLibrary {

    private UserLibrary() {
    }

    /** The bundled and imported articles, and what went wrong reading the imported ones. */
    public record Loaded(Library library, List<String> problems, Optional<String> unreadable) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public Loaded(Library library, List<String> problems) {
            this(library, problems, Optional.empty());
        }
    }

    /** Reads the bundled texts while the imported articles are read, on another core. */
    public static Loaded load(Path dataDir) {
        CompletableFuture<Library> bundled = CompletableFuture.supplyAsync(BundledLibrary::load);
        ImportService imports = ImportService.open(dataDir);
        List<Article> imported = imports.articles();
        Loaded loaded = combine(Futures.join(bundled), imported, imports.stamps(), imports.problems());
        return new Loaded(loaded.library(), loaded.problems(), imports.unreadable());
    }

    /** The bundled library followed by the service's imported articles. */
    public static Loaded combine(Library bundled, ImportService imports) {
        List<Article> imported = imports.articles();
        return combine(bundled, imported, imports.stamps(), imports.problems());
    }

    private static Loaded combine(Library bundled, List<Article> imported, Map<String, String> importedStamps,
                                  List<String> importProblems) {
        List<Article> articles = new ArrayList<>(bundled.articles());
        Map<String, String> stamps = new LinkedHashMap<>(bundled.stamps());
        List<String> problems = new ArrayList<>();
        for (Article a : imported) {
            if (bundled.article(a.id()).isPresent()) {
                // Only a hand-edited library can get here: imports never take a bundled id.
                problems.add("The imported article " + a.id() + " has the id of a bundled article and is not shown.");
            } else {
                articles.add(a);
                String stamp = importedStamps.get(a.id());
                if (stamp != null) {
                    stamps.put(a.id(), stamp);
                }
            }
        }
        problems.addAll(0, importProblems);
        return new Loaded(new Library(articles, stamps), problems);
    }

    /**
     * The stamps of every article's files as they are now, bundled and imported, without reading
     * an article: equal to a loaded library's {@link Library#stamps()} when nothing changed since.
     */
    public static Map<String, String> stampsNow(Path dataDir) {
        Map<String, String> stamps = new LinkedHashMap<>(BundledLibrary.stamps());
        ImportService.stampsNow(dataDir).forEach(stamps::putIfAbsent);
        return stamps;
    }

    /**
     * The combined library as the window reads it: the first bundled article on its own, any
     * article by id (a bundled one from the jar, an imported one from its folder), or everything.
     */
    public static LibrarySource source(Path dataDir) {
        LibrarySource bundled = BundledLibrary.source();
        return new LibrarySource() {
            @Override
            public Optional<String> firstArticleId() {
                return bundled.firstArticleId();
            }

            @Override
            public Optional<Article> article(String id) {
                return bundled.article(id).or(() -> ImportService.readArticle(dataDir, id));
            }

            @Override
            public Library load() {
                return UserLibrary.load(dataDir).library();
            }
        };
    }

    /**
     * Where a file an imported article keeps in its folder (an image, by the name its block gives)
     * is, if it is there: {@code library/ARTICLE_ID/SRC} under the data folder. Names that would
     * leave the article's folder are refused.
     */
    public static Optional<Path> assetPath(Path dataDir, String articleId, String src) {
        if (articleId == null || src == null) {
            return Optional.empty();
        }
        try {
            return new LibraryStore(dataDir, java.time.Clock.systemUTC()).asset(articleId, src);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The combined library, for callers that show problems nowhere. */
    public static Library combined(Path dataDir) {
        return load(dataDir).library();
    }
}
