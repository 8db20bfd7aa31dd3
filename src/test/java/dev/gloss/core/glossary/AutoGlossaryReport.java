package dev.gloss.core.glossary;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.userlibrary.UserLibrary;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints the automatic glossary of a library with the curated glossary set aside, strongest
 * first, with each term's mined definition: how the README's figures are made.
 * Arguments: {@code bundled | DATA_DIR [--imported-only]} and optionally {@code --top N}.
 */
public final class AutoGlossaryReport {
    private AutoGlossaryReport() {
    }

    public static void main(String[] args) {
        Library library;
        if (args[0].equals("bundled")) {
            library = BundledLibrary.load();
        } else if (args[0].startsWith("synthetic:")) {
            // The benchmarks' corpus: N articles of about 600 words made from the bundled library's words.
            int n = Integer.parseInt(args[0].substring("synthetic:".length()));
            library = new Library(dev.gloss.core.corpus.SyntheticCorpus.fromBundledLibrary(
                    dev.gloss.core.corpus.SyntheticCorpus.DEFAULT_SEED).articles(n));
        } else {
            library = UserLibrary.load(Path.of(args[0])).library();
            if (List.of(args).contains("--imported-only")) {
                Set<String> bundled = new HashSet<>();
                BundledLibrary.load().articles().forEach(a -> bundled.add(a.id()));
                library = new Library(library.articles().stream().filter(a -> !bundled.contains(a.id())).toList());
            }
        }
        int top = 100;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[i + 1]);
            }
        }
        long w0 = System.nanoTime();
        EnglishWords.get();
        long words = library.articles().stream().flatMap(a -> a.sections().stream()).mapToLong(s -> s.wordCount()).sum();
        System.out.printf("word list %d ms, %d words%n", (System.nanoTime() - w0) / 1_000_000, words);
        for (int warm = 0; warm < Integer.getInteger("warm", 0); warm++) {
            long t = System.nanoTime();
            new AutoTermFinder().find(library, key -> false);
            System.out.printf("run %d: %d ms%n", warm, (System.nanoTime() - t) / 1_000_000);
        }
        long t0 = System.nanoTime();
        List<AutoTerm> terms = new AutoTermFinder().find(library, key -> false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%d articles, %d terms in %d ms%n", library.size(), terms.size(), ms);
        if (List.of(args).contains("--with-cache")) {
            // Start with the terms kept on disk: the fingerprint of the library and the read of the file.
            try {
                Path dir = java.nio.file.Files.createTempDirectory("gloss-auto");
                AutoGlossaryCache.load(dir, library, Glossary.bundled());
                for (int i = 0; i < 3; i++) {
                    long c0 = System.nanoTime();
                    AutoGlossaryCache.Result r = AutoGlossaryCache.load(dir, library, Glossary.bundled());
                    System.out.printf("from disk: %s in %d ms%n", r.fromDisk(), (System.nanoTime() - c0) / 1_000_000);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (List.of(args).contains("--against-bundled")) {
            // Which of the curated terms the automatic glossary found among its first {@code top}.
            List<AutoTerm> first = terms.subList(0, Math.min(top, terms.size()));
            int found = 0;
            for (Term curated : Glossary.bundled().terms()) {
                Set<String> keys = new HashSet<>();
                curated.names().forEach(n -> keys.add(Tokens.key(n)));
                for (AutoTerm t : first) {
                    Set<String> mine = new HashSet<>();
                    mine.add(Tokens.key(t.name()));
                    t.aliases().forEach(a -> mine.add(Tokens.key(a)));
                    if (mine.stream().anyMatch(keys::contains)) {
                        found++;
                        System.out.printf("FOUND %-28s as %-28s #%d %s%n", curated.term(), t.name(), first.indexOf(t) + 1,
                                t.quote() == null ? "" : "[" + t.quote().pattern() + "] " + t.quote().text());
                        break;
                    }
                }
            }
            System.out.printf("%d of %d curated terms among the first %d%n", found, Glossary.bundled().size(), top);
            return;
        }
        int rank = 0;
        for (AutoTerm t : terms.subList(0, Math.min(top, terms.size()))) {
            rank++;
            System.out.printf("%3d. %-32s %s %5d× %4d sections  %.1f%n", rank, t.name(),
                    t.aliases().isEmpty() ? "" : t.aliases(), t.count(), t.sections(), t.score());
            if (t.quote() != null) {
                System.out.printf("       [%s] %s: %s%n", t.quote().pattern(), t.quote().sectionId(),
                        t.quote().text().replace('\n', ' '));
            }
        }
    }
}
