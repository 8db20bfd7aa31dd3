package dev.gloss.core.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL-like slugs, the building blocks of article and section ids. */
public final class Slugs {
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** "Vitamin K2’s Function in the Body" becomes "vitamin-k2s-function-in-the-body". */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[’'`]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = s.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return s.isEmpty() ? "untitled" : s;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not taken yet. */
    public static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
