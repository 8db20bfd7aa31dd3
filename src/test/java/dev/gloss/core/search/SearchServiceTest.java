package dev.gloss.core.search;

import dev.gloss.core.library.Library;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.UserLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search service as the command line uses it: a data folder, its index, other Glosses. */
class SearchServiceTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private final AtomicInteger libraryReads = new AtomicInteger();
    private final AtomicInteger topicAsks = new AtomicInteger();

    private Path index() {
        return data.resolve("cache").resolve("index");
    }

    private SearchService.Source source() {
        return new SearchService.Source(() -> UserLibrary.stampsNow(data), () -> {
            libraryReads.incrementAndGet();
            return UserLibrary.load(data).library();
        }, library -> {
            topicAsks.incrementAndGet();
            return section -> Set.of();
        });
    }

    private void importMarkdown(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text);
        ImportService imports = ImportService.open(data);
        assertEquals(1, imports.importPaths(List.of(file)).count(dev.gloss.core.userlibrary.ImportStatus.IMPORTED), "imported " + name);
    }

    private static List<String> found(SearchService service, String words) {
        return service.index().search(SearchRequest.typing(words)).hits().stream().map(SearchHit::articleId).toList();
    }

    private void importSourdough() throws IOException {
        importMarkdown("sourdough.md", """
                ---
                title: Keeping a sourdough starter
                tags: [baking, fermentation]
                ---
                # Keeping a sourdough starter

                ## Feeding

                Feed the levain twice a day with equal weights of flour and water.

                ## Storing

                A starter kept in the refrigerator needs feeding once a week.
                """);
    }

    @Test
    void anIndexThatHoldsTheLibraryIsSearchedWithoutReadingAnArticle() throws IOException {
        importSourdough();
        try (SearchService first = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.UPDATED, first.freshness());
            assertEquals(List.of("keeping-a-sourdough-starter"), found(first, "levain"));
        }
        assertEquals(1, libraryReads.get());
        try (SearchService second = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.CURRENT, second.freshness());
            assertTrue(second.library().isEmpty(), "the library was not read");
            assertTrue(second.index().readOnly());
            assertEquals(List.of("keeping-a-sourdough-starter"), found(second, "levain"));
        }
        assertEquals(1, libraryReads.get(), "the second search read no article");
    }

    @Test
    void anArticleImportedSinceIsIndexedBeforeTheSearch() throws IOException {
        importSourdough();
        SearchService.open(index(), source()).close();
        importMarkdown("rebase.md", """
                # Rewriting history with git rebase

                An interactive rebase lets you squash, reorder and reword commits before you push.
                """);
        topicAsks.set(0);
        try (SearchService service = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.UPDATED, service.freshness());
            assertEquals(List.of("rewriting-history-with-git-rebase"), found(service, "squash"));
        }
        assertEquals(1, topicAsks.get(), "topics are asked for when sections are written");
        try (SearchService service = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.CURRENT, service.freshness());
            assertTrue(service.library().isEmpty());
        }
    }

    @Test
    void aRemovedArticleIsNoLongerFound() throws Exception {
        importSourdough();
        SearchService.open(index(), source()).close();
        ImportService.open(data).remove("keeping-a-sourdough-starter");
        try (SearchService service = SearchService.open(index(), source())) {
            assertEquals(List.of(), found(service, "levain"));
        }
    }

    @Test
    void whileAnotherGlossHoldsTheIndexItsLastCommitIsSearchedAndSaidToBeBehind() throws IOException {
        importSourdough();
        SearchService.open(index(), source()).close();
        Library before = UserLibrary.load(data).library();
        // A window holds the index to write it; an import comes from the command line meanwhile.
        try (StoredIndex window = StoredIndex.open(index(), before, section -> Set.of())) {
            importMarkdown("rebase.md", "# Git rebase\n\nSquash the commits of a branch into one.\n");
            try (SearchService service = SearchService.open(index(), source())) {
                assertEquals(SearchService.Freshness.BEHIND, service.freshness());
                assertEquals(List.of("keeping-a-sourdough-starter"), found(service, "levain"));
                assertEquals(List.of(), found(service, "squash"), "not written yet");
            }
            window.update(UserLibrary.load(data).library());
            try (SearchService service = SearchService.open(index(), source())) {
                assertEquals(SearchService.Freshness.CURRENT, service.freshness(), "the window caught up");
                assertEquals(List.of("git-rebase"), found(service, "squash"));
            }
            assertTrue(window.index().search(SearchRequest.typing("squash")).hits().size() == 1,
                    "the window's index still writes and searches");
        }
    }

    @Test
    void anIndexHeldWhileItIsFirstBuiltLeavesAnIndexInMemory() throws IOException {
        importSourdough();
        // Another Gloss has the write lock but has not committed anything yet.
        Files.createDirectories(index());
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index());
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig());
             SearchService service = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.IN_MEMORY, service.freshness());
            assertEquals(List.of("keeping-a-sourdough-starter"), found(service, "refrigerator"));
            assertTrue(Files.exists(index().resolve("write.lock")), "the other Gloss's folder was left alone");
            writer.commit();
        }
    }

    @Test
    void aFileChangedInPlaceIsNoticedByItsStamp() throws Exception {
        importSourdough();
        SearchService.open(index(), source()).close();
        // A sync tool writes the article's file anew, the same bytes in a new file: the stamps
        // differ, so the library is read and compared; nothing needs indexing and the new stamps
        // are recorded.
        Path article = data.resolve("library").resolve("keeping-a-sourdough-starter").resolve("article.json");
        byte[] same = Files.readAllBytes(article);
        Path copy = article.resolveSibling("article.json.part");
        Files.write(copy, same);
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(article).toMillis() + 5_000));
        Files.move(copy, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (SearchService service = SearchService.open(index(), source())) {
            assertEquals(SearchService.Freshness.CURRENT, service.freshness());
            assertTrue(service.library().isPresent(), "the changed stamps made it read the library");
        }
        try (SearchService service = SearchService.open(index(), source())) {
            assertTrue(service.library().isEmpty(), "the new stamps were recorded");
        }
    }

    @Test
    void aWindowsKeptIndexIsTheOneTheCommandsSearch() throws IOException {
        importSourdough();
        try (SearchService.Kept window = SearchService.kept(java.util.Optional.of(index()), library -> section -> Set.of())) {
            assertTrue(window.openAsHeld().isEmpty(), "no index on disk yet");
            SearchIndex brought = window.bringTo(UserLibrary.load(data).library());
            assertEquals(1, brought.search(SearchRequest.typing("levain")).hits().size());
            libraryReads.set(0);
            try (SearchService command = SearchService.open(index(), source())) {
                assertEquals(SearchService.Freshness.CURRENT, command.freshness());
                assertEquals(0, libraryReads.get(), "the window recorded the stamps of what it read");
            }
            // An import in the window: its library is made from the one it had, without stamps.
            importMarkdown("rebase.md", "# Git rebase\n\nSquash the commits of a branch into one.\n");
            Library withImport = new Library(UserLibrary.load(data).library().articles());
            assertTrue(window.update(withImport));
            assertFalse(window.update(withImport), "nothing changed the second time");
            try (SearchService command = SearchService.open(index(), source())) {
                assertEquals(SearchService.Freshness.CURRENT, command.freshness(), "checked article by article");
                assertEquals(List.of("git-rebase"), found(command, "squash"));
            }
        }
        // Closed: the next window (or command) may write the index.
        try (SearchService command = SearchService.open(index(), source())) {
            assertTrue(command.freshness() == SearchService.Freshness.CURRENT, command.freshness().toString());
            assertFalse(command.index().readOnly(), "it took the lock to record the stamps");
        }
    }
}
