package dev.gloss.cli;

import dev.gloss.core.storage.LocalFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command on a data folder that a sync tool left a conflict copy in sees both sides' bookmarks. */
class SyncedDataFolderTest {
    @TempDir
    Path data;

    @Test
    void aConflictCopyIsMergedBeforeTheCommandRunsAndSetAside() throws Exception {
        Files.writeString(data.resolve("bookmarks.json"), """
                {"version": 1, "bookmarks": [{"id": "laptop-1", "articleId": "vitamin-k2-and-osteoporosis",
                 "sectionId": "vitamin-k2-and-osteoporosis/conclusion", "note": "made on the laptop",
                 "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T09:00:00Z"}], "deleted": []}
                """);
        Path copy = data.resolve("bookmarks.sync-conflict-20260301-093000-DESKTOP.json");
        Files.writeString(copy, """
                {"version": 1, "bookmarks": [{"id": "desktop-1", "articleId": "vitamin-k2-and-osteoporosis",
                 "sectionId": "vitamin-k2-and-osteoporosis/conclusion", "note": "made on the desktop",
                 "created": "2026-03-01T09:10:00Z", "updated": "2026-03-01T09:10:00Z"}], "deleted": []}
                """);
        Cli.Run run = Cli.gloss(data, "bookmarks", "list", "--json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("made on the laptop") && run.out().contains("made on the desktop"), run.out());
        assertTrue(run.err().startsWith("gloss: Merged 1 conflict copy of bookmarks.json"), run.err());
        assertFalse(Files.exists(copy), "set aside once merged");
        try (var kept = Files.list(LocalFolders.state(data).resolve("conflicts"))) {
            assertEquals(1, kept.count(), "kept on this computer for whoever wants to look");
        }
        assertFalse(Files.exists(data.resolve("index")), "the search index is not in the data folder");
    }
}
