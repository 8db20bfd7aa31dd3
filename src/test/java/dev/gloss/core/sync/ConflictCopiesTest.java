package dev.gloss.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictCopiesTest {
    @Test
    void recognisesTheNamesTheCommonToolsGive() {
        assertTrue(ConflictCopies.isCopyOf("bookmarks.sync-conflict-20260301-101530-7QXKJ2M.json", "bookmarks.json"));
        assertTrue(ConflictCopies.isCopyOf("bookmarks (Ana's conflicted copy 2026-03-01).json", "bookmarks.json"));
        assertTrue(ConflictCopies.isCopyOf("bookmarks (conflicted copy 2026-03-01 1).json", "bookmarks.json"));
        assertTrue(ConflictCopies.isCopyOf("bookmarks (conflicted copy 2026-03-01 101530).json", "bookmarks.json"));
        assertTrue(ConflictCopies.isCopyOf("glossary-user (Ana's MacBook conflicted copy 2026-03-01).json", "glossary-user.json"));
    }

    @Test
    void leavesEverythingElseAlone() {
        assertFalse(ConflictCopies.isCopyOf("bookmarks.json", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks.json.bak", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks.json.broken-20260301-101530-000", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks-old.json", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks (copy).json", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks.sync-conflict-2026-ABC.json", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("settings.sync-conflict-20260301-101530-7QXKJ2M.json", "bookmarks.json"));
        assertFalse(ConflictCopies.isCopyOf("bookmarks (conflicted copy 2026-03-01).json.tmp", "bookmarks.json"));
    }

    @Test
    void findsTheCopiesBesideAFile(@TempDir Path dir) throws Exception {
        for (String name : List.of("bookmarks.json", "bookmarks.json.bak", "bookmarks (Ana's conflicted copy 2026-03-01).json",
                "bookmarks.sync-conflict-20260301-101530-7QXKJ2M.json", "settings.json")) {
            Files.writeString(dir.resolve(name), "{}");
        }
        Files.createDirectories(dir.resolve("bookmarks (conflicted copy 2026-03-02).json"));
        assertEquals(List.of(dir.resolve("bookmarks (Ana's conflicted copy 2026-03-01).json"),
                dir.resolve("bookmarks.sync-conflict-20260301-101530-7QXKJ2M.json")), ConflictCopies.of(dir.resolve("bookmarks.json")));
        assertEquals(List.of(), ConflictCopies.of(dir.resolve("missing").resolve("bookmarks.json")));
    }
}
