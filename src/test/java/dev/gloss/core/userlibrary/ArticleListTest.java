package dev.gloss.core.userlibrary;

import dev.gloss.core.library.Library;
import dev.gloss.core.storage.LocalFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleListTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private void importFile(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text);
        assertEquals(1, ImportService.open(data).importPaths(List.of(file)).count(ImportStatus.IMPORTED));
    }

    private static List<ArticleList.Entry> listed(Library library) {
        return library.articles().stream()
                .map(a -> new ArticleList.Entry(a.id(), a.title(), a.sections().size(), a.wordCount())).toList();
    }

    @Test
    void theListIsUsedWhileEveryArticlesFilesAreAsStamped() throws Exception {
        importFile("tides.md", "# Why the sea has tides\n\n## The moon\n\nThe moon pulls the water toward it.\n");
        assertEquals(Optional.empty(), ArticleList.readIfCurrent(data), "nothing kept yet");
        Library library = UserLibrary.load(data).library();
        ArticleList.write(data, library);
        assertEquals(Optional.of(listed(library)), ArticleList.readIfCurrent(data));
        assertEquals(6, ArticleList.readIfCurrent(data).get().size(), "the bundled five and the imported one");

        importFile("knots.md", "# Three knots\n\nA bowline makes a loop that does not slip.\n");
        assertEquals(Optional.empty(), ArticleList.readIfCurrent(data), "a new article");
        Library more = UserLibrary.load(data).library();
        ArticleList.write(data, more);
        assertEquals(7, ArticleList.readIfCurrent(data).orElseThrow().size());

        ImportService.open(data).remove("three-knots");
        assertEquals(Optional.empty(), ArticleList.readIfCurrent(data), "a removed article");
    }

    @Test
    void aLibraryWithoutStampsIsNotKeptAndADamagedListIsNotUsed() throws IOException {
        importFile("tides.md", "# Tides\n\nThe moon pulls the water.\n");
        ArticleList.write(data, new Library(UserLibrary.load(data).library().articles()));
        assertTrue(Files.notExists(LocalFolders.cache(data).resolve(ArticleList.FILE)));
        ArticleList.write(data, UserLibrary.load(data).library());
        Path kept = LocalFolders.cache(data).resolve(ArticleList.FILE);
        Files.writeString(kept, Files.readString(kept).replace("\t1\t", "\tone\t"));
        assertEquals(Optional.empty(), ArticleList.readIfCurrent(data));
    }
}
