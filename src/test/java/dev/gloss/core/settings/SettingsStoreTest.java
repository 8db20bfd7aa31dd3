package dev.gloss.core.settings;

import dev.gloss.core.concurrent.ManualSchedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07.089Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    /** The stores' time: it moves only when a test moves it. */
    private final ManualSchedule time = new ManualSchedule();
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getLogger(SettingsStore.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
    }

    private SettingsStore open(Duration delay) {
        return SettingsStore.open(dir, CLOCK, time, delay);
    }

    private Path file() {
        return dir.resolve("settings.json");
    }

    @Test
    void aFileOfANewerVersionIsReadAndNeverSavedOver() throws IOException {
        String newer = "{\"version\": 999, \"zoom\": 1.5, \"theme\": \"dark\", \"sync\": {\"on\": true}}";
        Files.writeString(file(), newer);
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(1.5, store.current().zoom(), "what this version understands is used");
        assertTrue(store.notice().orElseThrow().contains("newer version of Gloss (format 999)"), store.notice().toString());
        store.update(s -> s.withZoom(2.0));
        store.flush();
        assertEquals(newer, Files.readString(file()), "the file is kept as it is");
    }

    @Test
    void aFailedSaveIsToldOnceWithItsReason() throws IOException {
        List<String> told = new java.util.ArrayList<>();
        SettingsStore store = open(Duration.ofSeconds(10));
        // Something other than a file where settings.json goes: every save fails, as on a read-only disk.
        Files.createDirectories(file());
        store.setProblemListener(told::add);
        store.update(s -> s.withZoom(1.1));
        store.close();
        store.update(s -> s.withZoom(1.2));
        store.close();
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("folder"), told.get(0));
    }

    @Test
    void aMissingFileMeansDefaultsWithoutAWarning() {
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(Settings.defaults(), store.current());
        assertTrue(store.keptAside().isEmpty());
        assertTrue(warnings.isEmpty());
        assertFalse(Files.exists(file()), "nothing is written until something changes");
    }

    @Test
    void roundTripsEverySetting() throws IOException {
        SettingsStore store = open(Duration.ofSeconds(10));
        store.update(s -> s.withWindow(new WindowBounds(12, 34, 1024, 700, true))
                .withSidebarWidth(310)
                .withTheme(Theme.DARK)
                .withZoom(1.25)
                .withGlossaryMarking(false)
                .withLastArticle("article-a")
                .withReadingPosition("article-a", ReadingPosition.of(0.42, "article-a/part-two"))
                .withReadingPosition("article-b", new ReadingPosition(0.9, Optional.empty())));
        store.flush();

        Settings read = open(Duration.ofSeconds(10)).current();
        assertEquals(store.current(), read);
        assertEquals(new WindowBounds(12, 34, 1024, 700, true), read.window().orElseThrow());
        assertEquals(Theme.DARK, read.theme());
        assertEquals(0.42, read.readingPosition("article-a").orElseThrow().scroll());
        assertEquals(Optional.of("article-a"), read.lastArticleId());
        assertEquals(Optional.of("article-a/part-two"), read.readingPosition("article-a").orElseThrow().sectionId(),
                "the section the reader was in is the article's reading position's");
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertEquals(1, json.get("version").asInt());
        assertEquals("dark", json.get("theme").asText());
    }

    @Test
    void aBrokenFileIsKeptAsideWithAWarningAndNeverOverwritten() throws IOException {
        Files.writeString(file(), "{\"zoom\": 1.5, \"theme\": ");
        SettingsStore store = open(Duration.ofSeconds(10));

        assertEquals(Settings.defaults(), store.current());
        Path aside = dir.resolve("settings.json.broken-20250304-050607-089");
        assertEquals(Optional.of(aside), store.keptAside());
        assertEquals("{\"zoom\": 1.5, \"theme\": ", Files.readString(aside));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage().contains("settings.json.broken-20250304-050607-089"),
                warnings.get(0).getMessage());

        store.update(s -> s.withZoom(2));
        store.flush();
        assertEquals("{\"zoom\": 1.5, \"theme\": ", Files.readString(aside), "the kept file is untouched");
        assertEquals(2.0, open(Duration.ofSeconds(10)).current().zoom());
    }

    @Test
    void wrongShapesCountAsBroken() throws IOException {
        for (String content : List.of("", "[1, 2]", "null", "{\"zoom\": \"large\"}", "{} {}")) {
            Files.writeString(file(), content);
            SettingsStore store = SettingsStore.open(dir, Clock.offset(CLOCK, Duration.ofSeconds(warnings.size())),
                    time, Duration.ofSeconds(10));
            assertTrue(store.keptAside().isPresent(), "broken: '" + content + "'");
            assertFalse(Files.exists(file()));
        }
        assertEquals(5, warnings.size());
    }

    @Test
    void unknownFieldsAreIgnoredAndWrittenBack() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"zoom\": 1.1, \"fontFamily\": \"Literata\", "
                + "\"panels\": {\"notes\": true}, \"window\": {\"x\": 5, \"y\": 6, \"width\": 800, "
                + "\"height\": 600, \"screen\": 2}}");
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(1.1, store.current().zoom());
        assertEquals(800, store.current().window().orElseThrow().width());
        assertEquals(Map.of("fontFamily", "Literata", "panels", Map.of("notes", true)),
                store.current().extraFields());

        store.update(s -> s.withZoom(1.2));
        store.flush();
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertEquals("Literata", json.get("fontFamily").asText());
        assertTrue(json.get("panels").get("notes").asBoolean());
        assertEquals(1.2, json.get("zoom").asDouble());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void fieldsANewerGlossWroteInsideTheWindowAndReadingPositionsSurviveASave() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"window\": {\"x\": 5, \"y\": 6, \"width\": 800, "
                + "\"height\": 600, \"screen\": 2}, \"readingPositions\": {\"a\": {\"scroll\": 0.5, "
                + "\"sectionId\": \"a/one\", \"pageNumber\": 1234, \"finished\": true}, \"b\": {\"scroll\": 0.1}}}");
        SettingsStore store = open(Duration.ofSeconds(10));
        store.update(s -> s.withZoom(1.2).withWindow(new WindowBounds(10, 20, 900, 700, false))
                .withReadingPosition("a", new ReadingPosition(0.75, java.util.Optional.of("a/two"))));
        store.flush();
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        JsonNode screen = new ObjectMapper().readTree(ScreenSettings.fileFor(file()).toFile());
        assertEquals(2, screen.get("window").get("screen").asInt(), "kept inside the window");
        assertEquals(900, screen.get("window").get("width").asInt(), "what this version knows is its own");
        JsonNode a = json.get("readingPositions").get("a");
        assertEquals(1234, a.get("pageNumber").asInt());
        assertTrue(a.get("finished").asBoolean());
        assertEquals("a/two", a.get("sectionId").asText());
        assertEquals(0.75, a.get("scroll").asDouble());
        assertEquals(0.1, json.get("readingPositions").get("b").get("scroll").asDouble());
    }

    @Test
    void valuesOutOfRangeAreBroughtBack() throws IOException {
        Files.writeString(file(), "{\"zoom\": 40, \"sidebarWidth\": -3, \"theme\": \"solarized\", "
                + "\"window\": {\"x\": 0, \"y\": 0, \"width\": 3, \"height\": 2}, "
                + "\"readingPositions\": {\"a\": {\"scroll\": 7}}}");
        Settings settings = open(Duration.ofSeconds(10)).current();
        assertEquals(Settings.MAX_ZOOM, settings.zoom());
        assertEquals(Settings.DEFAULT_SIDEBAR_WIDTH, settings.sidebarWidth());
        assertEquals(Theme.SYSTEM, settings.theme());
        assertTrue(settings.window().isEmpty(), "a 3×2 window is not restored");
        assertEquals(1.0, settings.readingPosition("a").orElseThrow().scroll());
    }

    @Test
    void changesInQuickSuccessionAreSavedOnceAfterAPause() throws Exception {
        SettingsStore store = open(Duration.ofMillis(300));
        for (int i = 1; i <= 20; i++) {
            double zoom = 1 + i / 100.0;
            store.update(s -> s.withZoom(zoom));
            time.advance(Duration.ofMillis(10));
        }
        assertFalse(Files.exists(file()), "not written at once");
        time.advance(Duration.ofMillis(289));
        assertFalse(Files.exists(file()), "not before the pause after the last change is over");
        time.advance(Duration.ofMillis(1));
        assertEquals(1.2, open(Duration.ofSeconds(10)).current().zoom(), "the last change is saved");
        time.advance(Duration.ofSeconds(30));
        assertFalse(Files.exists(dir.resolve("settings.json.bak")), "one write: no earlier file was backed up");
    }

    @Test
    void aSteadyStreamOfChangesIsStillSavedEveryFewSeconds() throws Exception {
        SettingsStore store = open(Duration.ofMillis(300));
        for (int i = 1; i * 100L < SettingsStore.MAX_SAVE_WAIT.toMillis(); i++) {
            double zoom = 1 + i / 1000.0;
            store.update(s -> s.withZoom(zoom));
            time.advance(Duration.ofMillis(100));
        }
        assertFalse(Files.exists(file()), "changes every 100 ms put the save off");
        store.update(s -> s.withZoom(1.5));
        time.advance(Duration.ofMillis(100));
        assertTrue(Files.exists(file()), "but never for longer than the longest wait");
    }

    @Test
    void aFileWithTheSectionAnEarlierGlossSavedLoadsAndIsWrittenWithoutIt() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(file(), "{\"version\":1,\"theme\":\"dark\",\"lastArticleId\":\"article-a\","
                + "\"lastSectionId\":\"article-a/part-two\"}");
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(Optional.of("article-a"), store.current().lastArticleId());
        assertEquals(Theme.DARK, store.current().theme());
        store.update(s -> s.withZoom(1.1));
        store.flush();
        String written = Files.readString(file());
        assertFalse(written.contains("lastSectionId"), written);
        assertTrue(written.contains("\"lastArticleId\" : \"article-a\"") || written.contains("\"lastArticleId\":\"article-a\""), written);
    }

    @Test
    void flushWritesAtOnceAndCloseWritesWhatIsPending() throws IOException {
        SettingsStore store = open(Duration.ofSeconds(30));
        store.update(s -> s.withTheme(Theme.LIGHT));
        store.flush();
        assertEquals(Theme.LIGHT, open(Duration.ofSeconds(30)).current().theme());

        store.update(s -> s.withTheme(Theme.DARK));
        store.close();
        assertEquals(Theme.DARK, open(Duration.ofSeconds(30)).current().theme());
        String before = Files.readString(file(), StandardCharsets.UTF_8);
        store.flush();
        assertEquals(before, Files.readString(file(), StandardCharsets.UTF_8), "nothing pending, nothing written");
    }

    @Test
    void anUnreadableFileIsNeverSavedOver() throws IOException {
        Files.createDirectory(file());
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(Settings.defaults(), store.current());
        assertEquals(1, warnings.size());
        store.update(s -> s.withZoom(2));
        store.flush();
        assertTrue(Files.isDirectory(file()), "the store did not write over what it could not read");
    }

    @Test
    void theWindowAndSidebarStayOnThisComputerWhileTheRestFollowsTheReader() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"theme\": \"dark\", \"sidebarWidth\": 420, \"window\": {\"x\": 5, "
                + "\"y\": 6, \"width\": 800, \"height\": 600}}");
        java.nio.file.Files.deleteIfExists(ScreenSettings.fileFor(file()));
        SettingsStore store = open(Duration.ofSeconds(10));
        assertEquals(420, store.current().sidebarWidth(), "a file of the earlier version is read whole");
        store.update(s -> s.withReadingPosition("sourdough", ReadingPosition.of(0.3, "sourdough/proofing")));
        store.flush();
        JsonNode shared = new ObjectMapper().readTree(file().toFile());
        JsonNode screen = new ObjectMapper().readTree(ScreenSettings.fileFor(file()).toFile());
        assertFalse(shared.has("window"), shared.toString());
        assertFalse(shared.has("sidebarWidth"));
        assertEquals("dark", shared.get("theme").asText());
        assertTrue(shared.at("/readingPositions/sourdough/updated").isTextual(), "a reading position says when it changed");
        assertEquals(800, screen.at("/window/width").asInt());
        assertEquals(420, screen.get("sidebarWidth").asInt());

        // Another computer's settings.json arrives: this computer's window stays as it was.
        Files.writeString(file(), "{\"version\": 1, \"theme\": \"light\"}");
        SettingsStore again = open(Duration.ofSeconds(10));
        assertEquals(Theme.LIGHT, again.current().theme());
        assertEquals(800, again.current().window().orElseThrow().width());
        assertEquals(420, again.current().sidebarWidth());
    }
}
