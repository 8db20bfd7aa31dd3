package dev.gloss.core.settings;

import java.util.Objects;

/**
 * How the article is set for reading: the font family ({@link #SERIF}, {@link #SANS} or the name
 * of a font of the system), the text's size at 100 % zoom in pixels, the line spacing as a multiple
 * of the text's size, the column's width in average characters, the margin beside the column in
 * pixels, whether lines are justified, and how many glossary terms are marked. These follow the
 * reader from computer to computer, unlike the window's size and place ({@link WindowBounds}).
 * Values out of range (from a hand-edited file) are brought back into range.
 */
public record ReadingSettings(String fontFamily, double fontSize, double lineSpacing, int columnWidth,
                              double margins, boolean justify, TermMarks termMarks) {

    public static final String SERIF = "serif";
    public static final String SANS = "sans";
    public static final double MIN_FONT_SIZE = 12;
    public static final double MAX_FONT_SIZE = 32;
    public static final double MIN_LINE_SPACING = 1.0;
    public static final double MAX_LINE_SPACING = 2.4;
    public static final int MIN_COLUMN_WIDTH = 40;
    public static final int MAX_COLUMN_WIDTH = 110;
    public static final double MIN_MARGINS = 16;
    public static final double MAX_MARGINS = 200;

    /**
     * The defaults, set for long reading: 17 px text, lines 1.5 times the text's size apart, a
     * column of 68 characters (the middle of the 60 to 75 that typographers recommend), and 72 px
     * of margin beside it at the least.
     */
    public static final double DEFAULT_FONT_SIZE = 17;
    public static final double DEFAULT_LINE_SPACING = 1.5;
    public static final int DEFAULT_COLUMN_WIDTH = 68;
    public static final double DEFAULT_MARGINS = 72;

    public ReadingSettings {
        fontFamily = fontFamily == null || fontFamily.isBlank() ? SERIF : fontFamily.strip();
        fontSize = clamp(fontSize, MIN_FONT_SIZE, MAX_FONT_SIZE, DEFAULT_FONT_SIZE);
        lineSpacing = clamp(lineSpacing, MIN_LINE_SPACING, MAX_LINE_SPACING, DEFAULT_LINE_SPACING);
        columnWidth = Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, columnWidth));
        margins = clamp(margins, MIN_MARGINS, MAX_MARGINS, DEFAULT_MARGINS);
        Objects.requireNonNull(termMarks, "termMarks");
    }

    public static ReadingSettings defaults() {
        return new ReadingSettings(SERIF, DEFAULT_FONT_SIZE, DEFAULT_LINE_SPACING, DEFAULT_COLUMN_WIDTH,
                DEFAULT_MARGINS, false, TermMarks.FIRST_IN_SECTION);
    }

    public ReadingSettings withFontFamily(String family) {
        return new ReadingSettings(family, fontSize, lineSpacing, columnWidth, margins, justify, termMarks);
    }

    public ReadingSettings withFontSize(double size) {
        return new ReadingSettings(fontFamily, size, lineSpacing, columnWidth, margins, justify, termMarks);
    }

    public ReadingSettings withLineSpacing(double spacing) {
        return new ReadingSettings(fontFamily, fontSize, spacing, columnWidth, margins, justify, termMarks);
    }

    public ReadingSettings withColumnWidth(int characters) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, characters, margins, justify, termMarks);
    }

    public ReadingSettings withMargins(double pixels) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, columnWidth, pixels, justify, termMarks);
    }

    public ReadingSettings withJustify(boolean on) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, columnWidth, margins, on, termMarks);
    }

    public ReadingSettings withTermMarks(TermMarks marks) {
        return new ReadingSettings(fontFamily, fontSize, lineSpacing, columnWidth, margins, justify, marks);
    }

    private static double clamp(double value, double min, double max, double fallback) {
        return Double.isFinite(value) ? Math.max(min, Math.min(max, value)) : fallback;
    }
}
