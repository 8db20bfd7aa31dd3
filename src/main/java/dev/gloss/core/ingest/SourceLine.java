package dev.gloss.core.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a plain-text article, classified by its shape. */
record SourceLine(Kind kind, String text, int number, int indent) {

    enum Kind { BLANK, TEXT, BULLET, NUMBERED, QUESTION }

    private static final Pattern BULLET = Pattern.compile("^\\s*[•\\-*·▪◦‣–]\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern QUESTION = Pattern.compile("^Q\\s*[:.]\\s*(\\S.*)$");

    static SourceLine of(String raw) {
        String line = raw.stripTrailing();
        int indent = line.length() - line.stripLeading().length();
        if (line.isBlank()) {
            return new SourceLine(Kind.BLANK, "", 0, 0);
        }
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
            return new SourceLine(Kind.NUMBERED, m.group(2).strip(), Integer.parseInt(m.group(1)), indent);
        }
        m = BULLET.matcher(line);
        if (m.matches()) {
            return new SourceLine(Kind.BULLET, m.group(1).strip(), 0, indent);
        }
        m = QUESTION.matcher(line.strip());
        if (m.matches()) {
            return new SourceLine(Kind.QUESTION, m.group(1).strip(), 0, indent);
        }
        return new SourceLine(Kind.TEXT, line.strip(), 0, indent);
    }

    boolean isListItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
