package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.TitleKind;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from plain text, as saved or copied from a web page: the first line is the
 * title, short lines followed by body text are headings, "Q:" lines are question headings,
 * bulleted and numbered lists are kept, and site chrome is removed.
 */
public final class PlainTextImporter {

    private static final int MAX_HEADING_LENGTH = 90;
    private static final int MAX_HEADING_WORDS = 12;
    private static final Pattern ITEM_LABEL = Pattern.compile("^([\\p{Lu}\\p{N}][^:.!?]{0,50}?:)(\\s+\\S.*)$");
    private static final int MAX_LABEL_WORDS = 6;

    private PlainTextImporter() {
    }

    /** Parses {@code text}; the article id is the slug of its title. */
    public static Article parse(String text, Article.Origin origin) throws ImportException {
        return parse(text, null, origin);
    }

    /** Parses {@code text} into an article with the given id, or the slug of its title when null. */
    public static Article parse(String text, String articleId, Article.Origin origin) throws ImportException {
        ArticleAssembler assembler = read(text, articleId, origin);
        // The lines are gone by now: a file of two million short lines does not hold them while it is divided.
        return assembler.build();
    }

    /**
     * Reads the lines into blocks and headings. The lines are offsets into the text and each is
     * classified as it is read, so that what stays in memory is the text and the blocks.
     */
    private static ArticleAssembler read(String text, String articleId, Article.Origin origin) throws ImportException {
        TextLines lines = TextLines.of(TextRepair.normalizeLines(text));
        ChromeFilter.Result chrome = ChromeFilter.filter(lines);
        int titleAt = firstNonBlank(lines, chrome.from(), chrome.to());
        if (titleAt < 0) {
            throw new ImportException("The file has no text to read.");
        }
        String title = TextRepair.squeeze(SourceLine.of(lines.get(titleAt)).text());
        // The title repeated among the first lines of the body (as a page's heading under its title) is left out.
        int[] repeats = new int[3];
        int repeated = 0;
        int checked = 0;
        for (int i = titleAt + 1; i < chrome.to() && checked < 3; i++) {
            if (!lines.isBlank(i)) {
                checked++;
                if (TextRepair.squeeze(SourceLine.of(lines.get(i)).text()).equalsIgnoreCase(title)) {
                    repeats[repeated++] = i;
                }
            }
        }
        List<SourceLine> body = new BodyLines(lines, titleAt + 1, chrome.to(), Arrays.copyOf(repeats, repeated));
        if (body.stream().allMatch(l -> l.kind() == SourceLine.Kind.BLANK) && !looksLikeHeading(title)) {
            // One paragraph of prose and nothing else: it is the text, and its opening words the title.
            body = List.of(SourceLine.of(lines.get(titleAt)));
            title = Titles.shorten(title);
        }
        String id = articleId != null ? articleId : Slugs.slug(title);
        ArticleAssembler assembler = new ArticleAssembler(id, title, origin);
        // A paragraph of one line is held as that part of the text, which the article then keeps:
        // never more than the file's own size, and for a file of a million one-line paragraphs far
        // less than a million strings. Lines joined into a paragraph make a string of their own.
        new BodyReader(body, assembler, isHardWrapped(body), body instanceof BodyLines b ? b : null).read();
        return assembler;
    }

