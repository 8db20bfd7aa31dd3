package dev.gloss.core.settings;

import java.util.Locale;
import java.util.Optional;

/** The reader's choice of colours: follow the system, or always light, sepia or dark. */
public enum Theme {
    SYSTEM, LIGHT, SEPIA, DARK;

    /** The name in settings.json: "system", "light", "sepia" or "dark". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** Whether to show dark colours, given what the system prefers; an unknown system preference means light. */
    public boolean isDark(Appearance system) {
        return this == DARK || this == SYSTEM && system == Appearance.DARK;
    }

    /** The colours shown, given what the system prefers: light, sepia or dark, never "system". */
    public Theme shown(Appearance system) {
        return this == SYSTEM ? (system == Appearance.DARK ? DARK : LIGHT) : this;
    }
}
