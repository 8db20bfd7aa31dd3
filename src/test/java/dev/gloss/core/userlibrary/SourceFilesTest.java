package dev.gloss.core.userlibrary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFilesTest {
    @TempDir
    Path top;

    @Test
    void aSubfolderThatCannotBeReadIsReportedInWordsAndTheWalkGoesOn() throws IOException {
        // Tests run as root, for whom no folder is unreadable: the walk is told of the failure as the file system would.
        Path locked = Files.createDirectories(top.resolve("locked"));
        SourceFiles.Walk walk = new SourceFiles.Walk(top, null);
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())));
        assertEquals(1, walk.failed.size());
        String reason = walk.failed.get(0).problem();
        assertTrue(reason.startsWith("This folder cannot be read, so its files were not imported: permission denied"), reason);
        assertFalse(reason.contains("java.nio"), reason);
    }

    @Test
    void theReadableFilesOfAFolderAreImportedBesideTheOnesThatFail() throws IOException {
        Files.writeString(top.resolve("a.md"), "# A\n\nText a.\n");
        Files.createDirectories(top.resolve("sub"));
        Files.writeString(top.resolve("sub/b.txt"), "B\n\nText b.\n");
        var found = SourceFiles.expand(java.util.List.of(top), null);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(c -> c.problem() == null));
    }
}
