package dev.gloss.core.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader's settings, as kept in settings.json in the data folder. Immutable: change one with
 * a {@code withX} method and hand the result to {@link SettingsStore#update}. Out-of-range values
 * (a zoom of 40, a negative sidebar) are brought back into range rather than rejected, since they
 * can only come from a hand-edited file. Fields of a newer version of Gloss that this one does not
 * know are kept in {@link #extraFields()} and written back unchanged.
 */
public record Settings(
        Optional<WindowBounds> window,
        double sidebarWidth,
        Theme theme,
        double zoom,
        boolean glossaryMarking,
        Optional<String> lastArticleId,
        Map<String, ReadingPosition> readingPositions,
        ReadingSettings reading,
        Map<String, Object> extraFields) {

    /** The version of settings.json this Gloss writes. */
    public static final int VERSION = 1;
    public static final double DEFAULT_SIDEBAR_WIDTH = 350;
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;

    public Settings {
        Objects.requireNonNull(window, "window");
        sidebarWidth = Double.isFinite(sidebarWidth) && sidebarWidth >= 0 ? sidebarWidth : DEFAULT_SIDEBAR_WIDTH;
        Objects.requireNonNull(theme, "theme");
        zoom = Double.isFinite(zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1.0;
        Objects.requireNonNull(lastArticleId, "lastArticleId");
        readingPositions = Collections.unmodifiableMap(new LinkedHashMap<>(readingPositions));
        Objects.requireNonNull(reading, "reading");
        // Marking off means no marks, whatever the density; the density says whether marking is on.
        if (!glossaryMarking) {
            reading = reading.withTermMarks(TermMarks.NONE);
        }
        glossaryMarking = reading.termMarks() != TermMarks.NONE;
        extraFields = freeze(extraFields);
    }

    /** Settings with the default reading settings (as an earlier version wrote them). */
    public Settings(Optional<WindowBounds> window, double sidebarWidth, Theme theme, double zoom,
                    boolean glossaryMarking, Optional<String> lastArticleId,
                    Map<String, ReadingPosition> readingPositions, Map<String, Object> extraFields) {
        this(window, sidebarWidth, theme, zoom, glossaryMarking, lastArticleId, readingPositions,
                glossaryMarking ? ReadingSettings.defaults() : ReadingSettings.defaults().withTermMarks(TermMarks.NONE),
                extraFields);
    }

    public static Settings defaults() {
        return new Settings(Optional.empty(), DEFAULT_SIDEBAR_WIDTH, Theme.SYSTEM, 1.0, true,
                Optional.empty(), Map.of(), ReadingSettings.defaults(), Map.of());
    }

    public Optional<ReadingPosition> readingPosition(String articleId) {
        return Optional.ofNullable(readingPositions.get(articleId));
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(Optional.of(bounds), sidebarWidth, theme, zoom, glossaryMarking,
                lastArticleId, readingPositions, reading, extraFields);
    }

    public Settings withSidebarWidth(double width) {
        return new Settings(window, width, theme, zoom, glossaryMarking,
                lastArticleId, readingPositions, reading, extraFields);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, sidebarWidth, newTheme, zoom, glossaryMarking,
                lastArticleId, readingPositions, reading, extraFields);
    }

    public Settings withZoom(double factor) {
        return new Settings(window, sidebarWidth, theme, factor, glossaryMarking,
                lastArticleId, readingPositions, reading, extraFields);
    }

    /** Marks on or off; on brings back the first mention in each section when the density was none. */
    public Settings withGlossaryMarking(boolean marking) {
        ReadingSettings marks = !marking ? reading.withTermMarks(TermMarks.NONE)
                : reading.termMarks() == TermMarks.NONE ? reading.withTermMarks(TermMarks.FIRST_IN_SECTION) : reading;
        return new Settings(window, sidebarWidth, theme, zoom, marking,
                lastArticleId, readingPositions, marks, extraFields);
    }

    /** New reading settings; {@link #glossaryMarking()} follows their density of glossary marks. */
    public Settings withReading(ReadingSettings newReading) {
        return new Settings(window, sidebarWidth, theme, zoom, newReading.termMarks() != TermMarks.NONE,
                lastArticleId, readingPositions, newReading, extraFields);
    }

    /** The article being read: reopened on the next start, where its reading position says. */
    public Settings withLastArticle(String articleId) {
        return new Settings(window, sidebarWidth, theme, zoom, glossaryMarking,
                Optional.of(articleId), readingPositions, reading, extraFields);
    }

    public Settings withReadingPosition(String articleId, ReadingPosition position) {
        Map<String, ReadingPosition> positions = new LinkedHashMap<>(readingPositions);
        positions.put(articleId, position);
        return new Settings(window, sidebarWidth, theme, zoom, glossaryMarking,
                lastArticleId, positions, reading, extraFields);
    }

    /** A read-only deep copy of JSON-like values: maps, lists and scalars. */
    private static Map<String, Object> freeze(Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> copy.put(key, freezeValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freeze((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Settings::freezeValue).toList();
        }
        return value;
    }
}
