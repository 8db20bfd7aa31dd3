package dev.gloss.core.search;

import dev.gloss.core.corpus.SyntheticCorpus;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredIndexTest {
    private static final SyntheticCorpus CORPUS = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED);
    private final Library library = new Library(CORPUS.articles(30));
    private final int sections = library.articles().stream().mapToInt(a -> a.sections().size()).sum();

    @TempDir
    Path data;

    private StoredIndex open(Library lib) {
        return StoredIndex.open(data.resolve("index"), lib, id -> Set.of());
    }

    private static int hits(StoredIndex stored, String word) {
        return stored.index().search(SearchRequest.typing(word)).hits().size();
    }

    @Test
    void aMissingIndexIsBuiltAndAnUpToDateOneIsReusedWithoutIndexingAgain() {
        try (StoredIndex first = open(library)) {
            assertTrue(first.opening().rebuilt());
            assertEquals(30, first.opening().articlesWritten());
            assertEquals(sections, first.index().sectionCount());
        }
        try (StoredIndex second = open(library)) {
            assertFalse(second.opening().rebuilt());
            assertEquals(0, second.opening().articlesWritten());
            assertEquals(sections, second.index().sectionCount());
            String word = library.articles().get(3).title().split(" ")[0];
            assertTrue(hits(second, word) > 0, "the reused index answers searches");
        }
    }

    @Test
    void anIndexOpenedBeforeTheLibraryIsReadSearchesAtOnceAndIsBroughtUpToDateAfterwards() {
        open(library).close();
        assertTrue(StoredIndex.openAsHeld(data.resolve("none"), id -> Set.of()).isEmpty(), "no index, nothing held");
        Optional<StoredIndex> held = StoredIndex.openAsHeld(data.resolve("index"), id -> Set.of());
        assertTrue(held.isPresent());
        String word = library.articles().get(3).title().split(" ")[0];
        assertTrue(hits(held.get(), word) > 0, "the index searches before the library is known");
        List<Article> changed = new ArrayList<>(library.articles().subList(1, 30));
        changed.add(CORPUS.article(30));
        try (StoredIndex stored = StoredIndex.open(data.resolve("index"), held, new Library(changed), id -> Set.of())) {
            assertFalse(stored.opening().rebuilt());
            assertEquals(1, stored.opening().articlesWritten());
            assertEquals(changed.stream().mapToInt(a -> a.sections().size()).sum(), stored.index().sectionCount());
        }
    }

    @Test
    void anIndexOutOfDateWritesOnlyWhatChanged() {
        open(library).close();
        List<Article> changed = new ArrayList<>(library.articles().subList(1, 30));
        changed.add(CORPUS.article(30));
        Library next = new Library(changed);
        try (StoredIndex stored = open(next)) {
            assertFalse(stored.opening().rebuilt());
            assertEquals(1, stored.opening().articlesWritten());
            int expected = next.articles().stream().mapToInt(a -> a.sections().size()).sum();
            assertEquals(expected, stored.index().sectionCount());
        }
    }

    @Test
    void aDamagedIndexIsRebuilt() throws IOException {
        open(library).close();
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals(StoredIndex.MARKER)
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "not a Lucene file at all".repeat(20).getBytes());
            }
        }
        try (StoredIndex stored = open(library)) {
            assertTrue(stored.opening().rebuilt(), stored.opening().toString());
            assertTrue(stored.opening().reason().contains("damaged") || stored.opening().reason().contains("read"));
            assertEquals(sections, stored.index().sectionCount());
        }
        try (StoredIndex again = open(library)) {
            assertFalse(again.opening().rebuilt());
        }
    }

    @Test
    void anIndexWithoutItsMarkerIsRebuiltAndAnUpdateIsRecorded() throws IOException {
        open(library).close();
        Files.delete(data.resolve("index").resolve(StoredIndex.MARKER));
        try (StoredIndex stored = open(library)) {
            assertTrue(stored.opening().rebuilt());
            assertEquals(sections, stored.index().sectionCount(), "no section is indexed twice");
            assertEquals(1, stored.update(new Library(CORPUS.articles(31))));
        }
        try (StoredIndex reopened = open(new Library(CORPUS.articles(31)))) {
            assertEquals(0, reopened.opening().articlesWritten());
        }
    }

    /** The fingerprint as first written: each section's plain text built and hashed. */
    private static String builtFingerprint(Article a) {
        long h = 1125899906842597L;
        h = mixString(h, a.title());
        Article.Meta meta = a.meta();
        for (String part : new String[] {meta.author(), meta.published(), meta.description(), meta.language()}) {
            h = mixString(h, part == null ? "" : part);
        }
        for (String tag : meta.tags()) {
            h = mixString(h, tag);
        }
        for (dev.gloss.core.model.Section s : a.sections()) {
            h = mixString(h, s.id());
            h = mixString(h, s.title());
            h = mixString(h, s.titleKind().name());
            h = mixString(h, s.plainText());
        }
        return a.sections().size() + ":" + Long.toHexString(h);
    }

    private static long mixString(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h * 0x9E3779B97F4A7C15L + s.length();
    }

    @Test
    void fingerprintsHashTheSectionsTextAsBuiltSoIndexesOnDiskStayValid() {
        List<Article> articles = new ArrayList<>(library.articles());
        articles.addAll(dev.gloss.core.library.BundledLibrary.load().articles());
        articles.addAll(DocsFixture.articles());
        articles.add(new Article("lists", "Lists", List.of(new dev.gloss.core.model.Section("lists/one", "One",
                dev.gloss.core.model.TitleKind.HEADING, List.of(
                        dev.gloss.core.model.Paragraph.of("Before."),
                        new dev.gloss.core.model.ListBlock(false, 1, List.of(
                                new dev.gloss.core.model.ListItem(List.of(dev.gloss.core.model.Run.plain("a "),
                                        dev.gloss.core.model.Run.strong("b"))),
                                new dev.gloss.core.model.ListItem(List.of(dev.gloss.core.model.Run.plain("c"))))),
                        dev.gloss.core.model.Paragraph.of("After.")))), new Article.Origin("lists.md", "markdown")));
        Map<String, String> prints = StoredIndex.fingerprints(new Library(articles));
        for (Article a : articles) {
            assertEquals(builtFingerprint(a), prints.get(a.id()), a.id());
        }
    }
}
