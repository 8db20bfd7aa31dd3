package dev.gloss.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void aFullDiskHalfWayThroughLeavesTheFileAndItsBackupAsTheyWere() throws IOException {
        Path file = dir.resolve("bookmarks.json");
        AtomicFiles.write(file, utf8("first"));
        AtomicFiles.write(file, utf8("second"));
        assertEquals("first", read(AtomicFiles.backupOf(file)));

        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(file, utf8("third, much longer"),
                (ch, bytes) -> {
                    bytes.limit(3);
                    ch.write(bytes);
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("second", read(file));
        assertEquals("first", read(AtomicFiles.backupOf(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path synced = Files.createDirectories(dir.resolve("synced"));
        Path real = synced.resolve("bookmarks.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("bookmarks.json"), real);

        AtomicFiles.write(link, utf8("new"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", read(real));
        assertEquals("old", read(synced.resolve("bookmarks.json.bak")));
    }

    @Test
    void theExistingFilesPermissionsAreKept() throws IOException {
        Path file = dir.resolve("export.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, utf8("new"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aPipeADeviceOrAFolderAtTheTargetIsRefusedAtOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        FileSystemException isFolder = assertThrows(FileSystemException.class, () -> AtomicFiles.write(folder, utf8("x")));
        assertTrue(isFolder.getMessage().contains("folder"), isFolder.getMessage());
        assertFalse(Files.exists(dir.resolve("out.bak")));

        Path nullDevice = Path.of("/dev/null");
        assumeTrue(Files.exists(nullDevice));
        assertThrows(FileSystemException.class, () -> AtomicFiles.write(nullDevice, utf8("x")));

        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        // Refused before it is opened: opening a pipe would wait for a reader for ever.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            FileSystemException special = assertThrows(FileSystemException.class, () -> AtomicFiles.write(fifo, utf8("x")));
            assertTrue(special.getMessage().contains("special file"), special.getMessage());
        });
    }
}
