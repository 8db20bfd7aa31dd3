package dev.gloss.core.glossary;

import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TextUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A section's prose as the automatic glossary reads it: the section's plain text with code
 * (blocks, inline code and mathematics) blanked out, so that offsets are those of
 * {@code Section.plainText()}, cut into words that know what they are. Code-like words
 * ({@code fs.readFile}, {@code NODE_ENV}, {@code --save}, {@code camelCase}), numbers, versions,
 * timestamps and markup remnants are {@link Kind#BREAK}s: they are never part of a term and a
 * term never runs across them, nor across punctuation or a line break.
 */
final class TermText {

    enum Kind {
        /** A word of letters, perhaps with hyphens or an apostrophe. */
        WORD,
        /** Two or more capitals, perhaps with digits and a plural s: "API", "CNS", "HTTP2", "APIs". */
        ABBREVIATION,
        /** Letters with digits that name something: "K2", "MK-7", "Gas6". */
        NAME_WITH_DIGITS,
        /** Anything else: code, numbers, versions, timestamps, markup; a term never spans one. */
        BREAK
    }

    /**
     * A word of the prose: offsets into the text, the word as written, in lower case, its key (the
     * stems of its parts, as {@link Tokens#key} makes them), whether it starts a sentence, whether
     * a term may go on past it to the next word, and whether it stands in an emphasised or linked run.
     */
    record Word(int start, int end, String text, String lower, String key, Kind kind, boolean sentenceStart,
                boolean continues) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /** Markers and markup that turn up as words where a page was not read perfectly. */
    static final Set<String> MARKUP = Set.of("note", "tip", "important", "warning", "caution", "info", "danger",
            "todo", "fixme", "xxx", "nbsp", "amp", "quot", "lt", "gt", "div", "span", "href", "src", "img", "br",
            "px", "em", "li", "ul", "ol", "td", "tr", "th", "tbody", "thead", "endif", "endfor", "endblock",
            "shortcode", "toc", "png", "jpg", "jpeg", "gif", "svg");

    private static final String OPENERS = "([{\"'“‘«<*_`";
    private static final String CLOSERS = ")]}\"'”’»>*_`";
    private static final int MAX_WORD = 40;

    final String text;
    final List<Word> words;

    private TermText(String text, List<Word> words) {
        this.text = text;
        this.words = words;
    }

    /**
     * The section's prose and its words. Code (blocks and inline) is handed to {@code code} word
     * by word, in lower case, so the caller can tell which words belong to code.
     */
    static TermText of(Section section, KeyCache keys, Consumer<String> code) {
        StringBuilder sb = new StringBuilder();
        List<TextUnit> units = section.units();
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (i > 0) {
                sb.append(u.separator());
            }
            for (Run r : u.runs()) {
                String t = r.text();
                if (u.isProse() && !r.has(Run.Mark.CODE)) {
                    sb.append(t);
                } else {
                    codeWords(t, code);
                    for (int k = 0; k < t.length(); k++) {
                        sb.append(t.charAt(k) == '\n' ? '\n' : ' ');
                    }
                }
            }
        }
        String text = sb.toString();
        return new TermText(text, split(text, keys));
    }

    /** A heading's words, as a sentence of their own. */
    static TermText ofTitle(String title, KeyCache keys) {
        return new TermText(title, split(title, keys));
    }

    private static void codeWords(String t, Consumer<String> code) {
        int i = 0;
        while (i < t.length()) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            if (i - s <= MAX_WORD) {
                code.accept(t.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The keys of words, kept while one thread reads many sections: the same words come back all the time. */
    static final class KeyCache {
        private final java.util.HashMap<String, String> keys = new java.util.HashMap<>();

        String key(String word) {
            if (keys.size() > 200_000) {
                keys.clear();
            }
            return keys.computeIfAbsent(word, Tokens::key);
        }
    }

    static List<Word> split(String text, KeyCache keys) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' || c == '\t') {
                    sentenceStart = true;
                    stopBefore(words);
                }
                i++;
                continue;
            }
            int chunkStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int chunkEnd = i;
            int s = chunkStart;
            int e = chunkEnd;
            boolean opened = false;
            while (s < e && OPENERS.indexOf(text.charAt(s)) >= 0) {
                s++;
                opened = true;
            }
            boolean stop = false;
            boolean endsSentence = false;
            while (e > s) {
                char last = text.charAt(e - 1);
                if (CLOSERS.indexOf(last) >= 0) {
                    e--;
                    stop = true;
                } else if (".,;:!?…".indexOf(last) >= 0) {
                    e--;
                    stop = true;
                    endsSentence |= last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
                } else {
                    break;
                }
            }
            if (opened) {
                stopBefore(words);
            }
            if (s >= e) {
                stopBefore(words);
                sentenceStart |= endsSentence;
                continue;
            }
            String w = text.substring(s, e);
            String possessiveFree = stripPossessive(w);
            Kind kind = kindOf(possessiveFree);
            String lower = w.toLowerCase(Locale.ROOT);
            if (kind == Kind.WORD && MARKUP.contains(lower)) {
                kind = Kind.BREAK;
            }
            if (e < n && text.charAt(e) == ':' && (s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '\t')) {
                // A label at a line's start ("Filename:", "Type:"), not prose.
                kind = Kind.BREAK;
            }
            if (kind == Kind.BREAK) {
                stopBefore(words);
                words.add(new Word(s, e, w, lower, "", kind, sentenceStart, false));
            } else {
                words.add(new Word(s, e, w, lower, keys.key(possessiveFree), kind, sentenceStart, !stop));
            }
            sentenceStart = endsSentence;
        }
        return words;
    }

    /** The word before may not run on into the next. */
    private static void stopBefore(List<Word> words) {
        if (!words.isEmpty()) {
            Word last = words.get(words.size() - 1);
            if (last.continues()) {
                words.set(words.size() - 1, new Word(last.start(), last.end(), last.text(), last.lower(), last.key(),
                        last.kind(), last.sentenceStart(), false));
            }
        }
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s'") || w.endsWith("s’")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static Kind kindOf(String w) {
        int n = w.length();
        if (n == 0 || n > MAX_WORD || !Character.isLetter(w.charAt(0))) {
            return Kind.BREAK;
        }
        int upper = 0;
        int lower = 0;
        int digits = 0;
        boolean innerCapital = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && Character.isLowerCase(w.charAt(i - 1)) && Character.isLowerCase(w.charAt(0))) {
                        innerCapital = true;
                    }
                } else {
                    lower++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c == '-' || c == '‐' || c == '‑') {
                if (i == 0 || i == n - 1 || !Character.isLetterOrDigit(w.charAt(i - 1))) {
                    return Kind.BREAK;
                }
            } else {
                // Dots, slashes, underscores, brackets, equals, @, $...: code, paths, addresses.
                return Kind.BREAK;
            }
        }
        if (innerCapital) {
            return Kind.BREAK;
        }
        if (digits > 0) {
            return nameWithDigits(w, upper, lower, digits) ? Kind.NAME_WITH_DIGITS : Kind.BREAK;
        }
        if (upper >= 2 && (lower == 0 || lower == 1 && w.endsWith("s") && upper >= 2 && n <= 9)) {
            return n - lower <= 8 && w.indexOf('-') < 0 ? Kind.ABBREVIATION : Kind.BREAK;
        }
        if (upper > 1 && lower > 0 && Character.isUpperCase(w.charAt(0))) {
            // "JavaScript", "GitHub", "McDonald": a name as written.
            return Kind.WORD;
        }
        return Kind.WORD;
    }

    /**
     * "K2", "MK-7", "Gas6", "ES2015" name things; "v1", "h2", "x86_64", "a1b2c3", "3rd" and long
     * runs of digits do not.
     */
    private static boolean nameWithDigits(String w, int upper, int lower, int digits) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.matches("v\\d.*|h[1-6]|[a-f0-9]{5,}|.*\\d[a-z]+\\d.*")) {
            return false;
        }
        if (digits > 4 || w.length() > 10) {
            return false;
        }
        int letters = upper + lower;
        return upper > 0 || letters >= 3;
    }
}
