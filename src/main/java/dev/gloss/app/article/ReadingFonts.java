package dev.gloss.app.article;

import dev.gloss.core.settings.ReadingSettings;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reading fonts: which installed family "serif" and "sans" stand for, the system's families
 * the reader can choose from, and the measures the column is set by (a font's average character
 * width in running text, and its natural line height).
 */
public final class ReadingFonts {
    /** Families tried in order for "serif" and "sans"; JavaFX's logical families close each list. */
    private static final List<String> SERIFS = List.of("DejaVu Serif", "Noto Serif", "Liberation Serif",
            "Georgia", "Cambria", "Times New Roman", "Serif");
    private static final List<String> SANS = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans",
            "Segoe UI", "Helvetica Neue", "Arial", "SansSerif");
    /**
     * Running English prose, spaces and punctuation included, for the average width of a character
     * as a line of text has them: characters a line are counted this way.
     */
    static final String SAMPLE = "When the eye reaches the end of a line, it has to find the start of the next one; "
            + "lines of sixty to seventy-five characters, spaces included, make that easy, and a little "
            + "space between the lines helps as well. Longer lines tire the reader sooner.";

    private static final Map<String, Double> WIDTHS = new ConcurrentHashMap<>();
    private static final Map<String, Double> HEIGHTS = new ConcurrentHashMap<>();
    private static volatile Set<String> installed;

    private ReadingFonts() {
    }

    /** The family to set text in for a reading setting: "serif", "sans", or a family's own name. */
    public static String family(String choice) {
        if (ReadingSettings.SERIF.equals(choice)) {
            return firstInstalled(SERIFS);
        }
        if (ReadingSettings.SANS.equals(choice)) {
            return firstInstalled(SANS);
        }
        return installed().contains(choice) ? choice : firstInstalled(SERIFS);
    }

    /** The font families of the system, A to Z. */
    public static List<String> systemFamilies() {
        return installed().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static Set<String> installed() {
        Set<String> known = installed;
        if (known == null) {
            known = Set.copyOf(Font.getFamilies());
            installed = known;
        }
        return known;
    }

    private static String firstInstalled(List<String> families) {
        for (String f : families) {
            if (installed().contains(f)) {
                return f;
            }
        }
        return families.get(families.size() - 1);
    }

    /** The average width of a character of running text in this family at this size, in pixels. */
    public static double averageCharWidth(String family, double size) {
        double perPixel = WIDTHS.computeIfAbsent(family, f -> {
            Text t = new Text(SAMPLE);
            t.setFont(Font.font(f, 100));
            return t.getLayoutBounds().getWidth() / SAMPLE.length() / 100;
        });
        return perPixel * size;
    }

    /** The height of a line of this font with no space added between lines. */
    static double naturalLineHeight(Font font) {
        double perPixel = HEIGHTS.computeIfAbsent(font.getName(), name -> {
            Text t = new Text("Hxgé");
            t.setFont(new Font(font.getName(), 100));
            return t.getLayoutBounds().getHeight() / 100;
        });
        return perPixel * font.getSize();
    }
}
