package dev.gloss.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.Supplier;

/** The reader's choice of theme, and whether that means dark once the system's preference is known. */
public final class ThemeModel {

    public enum Choice { SYSTEM, LIGHT, DARK }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.SYSTEM);
    private final BooleanBinding dark;

    public ThemeModel(Supplier<Optional<Boolean>> systemPrefersDark) {
        Optional<Boolean> system = systemPrefersDark.get();
        dark = Bindings.createBooleanBinding(() -> switch (choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> system.orElse(false);
        }, choice);
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public BooleanBinding darkProperty() {
        return dark;
    }
}
