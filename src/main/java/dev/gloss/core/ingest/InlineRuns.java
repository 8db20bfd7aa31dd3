package dev.gloss.core.ingest;

import dev.gloss.core.model.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers the inline text of one paragraph, heading or list item as styled runs, the way a
 * browser lays it out: any stretch of white space becomes one space, none at the start or end,
 * and neighbouring text of one look makes one run. The space between two runs of different looks
 * is plain, so that emphasis covers the words only. A line break asked for ({@link #lineBreak()})
 * is kept as a run of {@code "\n"}; inline code keeps its spaces as they are.
 */
final class InlineRuns {
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private Set<Run.Mark> pendingMarks = Set.of();
    private String pendingLink;
    private boolean spaceWanted;
    private boolean hasText;

    void append(String text, Run.Mark... marks) {
        append(text, marks.length == 0 ? Set.of() : Set.of(marks), null);
    }

    void append(String text, Set<Run.Mark> marks, String link) {
        Set<Run.Mark> look = marks == null ? Set.of() : marks;
        boolean verbatim = look.contains(Run.Mark.CODE);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && !(verbatim && c == ' ')) {
                spaceWanted = hasText;
            } else if (!isInvisible(c)) {
                if (spaceWanted && !endsWithBreak()) {
                    // Inside a run of one look the space is that look's; between runs it is plain.
                    boolean same = look.equals(pendingMarks) && Objects.equals(link, pendingLink);
                    put(' ', same ? look : Set.of(), same ? link : null);
                    spaceWanted = false;
                }
                spaceWanted = false;
                put(c, look, link);
                hasText = true;
            }
        }
    }

    /** A line break inside the paragraph: read as a space, since a paragraph is one flowing line. */
    void space() {
        spaceWanted = hasText;
    }

    /** A hard line break (HTML's br, Markdown's two spaces or backslash): kept, but never first or doubled. */
    void lineBreak() {
        if (!hasText) {
            return;
        }
        spaceWanted = false;
        if (pending.length() > 0 && pending.charAt(pending.length() - 1) == '\n') {
            return;
        }
        put('\n', Set.of(), null);
    }

    boolean isEmpty() {
        return !hasText;
    }

    /** The runs gathered so far; the builder is empty afterwards. A trailing line break is dropped. */
    List<Run> take() {
        flush();
        trimTrailingBreak();
        List<Run> result = List.copyOf(runs);
        runs.clear();
        spaceWanted = false;
        hasText = false;
        return result;
    }

    /** The text gathered so far, without styles, line breaks read as spaces; the builder is empty afterwards. */
    String takeText() {
        StringBuilder sb = new StringBuilder();
        for (Run run : take()) {
            sb.append(run.text());
        }
        return sb.toString().replace('\n', ' ');
    }

    private boolean endsWithBreak() {
        if (pending.length() > 0) {
            return pending.charAt(pending.length() - 1) == '\n';
        }
        return !runs.isEmpty() && runs.get(runs.size() - 1).text().endsWith("\n");
    }

    private void trimTrailingBreak() {
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            String t = last.text();
            int end = t.length();
            while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == ' ')) {
                end--;
            }
            if (end == t.length()) {
                return;
            }
            runs.remove(runs.size() - 1);
            if (end > 0) {
                runs.add(last.withText(t.substring(0, end)));
                return;
            }
        }
    }

    private void put(char c, Set<Run.Mark> marks, String link) {
        if ((!marks.equals(pendingMarks) || !Objects.equals(link, pendingLink)) && pending.length() > 0) {
            flush();
        }
        pendingMarks = marks;
        pendingLink = link;
        pending.append(c);
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        Run next = new Run(pending.toString(), pendingMarks, pendingLink);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).sameLook(next)) {
            Run last = runs.remove(runs.size() - 1);
            next = last.withText(last.text() + next.text());
        }
        runs.add(next);
        pending.setLength(0);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters that web pages use for line-break hints and tracking. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || Character.getType(c) == Character.CONTROL && c != '\n';
    }
}
