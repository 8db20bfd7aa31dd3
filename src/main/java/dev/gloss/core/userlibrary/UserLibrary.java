package dev.gloss.core.userlibrary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The library a reader sees: the bundled articles first, then the ones imported into the data folder. */
public final class UserLibrary {

    private UserLibrary() {
    }

    /** The bundled and imported articles, and what went wrong reading the imported ones. */
    public record Loaded(Library library, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    public static Loaded load(Path dataDir) {
        return combine(BundledLibrary.load(), ImportService.open(dataDir));
    }

    /** The bundled library followed by the service's imported articles. */
    public static Loaded combine(Library bundled, ImportService imports) {
        List<Article> articles = new ArrayList<>(bundled.articles());
        List<String> problems = new ArrayList<>();
        for (Article a : imports.articles()) {
            if (bundled.article(a.id()).isPresent()) {
                // Only a hand-edited library can get here: imports never take a bundled id.
                problems.add("The imported article " + a.id() + " has the id of a bundled article and is not shown.");
            } else {
                articles.add(a);
            }
        }
        problems.addAll(0, imports.problems());
        return new Loaded(new Library(articles), problems);
    }

    /** The combined library, for callers that show problems nowhere. */
    public static Library combined(Path dataDir) {
        return load(dataDir).library();
    }
}
