package dev.gloss.app.desktop;

import dev.gloss.app.imports.ImportViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.model.Article;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.UserLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles another computer imported into the synced data folder appear when the window is come back to. */
class LibraryRescanTest {
    @TempDir
    Path data;
    @TempDir
    Path sources;

    @Test
    void articlesImportedElsewhereAppearAndRemovedOnesGoWithoutARestart() throws Exception {
        ReaderState reader = new ReaderState();
        ImportViewModel imports = new ImportViewModel(reader, Background.sameThread(), Background.sameThread(), Runnable::run, data);
        reader.load(UserLibrary.source(data), Background.sameThread(), Optional.empty());
        reader.startup().firstFramePainted();
        int[] bookmarksRead = {0};
        LibraryRescan rescan = new LibraryRescan(data, reader, imports, Background.sameThread(), merged -> () -> {
            if (merged.contains("bookmarks.json")) {
                bookmarksRead[0]++;
            }
        });
        int bundled = reader.articles().size();

        rescan.rescan();
        assertEquals(bundled, reader.articles().size(), "nothing changed: the library is not read again");

        // What the sync tool brings: an article folder written by Gloss on the other computer.
        Path page = Files.writeString(sources.resolve("lanterns.md"), "# Paper lanterns\n\nFold the paper along the ribs.\n");
        ImportService otherComputer = new ImportService(data, Set.of(), Clock.systemUTC());
        String id = otherComputer.importFile(page).articleId().orElseThrow();
        rescan.onFocus().accept(true);
        assertTrue(reader.articles().stream().map(Article::id).anyMatch(id::equals), reader.articles().toString());

        otherComputer.remove(id);
        rescan.rescan();
        assertFalse(reader.articles().stream().map(Article::id).anyMatch(id::equals));
        assertEquals(bundled, reader.articles().size());
        assertEquals(0, bookmarksRead[0], "no conflict copy of the bookmarks, nothing to read again");

        Files.writeString(data.resolve("bookmarks.json"), "{\"version\": 1, \"bookmarks\": [], \"deleted\": []}");
        Files.writeString(data.resolve("bookmarks (conflicted copy 2026-03-01 101010).json"),
                "{\"version\": 1, \"bookmarks\": [{\"id\": \"x\", \"sectionId\": \"a/b\", \"note\": \"n\", "
                        + "\"created\": \"2026-03-01T10:00:00Z\", \"updated\": \"2026-03-01T10:00:00Z\"}], \"deleted\": []}");
        rescan.rescan();
        assertEquals(1, bookmarksRead[0], "the merged bookmarks are read again");
        assertTrue(reader.status().messageProperty().get().startsWith("Merged 1 conflict copy of bookmarks.json"), reader.status().messageProperty().get());
    }
}
