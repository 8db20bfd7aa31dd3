package dev.gloss.app.desktop;

import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.settings.Theme;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Follows the desktop's light or dark preference while the window is open, for a reader whose
 * theme is the system's. JavaFX 21 does not tell of a change (its Platform.Preferences came in
 * 22), so the preference is asked again, the way it is asked at start, each time the window gains
 * the focus: after changing the desktop's appearance in its settings, the reader comes back to the
 * window and it follows. The asking (on Linux, GNOME's gsettings) runs in the background.
 */
public final class SystemThemeWatch {
    private final ThemeModel theme;
    private final Background background;
    private final Supplier<Optional<Boolean>> prefersDark;
    private boolean asking;

    /** @param prefersDark what the desktop prefers now, empty when it cannot be told; called in the background */
    public SystemThemeWatch(ThemeModel theme, Background background, Supplier<Optional<Boolean>> prefersDark) {
        this.theme = theme;
        this.background = background;
        this.prefersDark = prefersDark;
    }

    /** A listener for the window's focus: asks again when it is gained and the theme follows the system. */
    public Consumer<Boolean> onFocus() {
        return focused -> {
            if (focused && !asking && theme.choiceProperty().get() == Theme.SYSTEM) {
                asking = true;
                background.run(prefersDark::get, now -> {
                    asking = false;
                    theme.systemPrefersDark(now);
                }, error -> asking = false);
            }
        };
    }
}
