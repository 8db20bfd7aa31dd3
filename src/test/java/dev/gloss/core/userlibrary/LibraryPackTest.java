package dev.gloss.core.userlibrary;

import dev.gloss.core.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library pack is a cache: used while it matches the folders, never trusted over them. */
class LibraryPackTest {
    @TempDir
    Path data;
    @TempDir
    Path files;
    private Path pack;

    private ImportService service() {
        return new ImportService(data, Set.of(), Clock.systemUTC());
    }

    @BeforeEach
    void importThree() throws IOException {
        Files.writeString(files.resolve("one.md"), "# One\n\n## Alpha\n\nFirst *text*.\n\n- a list\n- of two\n");
        Files.writeString(files.resolve("two.txt"), "Two\n\nA plain text article about calcium.\n");
        Files.writeString(files.resolve("three.html"), "<html><head><title>Three</title></head><body><article>"
                + "<h1>Three</h1><p>Caf\u00e9 and <strong>bone</strong>.</p><ol start=\"3\"><li>c</li></ol></article></body></html>");
        service().importPaths(List.of(files));
        pack = dev.gloss.core.storage.LocalFolders.pack(data);
    }

    @Test
    void anImportLeavesAPackThatGivesBackTheSameArticles() {
        assertTrue(Files.isRegularFile(pack), "the import wrote the pack");
        Map<String, LibraryPack.Packed> packed = LibraryPack.read(pack);
        assertEquals(3, packed.size());
        List<Article> fromFolders = readFromFolders();
        List<Article> fromPack = service().articles();
        assertEquals(fromFolders, fromPack);
        for (Article a : fromPack) {
            assertEquals(a, packed.get(a.id()).article());
        }
    }

    @Test
    void anArticleChangedOnDiskIsReadFromItsFolderNotThePack() throws IOException {
        ImportService first = service();
        String id = first.imported().stream().filter(m -> m.sourceFileName().equals("two.txt")).findFirst()
                .orElseThrow().articleId();
        Path articleFile = data.resolve("library").resolve(id).resolve("article.json");
        String json = Files.readString(articleFile);
        Files.writeString(articleFile, json.replace("\"title\":\"Two\"", "\"title\":\"Two, edited\""));
        Article read = service().articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertEquals("Two, edited", read.title());
        // and the pack was written anew with it
        assertEquals("Two, edited", LibraryPack.read(pack).get(id).article().title());
    }

    @Test
    void aDamagedPackIsIgnoredAndWrittenAgain() throws IOException {
        List<Article> expected = readFromFolders();
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(pack, bytes);
        assertTrue(LibraryPack.read(pack).isEmpty(), "the checksum refuses it");
        assertEquals(expected, service().articles());
        assertEquals(3, LibraryPack.read(pack).size());

        Files.write(pack, java.util.Arrays.copyOf(Files.readAllBytes(pack), 100));
        assertTrue(LibraryPack.read(pack).isEmpty(), "a pack cut short is refused");
        assertEquals(expected, service().articles());

        Files.writeString(pack, "not a pack", StandardCharsets.UTF_8);
        assertEquals(expected, service().articles());
    }

    @Test
    void aRemovedArticleIsNotBroughtBackByThePack() throws Exception {
        ImportService s = service();
        String id = s.imported().get(0).articleId();
        s.remove(id);
        ImportService reopened = service();
        assertFalse(reopened.articles().stream().anyMatch(a -> a.id().equals(id)));
        assertEquals(2, reopened.articles().size());
        assertEquals(2, LibraryPack.read(pack).size(), "the pack was written without it");
    }

    @Test
    void aPackThatMatchesIsUsedAsItIs() {
        ImportService s = service();
        s.articles();
        LibraryPack.Stamp before = stamp(pack);
        service().articles();
        assertEquals(before, stamp(pack), "an up-to-date pack is not written again (it would have another inode)");
    }

    @Test
    void aNewImportIsAddedToThePack() throws IOException {
        byte[] before = readBytes(pack);
        Files.writeString(files.resolve("four.txt"), "Four\n\nAnother one.\n");
        service().importPaths(List.of(files.resolve("four.txt")));
        assertNotEquals(before.length, readBytes(pack).length);
        assertEquals(4, LibraryPack.read(pack).size());
    }

    @Test
    void anEntryIsUsedOnlyWhileBothItsFilesAreTheOnesPacked() throws IOException {
        ImportService s = service();
        LibraryStore.Entry entry = s.entries().get(0);
        LibraryPack.Packed packed = entry.packed();
        assertSame(packed.article(), new LibraryStore(data, Clock.systemUTC()).packed(entry, new java.util.ArrayList<>())
                .orElseThrow().article());
        // Replaced with the same bytes: another inode, so the entry is read again.
        Path metaFile = entry.folder().resolve(LibraryStore.META);
        byte[] meta = Files.readAllBytes(metaFile);
        Path copy = metaFile.resolveSibling("meta.copy");
        Files.write(copy, meta);
        Files.move(copy, metaFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImportService reopened = service();
        assertEquals(null, reopened.entries().stream().filter(e -> e.folder().equals(entry.folder())).findFirst()
                .orElseThrow().packed(), "meta.json is no longer the file packed");
    }

    @Test
    void afterAnImportHasPackedTheLibraryRemovingAndImportingAgainImportsAgain() throws Exception {
        ImportService s = service();
        Path one = files.resolve("one.md");
        String id = s.imported().stream().filter(m -> m.sourceFileName().equals("one.md")).findFirst()
                .orElseThrow().articleId();
        s.remove(id);
        FileResult again = s.importPaths(List.of(one)).results().get(0);
        assertEquals(ImportStatus.IMPORTED, again.status(), again.reason().orElse(""));

        // A file changed and then changed back is an update each time, never a duplicate of a version gone.
        String v1 = Files.readString(one);
        Files.writeString(one, v1 + "\nA second version.\n");
        assertEquals(ImportStatus.UPDATED, s.importPaths(List.of(one)).results().get(0).status());
        Files.writeString(one, v1);
        FileResult back = s.importPaths(List.of(one)).results().get(0);
        assertEquals(ImportStatus.UPDATED, back.status(), back.reason().orElse(""));
    }

    @Test
    void anArticleIsReadAloneFromADataFolderNamedWithDots() {
        String id = service().imported().get(0).articleId();
        assertTrue(ImportService.readArticle(data.resolve("."), id).isPresent());
        assertTrue(ImportService.readArticle(data.resolve("library").resolve(".."), id).isPresent());
        assertTrue(ImportService.readArticle(data, "../" + data.getFileName() + "/library/" + id).isEmpty(),
                "an id never reaches outside the library folder");
    }

    private List<Article> readFromFolders() {
        try {
            Files.deleteIfExists(pack);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return service().articles();
    }

    private static LibraryPack.Stamp stamp(Path file) {
        try {
            return LibraryPack.Stamp.of(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
