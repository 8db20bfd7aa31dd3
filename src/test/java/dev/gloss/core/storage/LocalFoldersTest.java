package dev.gloss.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void platformRootsFollowEachSystemsConvention() {
        assertEquals(Path.of("/x/cache/gloss"), LocalFolders.platformRoot(true, Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/r"));
        assertEquals(Path.of("/home/r/.cache/gloss"), LocalFolders.platformRoot(true, Map.of(), "Linux", "/home/r"));
        assertEquals(Path.of("/home/r/.cache/gloss"), LocalFolders.platformRoot(true, Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/r"));
        assertEquals(Path.of("/home/r/.local/state/gloss"), LocalFolders.platformRoot(false, Map.of(), "Linux", "/home/r"));
        assertEquals(Path.of("/Users/r/Library/Caches/Gloss"), LocalFolders.platformRoot(true, Map.of(), "Mac OS X", "/Users/r"));
        assertEquals(Path.of("C:/Users/r/AppData/Local/Gloss"),
                LocalFolders.platformRoot(true, Map.of("LOCALAPPDATA", "C:/Users/r/AppData/Local"), "Windows 11", "C:/Users/r"));
    }

    @Test
    void theEnvironmentChoosesAnotherRoot() {
        assertEquals(Path.of("/elsewhere"), LocalFolders.root("gloss.test.unset", "GLOSS_CACHE_DIR", true,
                Map.of("GLOSS_CACHE_DIR", "/elsewhere"), "Linux", "/home/r"));
    }

    @Test
    void eachDataFolderHasAFolderOfItsOwnThatStaysTheSame() {
        Path a = tmp.resolve("Sync").resolve("gloss");
        Path b = tmp.resolve("Other").resolve("gloss");
        assertEquals(LocalFolders.key(a), LocalFolders.key(tmp.resolve("Sync/./gloss")));
        assertNotEquals(LocalFolders.key(a), LocalFolders.key(b));
        assertTrue(LocalFolders.key(a).startsWith("gloss-"), LocalFolders.key(a));
        // The tests' own roots, never the reader's home.
        assertTrue(LocalFolders.cache(a).startsWith(Path.of("target").toAbsolutePath()), LocalFolders.cache(a).toString());
    }

    @Test
    void theCachesOfAnEarlierVersionMoveOutOfTheDataFolderOnce() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index").resolve("segments_1"), "lucene");
        Files.createDirectories(data.resolve("library"));
        Files.writeString(data.resolve("library").resolve(".pack"), "pack");
        Folders.deleteTree(LocalFolders.cache(data));

        assertTrue(LocalFolders.moveOldCaches(data).isPresent());
        assertFalse(Files.exists(data.resolve("index")));
        assertFalse(Files.exists(data.resolve("library").resolve(".pack")));
        assertEquals("lucene", Files.readString(LocalFolders.index(data).resolve("segments_1")));
        assertEquals("pack", Files.readString(LocalFolders.pack(data)));
        assertTrue(LocalFolders.moveOldCaches(data).isEmpty(), "nothing more to do the second time");

        // An old copy that comes back (an earlier Gloss ran again) gives way to the cache's own.
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index").resolve("segments_2"), "older");
        LocalFolders.moveOldCaches(data);
        assertFalse(Files.exists(data.resolve("index")));
        assertEquals("lucene", Files.readString(LocalFolders.index(data).resolve("segments_1")));
    }
}
