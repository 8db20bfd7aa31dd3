package dev.gloss.app.reading;

import dev.gloss.app.article.ReadingFonts;
import dev.gloss.app.reading.ReadingViewModel.FontChoice;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import dev.gloss.core.settings.Theme;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

import java.util.List;
import java.util.Map;

/** The reading settings panel (View > Reading Settings, the toolbar's Aa): every change shows at once. */
public final class ReadingPanelController {
    private final ReadingViewModel model;
    @FXML private SegmentedButton themeButtons;
    @FXML private ToggleButton themeSystem;
    @FXML private ToggleButton themeLight;
    @FXML private ToggleButton themeSepia;
    @FXML private ToggleButton themeDark;
    @FXML private ComboBox<FontChoice> fontChoice;
    @FXML private Slider sizeSlider;
    @FXML private Label sizeValue;
    @FXML private Slider spacingSlider;
    @FXML private Label spacingValue;
    @FXML private Slider columnSlider;
    @FXML private Label columnValue;
    @FXML private Slider marginsSlider;
    @FXML private Label marginsValue;
    @FXML private ComboBox<TermMarks> termMarksChoice;
    @FXML private CheckBox justifyBox;
    private boolean showing;

    public ReadingPanelController(ReadingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        sizeSlider.setMin(ReadingSettings.MIN_FONT_SIZE);
        sizeSlider.setMax(ReadingSettings.MAX_FONT_SIZE);
        spacingSlider.setMin(ReadingSettings.MIN_LINE_SPACING);
        spacingSlider.setMax(ReadingSettings.MAX_LINE_SPACING);
        columnSlider.setMin(ReadingSettings.MIN_COLUMN_WIDTH);
        columnSlider.setMax(ReadingSettings.MAX_COLUMN_WIDTH);
        marginsSlider.setMin(ReadingSettings.MIN_MARGINS);
        marginsSlider.setMax(ReadingSettings.MAX_MARGINS);
        fontChoice.getItems().setAll(ReadingViewModel.fontChoices(ReadingFonts.family(ReadingSettings.SERIF),
                ReadingFonts.family(ReadingSettings.SANS), ReadingFonts.systemFamilies()));
        termMarksChoice.getItems().setAll(TermMarks.values());
        termMarksChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermMarks marks) {
                return marks == null ? "" : marks.label();
            }

            @Override
            public TermMarks fromString(String text) {
                return null;
            }
        });
        show(model.readingProperty().get());
        showTheme(model.themeProperty().get());
        model.readingProperty().addListener((obs, o, r) -> show(r));
        model.themeProperty().addListener((obs, o, t) -> showTheme(t));

        sizeSlider.valueProperty().addListener((obs, o, v) -> edit(() -> model.setFontSize(v.doubleValue())));
        spacingSlider.valueProperty().addListener((obs, o, v) -> edit(() -> model.setLineSpacing(v.doubleValue())));
        columnSlider.valueProperty().addListener((obs, o, v) -> edit(() -> model.setColumnWidth(v.doubleValue())));
        marginsSlider.valueProperty().addListener((obs, o, v) -> edit(() -> model.setMargins(v.doubleValue())));
        justifyBox.selectedProperty().addListener((obs, o, on) -> edit(() -> model.setJustify(on)));
        fontChoice.valueProperty().addListener((obs, o, f) -> {
            if (f != null) {
                edit(() -> model.setFontFamily(f.key()));
            }
        });
        termMarksChoice.valueProperty().addListener((obs, o, m) -> {
            if (m != null) {
                edit(() -> model.setTermMarks(m));
            }
        });
        Map<ToggleButton, Theme> themes = Map.of(themeSystem, Theme.SYSTEM, themeLight, Theme.LIGHT,
                themeSepia, Theme.SEPIA, themeDark, Theme.DARK);
        themeButtons.getToggleGroup().selectedToggleProperty().addListener((obs, o, t) -> {
            if (t == null) {
                // A segmented button always has a theme chosen: a second click on it keeps it.
                showTheme(model.themeProperty().get());
            } else if (!showing) {
                model.setTheme(themes.get((ToggleButton) t));
            }
        });
    }

    /** Runs a change the reader made, not one the panel makes while showing the settings. */
    private void edit(Runnable change) {
        if (!showing) {
            change.run();
        }
    }

    private void show(ReadingSettings r) {
        showing = true;
        try {
            sizeSlider.setValue(r.fontSize());
            sizeValue.setText(ReadingViewModel.sizeText(r));
            spacingSlider.setValue(r.lineSpacing());
            spacingValue.setText(ReadingViewModel.spacingText(r));
            columnSlider.setValue(r.columnWidth());
            columnValue.setText(ReadingViewModel.columnText(r));
            marginsSlider.setValue(r.margins());
            marginsValue.setText(ReadingViewModel.marginsText(r));
            justifyBox.setSelected(r.justify());
            termMarksChoice.setValue(r.termMarks());
            List<FontChoice> fonts = fontChoice.getItems();
            fontChoice.setValue(fonts.stream().filter(f -> f.key().equals(r.fontFamily())).findFirst()
                    .orElse(fonts.get(0)));
        } finally {
            showing = false;
        }
    }

    private void showTheme(Theme theme) {
        showing = true;
        try {
            ToggleButton button = switch (theme) {
                case SYSTEM -> themeSystem;
                case LIGHT -> themeLight;
                case SEPIA -> themeSepia;
                case DARK -> themeDark;
            };
            button.setSelected(true);
        } finally {
            showing = false;
        }
    }

    @FXML
    private void onDefaults() {
        model.reset();
    }
}
