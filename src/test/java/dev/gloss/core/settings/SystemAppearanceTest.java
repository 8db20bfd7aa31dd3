package dev.gloss.core.settings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemAppearanceTest {
    private final List<List<String>> ran = new ArrayList<>();

    private SystemAppearance.CommandRunner gsettings(String colorScheme, String gtkTheme) {
        return command -> {
            ran.add(command);
            String key = command.get(command.size() - 1);
            String value = key.equals("color-scheme") ? colorScheme : gtkTheme;
            return Optional.ofNullable(value).map(v -> "'" + v + "'\n");
        };
    }

    private Appearance linux(Map<String, String> env, SystemAppearance.CommandRunner runner) {
        return SystemAppearance.detect("Linux", env, runner);
    }

    @Test
    void gnomesColorScheme() {
        assertEquals(Appearance.DARK, linux(Map.of(), gsettings("prefer-dark", "Adwaita")));
        assertEquals(Appearance.LIGHT, linux(Map.of(), gsettings("prefer-light", "Adwaita-dark")));
        assertEquals(Appearance.LIGHT, linux(Map.of(), gsettings("default", "Adwaita")));
        assertEquals(Appearance.DARK, linux(Map.of(), gsettings("default", "Adwaita-dark")));
        assertEquals(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), ran.get(0));
    }

    @Test
    void gtkThemeVariantWinsWithoutAskingGsettings() {
        assertEquals(Appearance.DARK, linux(Map.of("GTK_THEME", "Adwaita:dark"), gsettings("prefer-light", null)));
        assertTrue(ran.isEmpty());
    }

    @Test
    void unknownWhenNothingAnswers() {
        assertEquals(Appearance.UNKNOWN, linux(Map.of(), command -> Optional.empty()));
        assertEquals(Appearance.UNKNOWN, linux(Map.of("GTK_THEME", "Adwaita"), command -> Optional.of("\n")));
    }

    @Test
    void unknownOutsideLinux() {
        assertEquals(Appearance.UNKNOWN, SystemAppearance.detect("Windows 11", Map.of("GTK_THEME", "x:dark"),
                gsettings("prefer-dark", null)));
        assertEquals(Appearance.UNKNOWN, SystemAppearance.detect("Mac OS X", Map.of(), gsettings("prefer-dark", null)));
        assertTrue(ran.isEmpty());
    }

    @Test
    void theRealDetectionFailsQuietly() {
        Appearance appearance = SystemAppearance.detect();
        assertTrue(List.of(Appearance.values()).contains(appearance));
    }
}
