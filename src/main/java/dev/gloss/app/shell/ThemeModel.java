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
 * system's preference when it is known.
 */
public final class ThemeModel {
    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice", Theme.SYSTEM);
    private final ObjectBinding<Theme> shown;
    private final BooleanBinding dark;

    /** @param systemPrefersDark what the desktop prefers, when that can be detected */
    public ThemeModel(Optional<Boolean> systemPrefersDark) {
        Appearance system = systemPrefersDark.map(d -> d ? Appearance.DARK : Appearance.LIGHT).orElse(Appearance.UNKNOWN);
        shown = Bindings.createObjectBinding(() -> choice.get().shown(system), choice);
        dark = Bindings.createBooleanBinding(() -> shown.get() == Theme.DARK, shown);
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
