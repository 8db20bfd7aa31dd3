package dev.gloss.core.settings;

import java.util.Locale;
import java.util.Optional;

/** The reader's choice of colours: follow the system, or always light or dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** The name in settings.json: "system", "light" or "dark". */
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
}
