package dev.gloss.app.shell;

import dev.gloss.core.settings.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;

/** The reader's choice of theme, and whether that means dark, given the system's preference when it is known. */
public final class ThemeModel {
    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice", Theme.SYSTEM);
    private final BooleanBinding dark;

    /** @param systemPrefersDark what the desktop prefers, when that can be detected */
    public ThemeModel(Optional<Boolean> systemPrefersDark) {
        dark = Bindings.createBooleanBinding(() -> choice.get() == Theme.DARK
                || choice.get() == Theme.SYSTEM && systemPrefersDark.orElse(false), choice);
    }

    public ObjectProperty<Theme> choiceProperty() {
        return choice;
    }

    public BooleanBinding darkProperty() {
        return dark;
    }
}
