package dev.gloss.core.settings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * settings.json: the document Jackson reads and writes, kept apart from {@link Settings} so the
 * record can offer Optionals and checked values while the file stays plain JSON.
 */
final class SettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SettingsJson() {
    }

    static byte[] write(Settings settings) {
        return write(settings, null);
    }

    /**
     * The document for these settings, keeping the fields this version does not know inside the
     * window and inside each article's reading position as {@code previous} (the file as it is on
     * disk, or null) holds them: a newer Gloss may have written them there. Top-level unknown
     * fields travel in {@link Settings#extraFields()}.
     */
    static byte[] write(Settings settings, byte[] previous) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.valueToTree(Document.of(settings));
            com.fasterxml.jackson.databind.JsonNode old = readTreeOrNull(previous);
            if (old != null && old.isObject()) {
                keepUnknown(old.path("window"), doc.get("window"));
                keepUnknown(old.path("reading"), doc.get("reading"));
                com.fasterxml.jackson.databind.JsonNode positions = doc.get("readingPositions");
                if (positions != null && positions.isObject()) {
                    positions.fields().forEachRemaining(e ->
                            keepUnknown(old.path("readingPositions").path(e.getKey()), e.getValue()));
                }
            }
            return MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Settings cannot be written as JSON", e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTreeOrNull(byte[] json) {
        if (json == null || json.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (IOException | RuntimeException e) {
            // A file that cannot be read has nothing to keep.
            return null;
        }
    }

    /** Copies into {@code now} the fields of {@code before} that {@code now} does not have. */
    private static void keepUnknown(com.fasterxml.jackson.databind.JsonNode before,
                                    com.fasterxml.jackson.databind.JsonNode now) {
        if (before == null || !before.isObject() || now == null || !now.isObject()) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode target = (com.fasterxml.jackson.databind.node.ObjectNode) now;
        before.fields().forEachRemaining(e -> {
            if (!target.has(e.getKey()) && !KNOWN_NESTED.contains(e.getKey())) {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    /** Fields of the window, of a reading position and of the reading settings that this version writes (or leaves out when empty). */
    private static final java.util.Set<String> KNOWN_NESTED = java.util.Set.of("x", "y", "width", "height",
            "maximized", "scroll", "sectionId", "offset", "furthest", "fontFamily", "fontSize", "lineSpacing",
            "columnWidth", "margins", "justify", "termMarks");

    /** Reads a settings document; anything but a JSON object of the right shape fails. */
    static Settings read(byte[] json) throws IOException {
        if (json.length == 0) {
            throw new IOException("the file is empty");
        }
        Document document = MAPPER.readValue(json, Document.class);
        if (document == null) {
            throw new IOException("the file holds null, not settings");
        }
        return document.toSettings();
    }

    /** The format version a settings file says it has; 1 when it says none. */
    static int versionOf(byte[] json) {
        try {
            return MAPPER.readTree(json).path("version").asInt(1);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"version", "window", "sidebarWidth", "theme", "zoom", "glossaryMarking",
            "reading", "lastArticleId", "readingPositions"})
    static final class Document {
        public int version = Settings.VERSION;
        public Window window;
        public Double sidebarWidth;
        public String theme;
        public Double zoom;
        public Boolean glossaryMarking;
        public Reading reading;
        public String lastArticleId;
        /**
         * Read from files an earlier Gloss wrote and dropped: the reading positions say where in
         * each article the reader was. Never written (null is left out).
         */
        public String lastSectionId;
        public Map<String, Position> readingPositions;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        @JsonAnySetter
        void keep(String name, Object value) {
            extra.put(name, value);
        }

        @JsonAnyGetter
        Map<String, Object> extra() {
            return extra;
        }

        static Document of(Settings s) {
            Document d = new Document();
            d.window = s.window().map(Window::of).orElse(null);
            d.sidebarWidth = s.sidebarWidth();
            d.theme = s.theme().key();
            d.zoom = s.zoom();
            d.glossaryMarking = s.glossaryMarking();
            d.reading = Reading.of(s.reading());
            d.lastArticleId = s.lastArticleId().orElse(null);
            d.readingPositions = new LinkedHashMap<>();
            s.readingPositions().forEach((id, p) -> d.readingPositions.put(id, Position.of(p)));
            d.extra.putAll(s.extraFields());
            return d;
        }

        Settings toSettings() {
            Settings defaults = Settings.defaults();
            Map<String, ReadingPosition> positions = new LinkedHashMap<>();
            if (readingPositions != null) {
                readingPositions.forEach((id, p) -> {
                    if (p != null) {
                        positions.put(id, p.toPosition());
                    }
                });
            }
            return new Settings(
                    Optional.ofNullable(window).map(Window::toBounds).filter(WindowBounds::isUsable),
                    sidebarWidth != null ? sidebarWidth : defaults.sidebarWidth(),
                    theme != null ? Theme.fromKey(theme).orElse(defaults.theme()) : defaults.theme(),
                    zoom != null ? zoom : defaults.zoom(),
                    glossaryMarking != null ? glossaryMarking : defaults.glossaryMarking(),
                    Optional.ofNullable(lastArticleId),
                    positions,
                    reading != null ? reading.toSettings(glossaryMarking) : ReadingSettings.defaults(),
                    extra);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"x", "y", "width", "height", "maximized"})
    static final class Window {
        public double x;
        public double y;
        public double width;
        public double height;
        public boolean maximized;

        static Window of(WindowBounds b) {
            Window w = new Window();
            w.x = b.x();
            w.y = b.y();
            w.width = b.width();
            w.height = b.height();
            w.maximized = b.maximized();
            return w;
        }

        WindowBounds toBounds() {
            return new WindowBounds(x, y, width, height, maximized);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"scroll", "sectionId", "offset", "furthest"})
    static final class Position {
        public double scroll;
        public String sectionId;
        public Integer offset;
        public Double furthest;

        static Position of(ReadingPosition p) {
            Position position = new Position();
            position.scroll = p.scroll();
            position.sectionId = p.sectionId().orElse(null);
            position.offset = p.offset() >= 0 ? p.offset() : null;
            position.furthest = p.furthest();
            return position;
        }

        ReadingPosition toPosition() {
            return new ReadingPosition(scroll, Optional.ofNullable(sectionId), offset == null ? -1 : offset,
                    furthest == null ? 0 : furthest);
        }
    }

    /** The reading settings; a field missing (or of an unknown value) is its default. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"fontFamily", "fontSize", "lineSpacing", "columnWidth", "margins", "justify", "termMarks"})
    static final class Reading {
        public String fontFamily;
        public Double fontSize;
        public Double lineSpacing;
        public Integer columnWidth;
        public Double margins;
        public Boolean justify;
        public String termMarks;

        static Reading of(ReadingSettings r) {
            Reading reading = new Reading();
            reading.fontFamily = r.fontFamily();
            reading.fontSize = r.fontSize();
            reading.lineSpacing = r.lineSpacing();
            reading.columnWidth = r.columnWidth();
            reading.margins = r.margins();
            reading.justify = r.justify();
            reading.termMarks = r.termMarks().key();
            return reading;
        }

        /** The settings; with glossary marking switched off at the top of the file, no marks whatever the density. */
        ReadingSettings toSettings(Boolean glossaryMarking) {
            ReadingSettings d = ReadingSettings.defaults();
            TermMarks marks = TermMarks.fromKey(termMarks).orElse(d.termMarks());
            return new ReadingSettings(
                    fontFamily != null ? fontFamily : d.fontFamily(),
                    fontSize != null ? fontSize : d.fontSize(),
                    lineSpacing != null ? lineSpacing : d.lineSpacing(),
                    columnWidth != null ? columnWidth : d.columnWidth(),
                    margins != null ? margins : d.margins(),
                    justify != null ? justify : d.justify(),
                    Boolean.FALSE.equals(glossaryMarking) ? TermMarks.NONE : marks);
        }
    }
}
