package dev.gloss.core.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a plain-text article, classified by its shape. */
record SourceLine(Kind kind, String text, int number, int indent) {

    enum Kind { BLANK, TEXT, BULLET, NUMBERED, QUESTION }

    /** Every blank line is the same: one record serves them all. */
    private static final SourceLine BLANK_LINE = new SourceLine(Kind.BLANK, "", 0, 0);
    private static final String BULLETS = "•-*·▪◦‣–";
    private static final Pattern BULLET = Pattern.compile("^\\s*[•\\-*·▪◦‣–]\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern QUESTION = Pattern.compile("^Q\\s*[:.]\\s*(\\S.*)$");

    static SourceLine of(String raw) {
        String line = raw.stripTrailing();
        int indent = line.length() - line.stripLeading().length();
        if (line.isBlank()) {
            return BLANK_LINE;
        }
        String stripped = line.strip();
        // Each pattern starts with a character of its own: most lines are told apart by their first.
        char first = firstAfterSpaces(line);
        if (first >= '0' && first <= '9') {
            Matcher m = NUMBERED.matcher(line);
            if (m.matches()) {
                return new SourceLine(Kind.NUMBERED, m.group(2).strip(), Integer.parseInt(m.group(1)), indent);
            }
        }
        if (BULLETS.indexOf(first) >= 0) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                return new SourceLine(Kind.BULLET, m.group(1).strip(), 0, indent);
            }
        }
        if (stripped.startsWith("Q")) {
            Matcher m = QUESTION.matcher(stripped);
            if (m.matches()) {
                return new SourceLine(Kind.QUESTION, m.group(1).strip(), 0, indent);
            }
        }
        return new SourceLine(Kind.TEXT, stripped, 0, indent);
    }

    /** The first character that {@code \s*} does not take; 0 for none. */
    private static char firstAfterSpaces(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    boolean isListItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
