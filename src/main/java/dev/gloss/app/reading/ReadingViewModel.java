package dev.gloss.app.reading;

import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import dev.gloss.core.settings.Theme;
import javafx.beans.property.ObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The reading settings as the panel changes them: each change replaces the reader's
 * {@link ReadingSettings} at once (the article follows live, and the settings file keeps it), and
 * the theme is the window's theme choice.
 */
public final class ReadingViewModel {
    /** A font the reader can choose: its key in the settings and what the list shows. */
    public record FontChoice(String key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<ReadingSettings> reading;
    private final ObjectProperty<Theme> theme;

    public ReadingViewModel(ObjectProperty<ReadingSettings> reading, ObjectProperty<Theme> theme) {
        this.reading = reading;
        this.theme = theme;
    }

    public ObjectProperty<ReadingSettings> readingProperty() {
        return reading;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Serif and sans first, as Gloss picks them from what is installed, then every family of the system. */
    public static List<FontChoice> fontChoices(String serifFamily, String sansFamily, List<String> systemFamilies) {
        List<FontChoice> choices = new ArrayList<>();
        choices.add(new FontChoice(ReadingSettings.SERIF, "Serif (" + serifFamily + ")"));
        choices.add(new FontChoice(ReadingSettings.SANS, "Sans (" + sansFamily + ")"));
        for (String family : systemFamilies) {
            choices.add(new FontChoice(family, family));
        }
        return choices;
    }

    private void change(UnaryOperator<ReadingSettings> edit) {
        ReadingSettings next = edit.apply(reading.get());
        if (!next.equals(reading.get())) {
            reading.set(next);
        }
    }

    public void setFontFamily(String key) {
        change(r -> r.withFontFamily(key));
    }

    /** Whole pixels. */
    public void setFontSize(double size) {
        change(r -> r.withFontSize(Math.round(size)));
    }

    /** In tenths: 1.5, 1.6... */
    public void setLineSpacing(double spacing) {
        change(r -> r.withLineSpacing(Math.round(spacing * 10) / 10.0));
    }

    /** In steps of two characters. */
    public void setColumnWidth(double characters) {
        change(r -> r.withColumnWidth((int) (Math.round(characters / 2) * 2)));
    }

    /** In steps of 4 px. */
    public void setMargins(double pixels) {
        change(r -> r.withMargins(Math.round(pixels / 4) * 4));
    }

    public void setJustify(boolean on) {
        change(r -> r.withJustify(on));
    }

    public void setTermMarks(TermMarks marks) {
        change(r -> r.withTermMarks(marks));
    }

    public void setTheme(Theme choice) {
        theme.set(choice);
    }

    /** Back to the defaults for long reading; the glossary's density too, the theme stays. */
    public void reset() {
        change(r -> ReadingSettings.defaults());
    }

    public static String sizeText(ReadingSettings r) {
        return Math.round(r.fontSize()) + " px";
    }

    public static String spacingText(ReadingSettings r) {
        return String.format(java.util.Locale.ROOT, "%.1f", r.lineSpacing());
    }

    public static String columnText(ReadingSettings r) {
        return r.columnWidth() + " characters";
    }

    public static String marginsText(ReadingSettings r) {
        return Math.round(r.margins()) + " px";
    }
}
