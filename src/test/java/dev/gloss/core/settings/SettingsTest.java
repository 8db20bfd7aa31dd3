package dev.gloss.core.settings;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void defaultsFollowTheSystemAtNormalSize() {
        Settings d = Settings.defaults();
        assertEquals(Theme.SYSTEM, d.theme());
        assertEquals(1.0, d.zoom());
        assertTrue(d.glossaryMarking());
        assertTrue(d.window().isEmpty() && d.lastArticleId().isEmpty() && d.readingPositions().isEmpty());
    }

    @Test
    void withersChangeOneThingAndLeaveTheRest() {
        Settings s = Settings.defaults().withZoom(1.5).withReadingPosition("a", ReadingPosition.of(0.3, null));
        Settings t = s.withReadingPosition("b", ReadingPosition.of(0.6, "b/x")).withLastArticle("b");
        assertEquals(1.5, t.zoom());
        assertEquals(0.3, t.readingPosition("a").orElseThrow().scroll());
        assertEquals(Optional.of("b/x"), t.readingPosition("b").orElseThrow().sectionId());
        assertTrue(s.readingPosition("b").isEmpty(), "the earlier value is unchanged");
        assertEquals(Optional.of("b"), t.lastArticleId());
    }

    @Test
    void clampsZoomAndScroll() {
        assertEquals(Settings.MIN_ZOOM, Settings.defaults().withZoom(0.01).zoom());
        assertEquals(1.0, Settings.defaults().withZoom(Double.NaN).zoom());
        assertEquals(0.0, ReadingPosition.of(-2, null).scroll());
        assertEquals(0.0, ReadingPosition.of(Double.POSITIVE_INFINITY, null).scroll());
    }

    @Test
    void extraFieldsCannotBeChangedFromOutside() {
        Map<String, Object> nested = new HashMap<>(Map.of("k", 1));
        Settings s = new Settings(Optional.empty(), 200, Theme.LIGHT, 1, true, Optional.empty(),
                Map.of(), Map.of("nested", nested, "list", List.of(1, 2)));
        nested.put("k", 2);
        assertEquals(Map.of("k", 1), s.extraFields().get("nested"));
        assertThrows(UnsupportedOperationException.class, () -> s.extraFields().put("x", 1));
    }

    @Test
    void themeKeysAndDarkness() {
        assertEquals(Optional.of(Theme.DARK), Theme.fromKey("dark"));
        assertTrue(Theme.fromKey("Dark").isEmpty());
        assertTrue(Theme.SYSTEM.isDark(Appearance.DARK));
        assertFalse(Theme.SYSTEM.isDark(Appearance.UNKNOWN));
        assertFalse(Theme.LIGHT.isDark(Appearance.DARK));
        assertTrue(Theme.DARK.isDark(Appearance.LIGHT));
    }
}
