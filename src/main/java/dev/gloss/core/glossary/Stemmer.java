package dev.gloss.core.glossary;

import java.util.Locale;

/**
 * A light stemmer for matching glossary terms in running text: "osteoblasts", "calcified",
 * "calcification" and "clotting" reduce to the same stems as "osteoblast", "calcify" and "clot".
 * It is applied to both the terms and the text, so a stem only has to be consistent, not a real
 * word. It is deliberately small: aggressive stemmers (Porter) merge words the glossary must keep
 * apart, such as "organ" and "organic".
 */
final class Stemmer {
    /** A stem shorter than this is not cut further: "need" must not become "ne". */
    private static final int MIN_STEM = 3;

    /** Suffix rules, tried in order; the first that applies wins. A rule that maps a suffix to itself protects it. */
    private static final String[][] RULES = {
            {"ifications", "if"}, {"ification", "if"}, {"ifying", "if"}, {"ifies", "if"}, {"ified", "if"}, {"ify", "if"},
            {"izations", "iz"}, {"ization", "iz"}, {"izing", "iz"}, {"izes", "iz"}, {"ized", "iz"}, {"ize", "iz"},
            {"ations", ""}, {"ation", ""}, {"ating", ""}, {"ates", ""}, {"ated", ""}, {"ate", ""},
            {"ies", "y"}, {"ied", "y"},
            {"sses", "ss"}, {"ss", "ss"}, {"us", "us"}, {"is", "is"},
            {"s", ""},
            {"ing", ""}, {"ed", ""},
    };

    private Stemmer() {
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_STEM + 1 || hasDigit(w)) {
            return w;
        }
        w = americanSpelling(w);
        for (String[] rule : RULES) {
            String suffix = rule[0];
            if (w.endsWith(suffix)) {
                String base = w.substring(0, w.length() - suffix.length());
                if (base.length() >= MIN_STEM) {
                    w = base + rule[1];
                    break;
                }
            }
        }
        return tidy(w);
    }

    /** "mineralisation" and "mineralization" are the same word. */
    private static String americanSpelling(String w) {
        for (String[] pair : new String[][] {{"isation", "ization"}, {"isations", "izations"},
                {"ised", "ized"}, {"ising", "izing"}}) {
            if (w.endsWith(pair[0]) && w.length() - pair[0].length() >= MIN_STEM) {
                return w.substring(0, w.length() - pair[0].length()) + pair[1];
            }
        }
        return w;
    }

    /**
     * Evens out what suffix stripping leaves: "clott" (from "clotting") becomes "clot", and a final
     * "e" goes so that "fracture" and "fractured" meet at "fractur".
     */
    private static String tidy(String w) {
        int n = w.length();
        if (n > MIN_STEM && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w.charAt(n - 1))) {
            w = w.substring(0, n - 1);
        }
        if (w.length() > MIN_STEM && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
