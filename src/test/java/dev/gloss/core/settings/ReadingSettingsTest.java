package dev.gloss.core.settings;

import dev.gloss.core.concurrent.ManualSchedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading settings and exact reading positions in settings.json. */
class ReadingSettingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final ManualSchedule time = new ManualSchedule();

    private SettingsStore open() {
        return SettingsStore.open(dir, CLOCK, time, Duration.ofHours(1));
    }

    private Path file() {
        return dir.resolve(SettingsStore.FILE_NAME);
    }

    @Test
    void theDefaultsAreSetForLongReading() {
        ReadingSettings d = Settings.defaults().reading();
        assertEquals(1.5, d.lineSpacing());
        assertTrue(d.columnWidth() >= 66 && d.columnWidth() <= 72, "a column of 66 to 72 characters");
        assertTrue(d.margins() >= 48, "generous margins");
        assertEquals(TermMarks.FIRST_IN_SECTION, d.termMarks());
        assertFalse(d.justify());
        assertEquals(ReadingSettings.SERIF, d.fontFamily());
    }

    @Test
    void readingSettingsAndExactPositionsSurviveARestart() throws IOException {
        ReadingSettings chosen = ReadingSettings.defaults().withFontFamily("Noto Sans").withFontSize(20)
                .withLineSpacing(1.7).withColumnWidth(60).withMargins(120).withJustify(true)
                .withTermMarks(TermMarks.EVERY);
        SettingsStore store = open();
        store.update(s -> s.withReading(chosen).withTheme(Theme.SEPIA)
                .withReadingPosition("rust-book/ch04", new ReadingPosition(0.4, Optional.of("rust-book/ch04/borrowing"),
                        812, 0.55)));
        store.flush();
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertEquals("every", json.get("reading").get("termMarks").asText());
        assertEquals("sepia", json.get("theme").asText());
        assertEquals(812, json.get("readingPositions").get("rust-book/ch04").get("offset").asInt());
        Settings read = open().current();
        assertEquals(chosen, read.reading());
        assertEquals(Theme.SEPIA, read.theme());
        ReadingPosition p = read.readingPosition("rust-book/ch04").orElseThrow();
        assertEquals(812, p.offset());
        assertEquals(0.55, p.furthest());
        assertEquals(Optional.of("rust-book/ch04/borrowing"), p.sectionId());
    }

    @Test
    void glossaryMarkingAndTheDensityOfMarksAreOneSetting() {
        Settings off = Settings.defaults().withGlossaryMarking(false);
        assertEquals(TermMarks.NONE, off.reading().termMarks());
        Settings on = off.withGlossaryMarking(true);
        assertEquals(TermMarks.FIRST_IN_SECTION, on.reading().termMarks(), "marking again brings back the default density");
        Settings every = on.withReading(on.reading().withTermMarks(TermMarks.EVERY));
        assertTrue(every.glossaryMarking());
        assertEquals(TermMarks.EVERY, every.withGlossaryMarking(true).reading().termMarks(), "on stays as dense as it was");
        assertFalse(every.withReading(every.reading().withTermMarks(TermMarks.NONE)).glossaryMarking());
    }

    @Test
    void aFileOfAnEarlierVersionKeepsItsMarkingAndGetsTheReadingDefaults() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"glossaryMarking\": false, \"readingPositions\": "
                + "{\"a\": {\"scroll\": 0.3, \"sectionId\": \"a/two\"}}}");
        Settings read = open().current();
        assertEquals(TermMarks.NONE, read.reading().termMarks());
        assertEquals(ReadingSettings.defaults().withTermMarks(TermMarks.NONE), read.reading());
        ReadingPosition p = read.readingPosition("a").orElseThrow();
        assertEquals(-1, p.offset(), "a section only, as the earlier version saved it");
        assertEquals(0, p.furthest());
    }

    @Test
    void fieldsANewerVersionWroteInsideTheReadingSettingsAreKeptAndBadValuesBroughtBack() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"reading\": {\"fontSize\": 400, \"lineSpacing\": -1, "
                + "\"columnWidth\": 3, \"termMarks\": \"sometimes\", \"hyphenate\": true}}");
        SettingsStore store = open();
        ReadingSettings r = store.current().reading();
        assertEquals(ReadingSettings.MAX_FONT_SIZE, r.fontSize());
        assertEquals(ReadingSettings.MIN_LINE_SPACING, r.lineSpacing());
        assertEquals(ReadingSettings.MIN_COLUMN_WIDTH, r.columnWidth());
        assertEquals(TermMarks.FIRST_IN_SECTION, r.termMarks(), "an unknown density is the default");
        store.update(s -> s.withReading(s.reading().withMargins(100)));
        store.flush();
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertTrue(json.get("reading").get("hyphenate").asBoolean(), "kept inside the reading settings");
        assertEquals(100, json.get("reading").get("margins").asInt());
    }

    @Test
    void aPositionKeepsTheFurthestPointReached() {
        ReadingPosition deep = new ReadingPosition(0.9, Optional.of("a/end"), 40, 0.995);
        assertTrue(deep.finished());
        ReadingPosition back = deep.movedTo(new ReadingPosition(0.1, Optional.of("a/start"), 3, 0.2));
        assertEquals(Optional.of("a/start"), back.sectionId());
        assertEquals(0.995, back.furthest());
        assertTrue(back.finished(), "going back to the start does not make it unread");
    }
}
