package dev.gloss.core.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lowercase words and reduces each to the key topics are matched on. Hyphens and
 * other punctuation separate words ("MK-7" is "mk" "7", "gut-brain" is "gut" "brain"), and a
 * possessive "'s" or "’s" is dropped, so a term and the text it should match are cut alike.
 */
public final class StemmedTokens {

    private StemmedTokens() {
    }

    /** The matching keys of every word of {@code text}, in order. */
    public static List<String> of(String text) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            keys.add(key(text.substring(start, i).toLowerCase(Locale.ROOT)));
            if (isPossessive(text, i)) {
                i += 2;
            }
        }
        return keys;
    }

    /**
     * The key of one lowercase word: its Porter stem, with one repair. Porter leaves verbs in -ify
     * ending in "fi" (calcified, calcifies → calcifi) but cuts their nouns in -ification to "f"
     * (calcification → calcif), so the two would never meet; dropping that final "i" joins them.
     */
    static String key(String word) {
        String stem = PorterStemmer.stem(word);
        if (stem.length() > 4 && stem.endsWith("fi")) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static boolean isPossessive(String text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char apostrophe = text.charAt(at);
        boolean s = text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S';
        boolean endsThere = at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2));
        return (apostrophe == '\'' || apostrophe == '\u2019') && s && endsThere;
    }
}
