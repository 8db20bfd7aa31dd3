package dev.gloss.core.userlibrary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What other processes, a kill half-way, or a damaged file leave in the library, and how the next start deals with it. */
class LibraryRecoveryTest {
    private static final String TEXT = "# Same Title\n\n## Alpha\n\nFirst text of %s.\n\n## Beta\n\nSecond text.\n";

    @TempDir
    Path data;
    @TempDir
    Path files;

    private ImportService service() {
        return new ImportService(data, Set.of(), Clock.systemUTC());
    }

    private Path write(String name) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, TEXT.formatted(name));
        return file;
    }

    private Path library() {
        return data.resolve("library");
    }

    @Test
    void twoServicesThatOpenedTheSameLibraryDoNotGiveTwoArticlesOneId() throws IOException {
        ImportService first = service();
        ImportService second = service();
        FileResult a = first.importFile(write("a.md"));
        FileResult b = second.importFile(write("b.md"));
        assertEquals(ImportStatus.IMPORTED, a.status());
        assertEquals(ImportStatus.IMPORTED, b.status());
        assertEquals("same-title", a.articleId().orElseThrow());
        assertEquals("same-title-2", b.articleId().orElseThrow());
        assertEquals(2, service().imported().size());
        // The same content again, through a service that has not seen it, is a duplicate.
        assertEquals(ImportStatus.DUPLICATE, first.importFile(files.resolve("b.md")).status());
    }

    @Test
    void aServiceRemovingWhatAnotherRestoredMeanwhileSeesTheDisk() throws Exception {
        ImportService first = service();
        first.importFile(write("a.md"));
        ImportService second = service();
        Removal removal = first.remove("same-title");
        second.restore(second.lastRemoval("same-title").orElseThrow());
        assertTrue(imported(first, "same-title") || imported(service(), "same-title"));
        Removal again = first.remove("same-title");
        assertFalse(imported(service(), "same-title"));
        assertTrue(Files.isDirectory(again.trashFolder()));
        assertFalse(Files.exists(removal.trashFolder()));
    }

    @Test
    void leftoversOfAKilledImportAreCleanedAndDoNotBlockARestore() throws Exception {
        ImportService s = service();
        s.importFile(write("a.md"));
        s.remove("same-title");
        // A kill half-way through an import by an earlier version: a folder with only a temporary file.
        Path half = Files.createDirectories(library().resolve("same-title"));
        Files.writeString(half.resolve(".source.md.123.tmp"), "half");
        Path staged = Files.createDirectories(library().resolve(".staging/other-1234abcd"));
        Files.writeString(staged.resolve("source.md"), "staged");
        Files.writeString(library().resolve("..pack.99.tmp"), "x");

        ImportService next = service();
        assertFalse(Files.exists(half), "the half folder is removed");
        assertFalse(Files.exists(staged));
        assertFalse(Files.exists(library().resolve("..pack.99.tmp")));
        assertTrue(next.problems().stream().anyMatch(p -> p.contains("unfinished import")), next.problems().toString());
        next.restore(next.lastRemoval("same-title").orElseThrow());
        assertTrue(imported(service(), "same-title"));
    }

    @Test
    void aFolderWithASourceButNoMetadataIsCompletedFromTheSource() throws IOException {
        Path half = Files.createDirectories(library().resolve("kept-notes"));
        Files.writeString(half.resolve("source.md"), "# Kept Notes\n\n## One\n\nSome text.\n");
        ImportService s = service();
        assertTrue(imported(s, "kept-notes"));
        assertEquals("Kept Notes", s.articles().get(0).title());
        assertTrue(Files.isRegularFile(half.resolve(LibraryStore.META)));
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("rebuilt")), s.problems().toString());
    }

    @Test
    void aMissingOrDamagedMetaJsonIsRebuiltAndTheArticleKeepsItsIds() throws IOException {
        ImportService s = service();
        s.importFile(write("a.md"));
        s.importFile(write("b.md"));
        List<String> sectionIds = s.articles().get(0).sections().stream().map(x -> x.id()).toList();
        Files.delete(library().resolve("same-title/meta.json"));
        Files.writeString(library().resolve("same-title-2/meta.json"), "{ not json");

        ImportService next = service();
        assertEquals(List.of("same-title", "same-title-2"),
                next.imported().stream().map(ImportMetadata::articleId).sorted().toList());
        assertEquals(sectionIds, next.articles().stream().filter(a -> a.id().equals("same-title")).findFirst()
                .orElseThrow().sections().stream().map(x -> x.id()).toList());
        assertEquals(2, next.problems().stream().filter(p -> p.contains("rebuilt from its source")).count(),
                next.problems().toString());
        assertTrue(next.problems().stream().anyMatch(p -> p.contains("missing")));
        assertTrue(next.problems().stream().anyMatch(p -> p.contains("damaged")));
        // The rebuilt metadata knows the content: the same file again is a duplicate.
        assertEquals(ImportStatus.DUPLICATE, next.importFile(files.resolve("a.md")).status());
    }

    @Test
    void anUpdateReplacesTheWholeFolderAndLeavesNothingStaged() throws IOException {
        ImportService s = service();
        Path a = write("a.md");
        s.importFile(a);
        Files.writeString(a, "# Same Title\n\n## Alpha\n\nChanged.\n");
        assertEquals(ImportStatus.UPDATED, s.importFile(a).status());
        assertFalse(Files.exists(library().resolve(".staging")), "nothing is left staged");
        assertTrue(Files.readString(library().resolve("same-title/source.md")).contains("Changed."));
    }

    /** Whether the service holds an article of this id (imported and not removed). */
    private static boolean imported(ImportService service, String articleId) {
        return service.imported().stream().anyMatch(m -> m.articleId().equals(articleId));
    }
}
