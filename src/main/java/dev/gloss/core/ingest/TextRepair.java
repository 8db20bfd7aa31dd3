package dev.gloss.core.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mends what copying text from web pages breaks, without touching abbreviations or numbers. */
public final class TextRepair {
    /**
     * A sentence end glued to the next sentence: a word of two or more letters, or a name ending in
     * a digit such as "MK-7", then a period, then a capitalised word ("the body.One of", "MK-7.MK-4").
     */
    private static final Pattern GLUED_SENTENCE =
            Pattern.compile("(?:^|(?<=[\\s(“\"]))([\\p{L}\\p{N}\\-’']{2,})([.!?])(?=\\p{Lu}[\\p{Ll}\\p{Lu}])");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "no", "fig", "approx", "cf", "al",
            "jr", "sr", "inc", "ltd", "co", "vol", "pp", "ed", "u.s", "u.k");

    private TextRepair() {
    }

    /** Strips a byte-order mark, unifies line ends, turns tabs and odd spaces into plain spaces. */
    public static String normalizeLines(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = s.replace('\t', ' ').replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ');
        if (s.indexOf('\u200B') >= 0 || s.indexOf('\u200C') >= 0 || s.indexOf('\u200D') >= 0 || s.indexOf('\u2060') >= 0) {
            s = ZERO_WIDTH.matcher(s).replaceAll("");
        }
        return s;
    }

    /** Inserts the missing space after a sentence end, leaving "e.g.", "3.5" and "U.S." alone. */
    public static String repairSpacing(String line) {
        if (!mayBeGlued(line)) {
            return line;
        }
        Matcher m = GLUED_SENTENCE.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 8);
        int last = 0;
        while (m.find()) {
            String word = m.group(1);
            if (isAbbreviation(word) || word.contains(".")) {
                continue;
            }
            out.append(line, last, m.end());
            out.append(' ');
            last = m.end();
        }
        out.append(line, last, line.length());
        return out.toString();
    }

    /** Whether a sentence end runs straight into a capital, as every glued sentence does: most lines are let through unread by the pattern. */
    private static boolean mayBeGlued(String line) {
        for (int i = 0, n = line.length(); ; ) {
            int at = firstEnd(line, i);
            if (at < 0 || at + 1 >= n) {
                return false;
            }
            if (Character.isUpperCase(line.codePointAt(at + 1))) {
                return true;
            }
            i = at + 1;
        }
    }

    /** The first '.', '!' or '?' at or after {@code from}; -1 when there is none. */
    private static int firstEnd(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAbbreviation(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replaceAll("^[’'\\-]+", "");
        return ABBREVIATIONS.contains(lower) || !lower.matches(".*\\p{L}.*");
    }

    /** Collapses runs of spaces and trims. */
    public static String squeeze(String text) {
        return text.indexOf("  ") < 0 ? text.strip() : SPACES.matcher(text).replaceAll(" ").strip();
    }
}
