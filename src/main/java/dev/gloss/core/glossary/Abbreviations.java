package dev.gloss.core.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * Abbreviations defined in the text, found as Schwartz and Hearst describe ("A simple algorithm
 * for identifying abbreviation definitions in biomedical text", PSB 2003): in "long form (SF)" or
 * "SF (long form)", the long form is the shortest run of words before the parenthesis, at most
 * min(|SF| + 5, 2|SF|) words, in which every letter and digit of the short form can be found in
 * order, reading both from the end, with the short form's first character starting a word.
 */
final class Abbreviations {

    /** A short form, its long form, and where the long form starts and the pair ends in the text. */
    record Pair(String shortForm, String longForm, int longStart, int end) {
    }

    private static final int MAX_SHORT_LENGTH = 10;

    private Abbreviations() {
    }

    /** Every definition of an abbreviation in the text, in text order. */
    static List<Pair> find(String text) {
        List<Pair> pairs = new ArrayList<>();
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = closing(text, open);
            if (close < 0) {
                open = text.indexOf('(', open + 1);
                continue;
            }
            String inside = text.substring(open + 1, close);
            int cut = firstOf(inside, ";,");
            String shortForm = (cut >= 0 ? inside.substring(0, cut) : inside).strip();
            Pair pair = null;
            if (isShortForm(shortForm)) {
                pair = longFormBefore(text, open, shortForm, close + 1);
            } else if (words(inside.strip()) <= 6) {
                // "SF (long form)": the word just before the parenthesis is the short form.
                int wordEnd = open;
                while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                    wordEnd--;
                }
                int wordStart = wordEnd;
                while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String sf = text.substring(wordStart, wordEnd);
                String lf = inside.strip();
                if (isShortForm(sf) && best(sf, lf) != null && best(sf, lf).equals(lf)) {
                    pair = new Pair(sf, lf, wordStart, close + 1);
                }
            }
            if (pair != null) {
                pairs.add(pair);
            }
            open = text.indexOf('(', close + 1);
        }
        return pairs;
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i < open + 200; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Two to ten characters, at most two words, beginning with a letter or digit, with a capital. */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > MAX_SHORT_LENGTH || words(s) > 2 || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        boolean letter = false;
        boolean capital = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letter |= Character.isLetter(c);
            capital |= Character.isUpperCase(c);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != ' ') {
                return false;
            }
        }
        return letter && capital;
    }

    private static Pair longFormBefore(String text, int open, String shortForm, int end) {
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        // The words before the parenthesis, back to the sentence's start or a punctuation mark.
        int start = open;
        int words = 0;
        boolean inWord = false;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (".!?;:\n\t()[]\"“”".indexOf(c) >= 0 || c == ',' && words > 0) {
                break;
            }
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words++;
                    inWord = false;
                    if (words >= maxWords) {
                        break;
                    }
                }
            } else {
                inWord = true;
            }
            start--;
        }
        String candidate = text.substring(start, open).strip();
        int offset = text.indexOf(candidate, start);
        String lf = best(shortForm, candidate);
        if (lf == null || lf.length() <= shortForm.length() || words(lf) > maxWords
                || lf.toLowerCase().contains(" " + shortForm.toLowerCase() + " ")) {
            return null;
        }
        int lfStart = offset + candidate.length() - lf.length();
        return new Pair(shortForm, lf, lfStart, end);
    }

    /** Schwartz and Hearst's findBestLongForm: the shortest ending of {@code candidate} that the short form abbreviates. */
    static String best(String shortForm, String candidate) {
        int s = shortForm.length() - 1;
        int l = candidate.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && Character.toLowerCase(candidate.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        return candidate.substring(candidate.lastIndexOf(' ', l) + 1).strip();
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
