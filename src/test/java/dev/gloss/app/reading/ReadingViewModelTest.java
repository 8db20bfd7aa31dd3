package dev.gloss.app.reading;

import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import dev.gloss.core.settings.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reading panel's model: changes land in the reader's settings at once, in the steps the sliders take. */
class ReadingViewModelTest {
    private final ObjectProperty<ReadingSettings> reading = new SimpleObjectProperty<>(ReadingSettings.defaults());
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final ReadingViewModel model = new ReadingViewModel(reading, theme);

    @Test
    void eachChangeReplacesTheSettingsOnceInWholeSteps() {
        List<ReadingSettings> seen = new ArrayList<>();
        reading.addListener((obs, o, r) -> seen.add(r));
        model.setFontSize(19.4);
        model.setFontSize(19.2);
        model.setLineSpacing(1.64);
        model.setColumnWidth(61);
        model.setMargins(97);
        model.setJustify(true);
        model.setTermMarks(TermMarks.EVERY);
        model.setFontFamily("Noto Sans Mono");
        ReadingSettings r = reading.get();
        assertEquals(19, r.fontSize());
        assertEquals(1.6, r.lineSpacing());
        assertEquals(62, r.columnWidth(), "columns in steps of two characters");
        assertEquals(96, r.margins(), "margins in steps of 4 px");
        assertEquals("Noto Sans Mono", r.fontFamily());
        assertEquals(7, seen.size(), "a move that rounds to the same value changes nothing");
        assertEquals("19 px", ReadingViewModel.sizeText(r));
        assertEquals("1.6", ReadingViewModel.spacingText(r));
        assertEquals("62 characters", ReadingViewModel.columnText(r));
        model.setTheme(Theme.SEPIA);
        assertEquals(Theme.SEPIA, theme.get());
        model.reset();
        assertEquals(ReadingSettings.defaults(), reading.get());
        assertEquals(Theme.SEPIA, theme.get(), "the defaults leave the theme as chosen");
    }

    @Test
    void serifAndSansComeFirstThenTheSystemsFonts() {
        List<ReadingViewModel.FontChoice> choices = ReadingViewModel.fontChoices("DejaVu Serif", "DejaVu Sans",
                List.of("Cantarell", "Noto Serif"));
        assertEquals(List.of("serif", "sans", "Cantarell", "Noto Serif"), choices.stream().map(ReadingViewModel.FontChoice::key).toList());
        assertEquals("Serif (DejaVu Serif)", choices.get(0).label());
    }
}
