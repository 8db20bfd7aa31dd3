package dev.gloss.app.desktop;

import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.settings.Theme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A window that follows the system's theme follows a change of it made while the window is open. */
class SystemThemeWatchTest {
    @Test
    void theDesktopsPreferenceIsAskedAgainWhenTheWindowGainsTheFocus() {
        List<Optional<Boolean>> answers = new ArrayList<>(List.of(Optional.of(true), Optional.empty(), Optional.of(false)));
        int[] asked = {0};
        ThemeModel theme = new ThemeModel(Optional.of(false));
        SystemThemeWatch watch = new SystemThemeWatch(theme, Background.sameThread(), () -> {
            asked[0]++;
            return answers.remove(0);
        });
        assertEquals(Theme.LIGHT, theme.shownProperty().get());

        watch.onFocus().accept(false);
        assertEquals(0, asked[0], "losing the focus asks nothing");
        watch.onFocus().accept(true);
        assertEquals(Theme.DARK, theme.shownProperty().get(), "the desktop turned dark meanwhile");
        assertEquals(true, theme.darkProperty().get());
        watch.onFocus().accept(true);
        assertEquals(Theme.DARK, theme.shownProperty().get(), "no answer this time: the last one stays");
        watch.onFocus().accept(true);
        assertEquals(Theme.LIGHT, theme.shownProperty().get());
        assertEquals(3, asked[0]);

        theme.choiceProperty().set(Theme.SEPIA);
        watch.onFocus().accept(true);
        assertEquals(3, asked[0], "a theme of the reader's own asks the desktop nothing");
        assertEquals(Theme.SEPIA, theme.shownProperty().get());
    }
}
