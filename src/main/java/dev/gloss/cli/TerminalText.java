package dev.gloss.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so that text from articles, notes and
 * file names cannot drive the terminal: control characters (C0 but line feed and tab, DEL, C1),
 * which can retitle a window or move the cursor, become visible marks ("␛" for ESC, U+FFFD for
 * the others), and bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * reorder what follows them, are shown as U+FFFD too.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    /** A printer that neutralises what it prints, flushing on each line as the given one may. */
    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /** The text as it is safe to print. */
    static String neutralise(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char safe = safe(c, i + 1 < text.length() ? text.charAt(i + 1) : 0);
            if (safe != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(safe);
            }
        }
        return sb == null ? text : sb.toString();
    }

    static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static char safe(char c, char next) {
        if (!isUnsafe(c)) {
            return c;
        }
        if (c == '\r' && next == '\n' && System.lineSeparator().equals("\r\n")) {
            return c;
        }
        if (c == 0x1B) {
            return '\u241B';
        }
        return '\uFFFD';
    }

    @Override
    public void write(int c) throws IOException {
        out.write(safe((char) c, '\n'));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(neutralise(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(neutralise(str.substring(off, off + len)));
    }
}
