package dev.gloss.app.shell;

import dev.gloss.core.settings.Appearance;
import dev.gloss.core.settings.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;

/**
 * The reader's choice of theme, and the colours that means (light, sepia or dark), given the
 * system's preference when it is known. The preference can change while the window is open
 * ({@link #systemPrefersDark}); a window that follows the system follows it.
 */
public final class ThemeModel {
    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice", Theme.SYSTEM);
    private final ObjectProperty<Appearance> system = new SimpleObjectProperty<>(this, "system", Appearance.UNKNOWN);
    private final ObjectBinding<Theme> shown;
    private final BooleanBinding dark;

    /** @param systemPrefersDark what the desktop prefers, when that can be detected */
    public ThemeModel(Optional<Boolean> systemPrefersDark) {
        systemPrefersDark(systemPrefersDark);
        shown = Bindings.createObjectBinding(() -> choice.get().shown(system.get()), choice, system);
        dark = Bindings.createBooleanBinding(() -> shown.get() == Theme.DARK, shown);
    }

    /** What the desktop prefers now, as found again; empty when it cannot be told (the last answer stays). */
    public void systemPrefersDark(Optional<Boolean> prefersDark) {
        prefersDark.ifPresent(d -> system.set(d ? Appearance.DARK : Appearance.LIGHT));
    }

    public ObjectProperty<Theme> choiceProperty() {
        return choice;
    }

    /** The colours shown: {@link Theme#LIGHT}, {@link Theme#SEPIA} or {@link Theme#DARK}. */
    public ObjectBinding<Theme> shownProperty() {
        return shown;
    }

    public BooleanBinding darkProperty() {
        return dark;
    }
}
