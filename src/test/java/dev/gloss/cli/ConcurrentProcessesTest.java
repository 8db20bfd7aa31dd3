package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four processes run random imports, removals, restores and bookmarks on one data folder at once.
 * Afterwards every article folder is whole and consistent, every import reported is in the
 * library or its trash, and every note reported is kept. Bounded by the number of operations,
 * never by time.
 */
class ConcurrentProcessesTest {
    private static final int PROCESSES = 4;
    private static final int OPERATIONS = 25;

    @TempDir
    Path root;

    @Test
    void nothingIsLostOrTornWhenProcessesRace() throws Exception {
        Path data = root.resolve("data");
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), StressProcess.class.getName(),
                    data.toString(), root.resolve("files-" + p).toString(), "p" + p, String.valueOf(1000 + p),
                    String.valueOf(OPERATIONS)));
            children.add(new ProcessBuilder(command).redirectError(root.resolve("err-" + p).toFile()).start());
        }
        List<String> imported = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Process child : children) {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), "a child failed: " + out);
            for (String line : out.split("\n")) {
                if (line.startsWith("imported ")) {
                    String[] parts = line.split(" ");
                    if (parts[2].equals("imported")) {
                        // What the file said, as its source copy holds it.
                        imported.add("Text of " + parts[3].replace("-", " number "));
                    }
                } else if (line.startsWith("note ")) {
                    notes.add(line.substring(5));
                }
            }
        }
        assertFalse(imported.isEmpty());

        Path library = data.resolve("library");
        List<String> sources = new ArrayList<>();
        List<String> inTrash = new ArrayList<>();
        if (Files.isDirectory(library.resolve(".trash"))) {
            try (Stream<Path> trash = Files.list(library.resolve(".trash"))) {
                trash.forEach(t -> {
                    sources.add(checkWhole(t, t.getFileName().toString().replaceAll("@.*", "")));
                    inTrash.add(t.getFileName().toString().replaceAll("@.*", ""));
                });
            }
        }
        List<String> inLibrary = new ArrayList<>();
        try (Stream<Path> folders = Files.list(library)) {
            for (Path f : folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                sources.add(checkWhole(f, f.getFileName().toString()));
                inLibrary.add(f.getFileName().toString());
            }
        }
        for (String text : imported) {
            assertTrue(sources.stream().anyMatch(s -> s.contains(text + ".")),
                    "'" + text + "' was reported imported and is in neither the library nor its trash");
        }
        assertFalse(Files.exists(library.resolve(".staging")) && Files.list(library.resolve(".staging")).findAny().isPresent(),
                "nothing is left staged");

        JsonNode bookmarks = new ObjectMapper().readTree(data.resolve("bookmarks.json").toFile()).get("bookmarks");
        StringBuilder all = new StringBuilder();
        bookmarks.forEach(b -> all.append(b.get("note").asText()).append('\n'));
        for (String note : notes) {
            assertTrue(all.toString().contains(note), "the note '" + note + "' was lost");
        }
        assertTrue(bookmarks.size() <= StressProcess.SECTIONS.size(), "one bookmark a section: " + bookmarks);
    }

    /** An article folder: its source, metadata and article agree. */
    private static String checkWhole(Path folder, String id) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode meta = mapper.readTree(folder.resolve("meta.json").toFile());
            JsonNode article = mapper.readTree(folder.resolve("article.json").toFile());
            assertEquals(id, meta.get("articleId").asText(), folder.toString());
            assertEquals(id, article.get("id").asText(), folder.toString());
            byte[] source = Files.readAllBytes(folder.resolve(meta.get("storedFile").asText()));
            assertEquals(meta.get("contentHash").asText(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source)), folder.toString());
            String text = new String(source, StandardCharsets.UTF_8);
            assertTrue(article.toString().contains(text.substring(text.indexOf("Text of"), text.indexOf('.', text.indexOf("Text of")))),
                    "article.json is read from this very source: " + folder);
            try (Stream<Path> files = Files.list(folder)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file in " + folder);
            }
            return text;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(folder + " is not a whole article folder: " + e, e);
        }
    }
}
