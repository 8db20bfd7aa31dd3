package dev.gloss.core.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens (runs of letters and digits) with their offsets, so that matching
 * works on whole words: "MGP" can never match inside another word.
 */
final class Tokens {

    /**
     * A word of the text. {@code joined} says whether it may continue a multi-word term begun by
     * the token before it: only spaces, hyphens and apostrophes lie between them ("gut-brain",
     * "gut brain", "Parkinson’s disease"), not a line break or punctuation.
     */
    record Token(int start, int end, String text, String stem, boolean joined) {
    }

    private static final int MAX_JOIN_GAP = 3;

    private Tokens() {
    }

    static List<Token> of(String text) {
        return of(text, true);
    }

    /** The tokens without their stems (null), for scans that look at the words as written. */
    static List<Token> words(String text) {
        return of(text, false);
    }

    private static List<Token> of(String text, boolean stems) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            boolean joined = previousEnd >= 0 && joins(text, previousEnd, start);
            tokens.add(new Token(start, i, word, stems ? Stemmer.stem(word) : null, joined));
            previousEnd = i;
        }
        return tokens;
    }

    /** The stems of a name, space-separated: the key under which a term or alias is matched and looked up. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (Token t : of(name)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.stem());
        }
        return sb.toString();
    }

    /**
     * A name as typed in a search field, folded for prefix, substring and typo comparison:
     * lower case, accents and apostrophes dropped, any other separator a single space.
     */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("[’'`]", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean joins(String text, int from, int to) {
        if (to - from > MAX_JOIN_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean allowed = c == ' ' || c == '\u00a0' || c == '-' || c == '\u2010' || c == '\u2011'
                    || c == '\'' || c == '\u2019';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
