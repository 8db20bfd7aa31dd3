package dev.gloss.core.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CuratedTagFileTest {
    @TempDir
    Path dir;

    @Test
    void theTagsAreReadBackAsTheyWereWritten() {
        Map<String, Double> tags = new LinkedHashMap<>();
        tags.put("bone-health", 0.75);
        tags.put("safety-and-dosage", 0.125);
        CuratedTagFile.Tags written = new CuratedTagFile.Tags(Map.of("a", 42L, "b", -7L),
                Map.of("a/intro", tags, "b/één", Map.of("skin", 1.5)));
        Path file = dir.resolve("cache").resolve(CuratedTagFile.FILE_NAME);
        CuratedTagFile.write(file, written);
        CuratedTagFile.Tags read = CuratedTagFile.read(file);
        assertEquals(written, read);
        assertEquals(java.util.List.of("bone-health", "safety-and-dosage"), java.util.List.copyOf(read.sections().get("a/intro").keySet()));
    }

    @Test
    void aMissingCutShortOrForeignFileGivesNothing() throws Exception {
        Path file = dir.resolve(CuratedTagFile.FILE_NAME);
        assertNull(CuratedTagFile.read(file));
        CuratedTagFile.write(file, new CuratedTagFile.Tags(Map.of("a", 1L), Map.of("a/x", Map.of("skin", 1.0))));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertNull(CuratedTagFile.read(file));
        Files.writeString(file, "{\"version\": 1}");
        assertNull(CuratedTagFile.read(file));
    }
}