    private static int firstNonBlank(TextLines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The body's lines, {@code from} to {@code to} of the text's without the ones left out, each
     * classified when it is asked for: a view, never a list of millions of records.
     */
    private static final class BodyLines extends AbstractList<SourceLine> implements RandomAccess {
        private final TextLines lines;
        private final int from;
        private final int size;
        /** The lines left out, in order. */
        private final int[] skipped;

        BodyLines(TextLines lines, int from, int to, int[] skipped) {
            this.lines = lines;
            this.from = from;
            this.size = Math.max(0, to - from - skipped.length);
            this.skipped = skipped;
        }

        /** The line last asked for: a heading looks ahead at the next line, which is then read. */
        private int lastIndex = -1;
        private SourceLine last;

        @Override
        public SourceLine get(int index) {
            java.util.Objects.checkIndex(index, size);
            if (index == lastIndex) {
                return last;
            }
            int line = lineOf(index);
            last = lines.isBlank(line) ? SourceLine.of("") : SourceLine.of(lines.get(line));
            lastIndex = index;
            return last;
        }

        private int lineOf(int index) {
            int line = from + index;
            for (int s : skipped) {
                if (s <= line) {
                    line++;
                }
            }
            return line;
        }

        /**
         * A paragraph of {@code text}, the text of body line {@code index} as it stands there, held
         * as that part of the whole text; a paragraph of its own string if it does not stand so.
         */
        Paragraph paragraph(int index, String text) {
            int line = lineOf(index);
            String all = lines.text();
            int start = lines.start(line);
            int end = lines.end(line);
            while (start < end && Character.isWhitespace(all.charAt(start))) {
                start++;
            }
            return end - start >= text.length() && all.startsWith(text, start)
                    ? Paragraph.ofPart(all, start, start + text.length()) : Paragraph.of(text);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Text wrapped at a fixed width joins its lines into paragraphs; otherwise a line is a paragraph. */
    private static boolean isHardWrapped(List<SourceLine> lines) {
        int[] lengths = lines.stream().filter(l -> l.kind() == SourceLine.Kind.TEXT)
                .mapToInt(l -> l.text().length()).sorted().toArray();
        if (lengths.length < 4) {
            return false;
        }
        int p90 = lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length % 10 == 0 ? 1 : 0)];
        return p90 <= 100;
    }

    /** Walks the body lines once, emitting headings and blocks. */
    private static final class BodyReader {
        private final List<SourceLine> lines;
        private final ArticleAssembler out;
        private final boolean hardWrapped;
        /** The paragraph being read: its first line, and a builder only once a second line joins it. */
        private String paragraph;
        private StringBuilder joined;
        private List<StringBuilder> listItems;
        private SourceLine.Kind listKind;
        private int listStart;
        private int listIndent;
        private boolean blankSince;

        /** Where paragraphs are made as parts of the text, or null to make them strings of their own. */
        private final BodyLines parts;
        /** The body line the paragraph being read starts at. */
        private int paragraphAt;

        BodyReader(List<SourceLine> lines, ArticleAssembler out, boolean hardWrapped, BodyLines parts) {
            this.lines = lines;
            this.out = out;
            this.hardWrapped = hardWrapped;
            this.parts = parts;
        }

        void read() {
            for (int i = 0; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                switch (line.kind()) {
                    case BLANK -> {
                        flushParagraph();
                        blankSince = true;
                    }
                    case QUESTION -> {
                        flushAll();
                        out.heading(TextRepair.squeeze(line.text()), TitleKind.QUESTION);
                    }
                    case BULLET, NUMBERED -> listItem(line);
                    case TEXT -> text(line, i);
                }
                if (line.kind() != SourceLine.Kind.BLANK) {
                    blankSince = false;
                }
            }
            flushAll();
        }

        private void listItem(SourceLine line) {
            flushParagraph();
            if (listItems != null && listKind != line.kind()) {
                flushList();
            }
            if (listItems == null) {
                listItems = new ArrayList<>();
                listKind = line.kind();
                listStart = line.kind() == SourceLine.Kind.NUMBERED ? line.number() : 1;
                listIndent = line.indent();
            }
            listItems.add(new StringBuilder(line.text()));
        }

        private void text(SourceLine line, int index) {
            if (listItems != null && !blankSince && line.indent() > listIndent) {
                listItems.get(listItems.size() - 1).append(' ').append(line.text());
                return;
            }
            if (isHeading(line, index)) {
                flushAll();
                out.heading(TextRepair.squeeze(line.text()), TitleKind.HEADING);
                return;
            }
            flushList();
            if (paragraph != null && hardWrapped && !blankSince) {
                if (joined == null) {
                    joined = new StringBuilder(paragraph);
                }
                joined.append(' ').append(line.text());
                return;
            }
            flushParagraph();
            paragraph = line.text();
            paragraphAt = index;
        }

        /** A short line without a closing period, followed by body text. */
        private boolean isHeading(SourceLine line, int index) {
            if (!looksLikeHeading(line.text())) {
                return false;
            }
            if (paragraph != null && hardWrapped && !blankSince) {
                return false;
            }
            SourceLine next = nextNonBlank(index + 1);
            if (next == null) {
                return false;
            }
            if (next.isListItem()) {
                return true;
            }
            return next.kind() == SourceLine.Kind.TEXT && !looksLikeHeading(next.text());
        }

        private SourceLine nextNonBlank(int from) {
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).kind() != SourceLine.Kind.BLANK) {
                    return lines.get(i);
                }
            }
            return null;
        }

        private void flushAll() {
            flushParagraph();
            flushList();
        }

        private void flushParagraph() {
            if (paragraph != null) {
                String text = clean(joined != null ? joined.toString() : paragraph);
                // A line that needed no mending is the paragraph as it stands in the text.
                out.block(parts != null && joined == null && text.equals(paragraph)
                        ? parts.paragraph(paragraphAt, text) : Paragraph.of(text));
                paragraph = null;
                joined = null;
            }
        }

        private void flushList() {
            if (listItems == null) {
                return;
            }
            List<ListItem> items = new ArrayList<>();
            for (StringBuilder item : listItems) {
                items.add(new ListItem(labelled(clean(item.toString()))));
            }
            out.block(new ListBlock(listKind == SourceLine.Kind.NUMBERED, listStart, items));
            listItems = null;
        }
    }

    static boolean looksLikeHeading(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH || words(t) > MAX_HEADING_WORDS) {
            return false;
        }
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        boolean startsWell = Character.isUpperCase(first) || Character.isDigit(first) || "“\"'‘".indexOf(first) >= 0;
        return startsWell && ".,;:!…".indexOf(last) < 0 && hasLetter(t);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many pieces {@code split("\\s+")} cuts a stripped text into, counted without a pattern. */
    private static int words(String stripped) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** "Bone Health: Vitamin K2 ..." keeps "Bone Health:" as a strong run of its own. */
    static List<Run> labelled(String item) {
        Matcher m = ITEM_LABEL.matcher(item);
        if (m.matches() && m.group(1).split("\\s+").length <= MAX_LABEL_WORDS
                && !m.group(1).toLowerCase(Locale.ROOT).startsWith("http")) {
            return List.of(Run.strong(m.group(1)), Run.plain(m.group(2)));
        }
        return List.of(Run.plain(item));
    }

    private static String clean(String text) {
        return TextRepair.repairSpacing(TextRepair.squeeze(text));
    }
}
