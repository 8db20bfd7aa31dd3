package dev.gloss.core.ingest;

import dev.gloss.core.model.Callout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the syntax of site generators out of Markdown before it is parsed, line by line, aware of
 * fenced and indented code so that code showing template syntax keeps it: Hugo shortcodes, Liquid
 * and Jinja tags and expressions, MDX imports, exports and component tags, and HTML comments are
 * dropped (a paired tag's content is kept); code shortcodes and tags become fenced code; display
 * math becomes a fence of its own; admonitions ({@code :::note}, {@code !!! note}, callout
 * shortcodes) become block quotes opened by a marker that {@link MarkdownBlocks} reads as a callout.
 */
final class MarkdownPrepass {
    /** The info string of a fence that holds display math. */
    static final String MATH_INFO = "\uE000math";
    /** Opens a callout's quote: {@code [!\uE001n]}, n indexing {@link Prepared#callouts()}. */
    static final Pattern CALLOUT_MARKER = Pattern.compile("\\[!\uE001(\\d+)]");

    /** The Markdown to parse, the kind and title of each callout marker in it, and what the reader should be told. */
    record Prepared(String markdown, List<Spec> callouts, List<String> warnings) {
    }

    record Spec(Callout.Kind kind, String title) {
    }

    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])(.*?)([>%])}}");
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%}");
    private static final Pattern LIQUID_RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}");
    private static final Pattern LIQUID_ENDRAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern LIQUID_COMMENT_INLINE = Pattern.compile(
            "\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern LIQUID_ENDCOMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern LIQUID_ENDHIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(?![<%]).*?}}");
    private static final Pattern JINJA_COMMENT = Pattern.compile("\\{#.*?#}");
    private static final Pattern MDX_COMMENT = Pattern.compile("\\{/\\*.*?\\*/}");
    private static final Pattern JSX_TAG = Pattern.compile("</?[A-Z][\\w.]*(?:\\s[^<>]*)?/?>|</?>");
    private static final Pattern JSX_OPEN_UNFINISHED = Pattern.compile("^\\s*<[A-Z][\\w.]*(?:\\s[^>]*)?$");
    private static final Pattern MDX_IMPORT = Pattern.compile(
            "^import\\s+(?:[\\w*{}\\s,$]+\\s+from\\s+)?['\"][^'\"]+['\"];?\\s*$");
    private static final Pattern MDX_EXPORT = Pattern.compile("^export\\s+(?:const|let|var|function|default|async|class|\\{).*");
    private static final Pattern ADMONITION = Pattern.compile(
            "^\\s{0,3}(:{3,})\\s*(\\{[^}]*}|[A-Za-z][\\w-]*)\\s*(?:\\[(.*)])?\\s*(.*?)\\s*$");
    private static final Pattern ADMONITION_CLOSE = Pattern.compile("^\\s{0,3}(:{3,})\\s*$");
    private static final Pattern MKDOCS = Pattern.compile("^\\s{0,3}(?:!!!|\\?\\?\\?\\+?)\\s*([\\w-]+)(?:\\s+\"(.*)\")?.*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))|\"([^\"]*)\"|(\\S+)");
    private static final Pattern MATH_ONE_LINE = Pattern.compile("^\\s{0,3}\\$\\$(.+)\\$\\$\\s*$");
    private static final Set<String> CALLOUT_SHORTCODES = Set.of("alert", "callout", "notice", "admonition",
            "note", "tip", "warning", "info", "caution", "danger", "important", "hint", "attention", "notes",
            "tips", "warnings");
    private static final Set<String> GENERIC_CALLOUTS = Set.of("alert", "callout", "notice", "admonition");
    private static final Set<String> CODE_SHORTCODES = Set.of("highlight", "code-toggle", "code");
    /** Shortcodes that embed what Gloss cannot show, by the kind of thing they embed. */
    private static final Map<String, String> EMBEDS = Map.of("youtube", "Video", "vimeo", "Video",
            "tweet", "Post", "twitter", "Post", "x", "Post", "instagram", "Post", "gist", "Code");
    private static final Pattern TAB_ITEM = Pattern.compile("^\\s*<TabItem\\b([^<>]*)>\\s*$");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}:[ \t]+(\\S.*)$");
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_\\[\\]<>]");

    private final Deque<String> input = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();
    private final List<Spec> callouts = new ArrayList<>();
    private final Set<String> closedShortcodes;

    /** An open admonition or paired tag: whether its lines are quoted, and how it ends. */
    private record Container(boolean quoted, int colons, int indent, String shortcode, int totalIndent,
                             int quotedDepth) {
    }

    private final Deque<Container> containers = new ArrayDeque<>();
    private Fence fence;
    private Capture capture;
    private boolean inRaw;
    private boolean inHtmlComment;
    private boolean inLiquidComment;
    private boolean inJsxTag;
    private int exportDepth;
    private boolean inIndentedCode;
    private boolean previousBlank = true;
    private boolean inList;
    /** Whether a value from the site's configuration was left out. */
    private boolean configValues;
    /** The last line emitted (null after code), where it starts in the output, and whether a blank came before it. */
    private String lastLine;
    private int lastStart;
    private boolean blankBeforeLast = true;
    private boolean lastWasDefinition;

    private record Fence(char character, int length) {
    }

    /** Lines gathered for code: until {@code end} matches; {@code language} null to guess config. */
    private static final class Capture {
        final Pattern end;
        final String language;
        final boolean math;
        final boolean guess;
        final List<String> lines = new ArrayList<>();
        final List<String> raw = new ArrayList<>();

        Capture(Pattern end, String language, boolean math, boolean guess) {
            this.end = end;
            this.language = language;
            this.math = math;
            this.guess = guess;
        }
    }

    private MarkdownPrepass(String text) {
        for (String line : text.split("\n", -1)) {
            input.add(line);
        }
        closedShortcodes = new HashSet<>();
        Matcher m = SHORTCODE.matcher(text);
        while (m.find()) {
            String inner = m.group(2).strip();
            if (inner.startsWith("/") && !inner.startsWith("/*")) {
                closedShortcodes.add(firstWord(inner.substring(1)));
            }
        }
    }

    static Prepared prepare(String text) {
        MarkdownPrepass p = new MarkdownPrepass(text);
        p.run();
        List<String> warnings = p.configValues
                ? List.of("Values the site's configuration gives (such as {{< param >}}) are not known outside"
                        + " the site and were left out of the text.")
                : List.of();
        return new Prepared(p.out.toString(), List.copyOf(p.callouts), warnings);
    }

    private void run() {
        while (!input.isEmpty()) {
            line(input.poll());
        }
        if (capture != null) {
            endCapture();
        }
    }

    private void line(String raw) {
        if (!raw.isBlank()) {
            while (!containers.isEmpty() && containers.peek().indent() > 0 && indentOf(raw) < mkdocsIndent()) {
                close();
            }
        }
        String line = dedent(raw, mkdocsIndent());
        if (capture != null) {
            captureLine(raw, line);
            return;
        }
        if (fence != null) {
            fencedLine(line);
            return;
        }
        if (inRaw) {
            rawLine(line);
            return;
        }
        if (inLiquidComment) {
            Matcher m = LIQUID_ENDCOMMENT.matcher(line);
            if (m.find()) {
                inLiquidComment = false;
                pushBack(line.substring(m.end()));
            }
            return;
        }
        if (inHtmlComment) {
            int end = line.indexOf("-->");
            if (end >= 0) {
                inHtmlComment = false;
                pushBack(line.substring(end + 3));
            }
            return;
        }
        if (inJsxTag) {
            if (line.contains(">")) {
                inJsxTag = false;
            }
            return;
        }
        if (exportDepth > 0) {
            exportDepth += balance(line);
            return;
        }
        if (line.isBlank()) {
            emit("");
            return;
        }
        int indent = indentOf(line);
        if (inIndentedCode && indent >= 4) {
            emitCode(line);
            return;
        }
        inIndentedCode = false;
        if (indent >= 4 && previousBlank && !inList) {
            inIndentedCode = true;
            emitCode(line);
            return;
        }
        if (openFence(line)) {
            return;
        }
        if (definition(line)) {
            return;
        }
        if (blockSyntax(line)) {
            return;
        }
        String stripped = strip(line);
        if (stripped.isBlank()) {
            // A line of tags only: a break, so that what was around them does not run together.
            emit("");
            return;
        }
        emit(stripped);
    }

    /**
     * A definition ({@code : text} under a one-line paragraph, as PHP Markdown Extra and Pandoc write
     * them): the term above becomes a strong paragraph and the definition a paragraph of its own.
     */
    private boolean definition(String line) {
        Matcher d = DEFINITION.matcher(line);
        if (!d.matches() || lastLine == null || lastLine.isBlank()) {
            return false;
        }
        if (!lastWasDefinition) {
            String term = lastLine.strip();
            if (!blankBeforeLast || term.startsWith("#") || term.startsWith(">") || term.startsWith("|")
                    || term.startsWith("<") || term.startsWith(":") || LIST_MARKER.matcher(term).find()
                    || term.length() > 200) {
                return false;
            }
            out.setLength(lastStart);
            previousBlankBefore = true;
            emit("**" + term + "**");
        }
        emit("");
        emit(strip(d.group(1)));
        lastWasDefinition = true;
        return true;
    }

    /** A fence opens: code until it closes, untouched but for Liquid's raw tags (Jekyll removes those first). */
    private boolean openFence(String line) {
        String bare = withoutQuoteMarks(line);
        Matcher m = FENCE.matcher(bare);
        if (!m.matches() || m.group(2).charAt(0) == '`' && m.group(3).contains("`")) {
            return false;
        }
        fence = new Fence(m.group(2).charAt(0), m.group(2).length());
        emitCode(line);
        return true;
    }

    private void fencedLine(String line) {
        String bare = withoutQuoteMarks(line);
        Matcher m = FENCE.matcher(bare);
        if (m.matches() && m.group(2).charAt(0) == fence.character() && m.group(2).length() >= fence.length()
                && m.group(3).isBlank()) {
            fence = null;
            emitCode(line);
            return;
        }
        String s = line.strip();
        if (LIQUID_RAW.matcher(s).matches() || LIQUID_ENDRAW.matcher(s).matches()) {
            return;
        }
        emitCode(LIQUID_ENDRAW.matcher(LIQUID_RAW.matcher(line).replaceAll("")).replaceAll(""));
    }

    private void rawLine(String line) {
        Matcher m = LIQUID_ENDRAW.matcher(line);
        if (!m.find()) {
            emitCode(line);
            return;
        }
        inRaw = false;
        String before = line.substring(0, m.start());
        String after = line.substring(m.end());
        if (!before.isBlank()) {
            emitCode(before);
        }
        pushBack(after);
    }

    private void captureLine(String raw, String line) {
        Matcher m = capture.end.matcher(line);
        if (m.find()) {
            String before = line.substring(0, m.start());
            if (!before.isBlank()) {
                capture.lines.add(before);
                capture.raw.add(before);
            }
            endCapture();
            pushBack(line.substring(m.end()));
            return;
        }
        capture.lines.add(line);
        capture.raw.add(raw);
    }

    private void endCapture() {
        Capture c = capture;
        capture = null;
        String language = c.language;
        if (c.guess) {
            String firstLine = c.lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
            if (FENCE.matcher(firstLine.strip()).matches() || c.lines.stream().allMatch(String::isBlank)) {
                // Markdown inside (a fenced block of config, tabs of text): read it as Markdown.
                for (int i = c.raw.size() - 1; i >= 0; i--) {
                    input.push(c.raw.get(i));
                }
                return;
            }
            language = guessConfig(c.lines);
        }
        int longest = 2;
        for (String l : c.lines) {
            Matcher run = Pattern.compile("`+").matcher(l);
            while (run.find()) {
                longest = Math.max(longest, run.group().length());
            }
        }
        String marks = "`".repeat(longest + 1);
        emit("");
        emit(marks + (c.math ? MATH_INFO : language == null ? "" : language));
        for (String l : c.lines) {
            emit(l);
        }
        emit(marks);
        emit("");
        previousBlank = true;
    }

    private static String guessConfig(List<String> lines) {
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("{") || s.startsWith("[") && !s.matches("\\[[\\w.\"-]+]")) {
                return "json";
            }
            if (s.matches("\\[[\\w.\"-]+]") || s.matches("[\\w.\"-]+\\s*=.*")) {
                return "toml";
            }
            if (s.matches("[\\w.\"-]+\\s*:.*") || s.startsWith("- ")) {
                return "yaml";
            }
        }
        return null;
    }

    /** Lines that are syntax of their own: math, admonitions, code and callout tags, imports. */
    private boolean blockSyntax(String line) {
        String s = line.strip();
        if (s.equals("$$")) {
            capture = new Capture(Pattern.compile("^\\s*\\$\\$\\s*$"), null, true, false);
            return true;
        }
        Matcher math = MATH_ONE_LINE.matcher(line);
        if (math.matches() && !math.group(1).isBlank()) {
            capture = new Capture(Pattern.compile("$^"), null, true, false);
            capture.lines.add(math.group(1).strip());
            endCapture();
            return true;
        }
        Matcher close = ADMONITION_CLOSE.matcher(line);
        if (close.matches()) {
            closeColons(close.group(1).length());
            return true;
        }
        Matcher adm = ADMONITION.matcher(line);
        if (adm.matches()) {
            String name = adm.group(2).replaceAll("[{}.]", " ").strip();
            name = firstWord(name);
            String title = adm.group(3) != null ? adm.group(3) : adm.group(4);
            open(Callout.Kind.of(name), title, adm.group(1).length(), 0, null);
            return true;
        }
        Matcher mk = MKDOCS.matcher(line);
        if (mk.matches()) {
            Callout.Kind kind = Callout.Kind.of(mk.group(1)).orElse(Callout.Kind.NOTE);
            open(Optional.of(kind), mk.group(2), 0, mkdocsIndent() + 4, null);
            return true;
        }
        if (containers.isEmpty() && indentOf(line) == 0) {
            if (MDX_IMPORT.matcher(s).matches()) {
                return true;
            }
            if (MDX_EXPORT.matcher(s).matches()) {
                exportDepth = Math.max(0, balance(s));
                return true;
            }
        }
        Matcher tab = TAB_ITEM.matcher(line);
        if (tab.matches()) {
            Map<String, String> attrs = attributes(tab.group(1));
            String label = attrs.getOrDefault("label", attrs.get("value"));
            emit("");
            if (label != null && !strip(label).isBlank()) {
                emit("**" + strip(label).strip() + "**");
                emit("");
            }
            return true;
        }
        if (JSX_OPEN_UNFINISHED.matcher(line).matches()) {
            inJsxTag = true;
            return true;
        }
        Matcher sc = SHORTCODE.matcher(s);
        if (sc.matches() && !sc.group(2).contains("}}")) {
            return shortcode(sc);
        }
        Matcher liquid = LIQUID_TAG.matcher(s);
        if (liquid.matches() && !liquid.group(2).contains("%}")) {
            return liquidTag(liquid);
        }
        return splitStructural(line);
    }

    private boolean shortcode(Matcher sc) {
        String inner = sc.group(2).strip();
        if (inner.startsWith("/*")) {
            return false;
        }
        boolean closing = inner.startsWith("/");
        if (closing) {
            inner = inner.substring(1).strip();
        }
        String name = firstWord(inner).toLowerCase(Locale.ROOT);
        String args = inner.substring(Math.min(inner.length(), firstWord(inner).length())).strip();
        if (args.endsWith("/")) {
            args = args.substring(0, args.length() - 1).strip();
        }
        if (closing) {
            closeShortcode(name);
            emit("");
            return true;
        }
        Map<String, String> attrs = attributes(args);
        boolean paired = closedShortcodes.contains(name) && !sc.group(2).strip().endsWith("/");
        if (paired && CODE_SHORTCODES.contains(name)) {
            String language = name.equals("highlight") ? attrs.get("0") : attrs.getOrDefault("lang", null);
            capture = new Capture(Pattern.compile("\\{\\{[<%]\\s*/\\s*" + Pattern.quote(name) + "\\s*[>%]}}"),
                    language, false, !name.equals("highlight") && language == null);
            return true;
        }
        if (name.equals("figure") || name.equals("img") || name.equals("image")) {
            figure(attrs);
            return true;
        }
        if (paired && CALLOUT_SHORTCODES.contains(name)) {
            String kindName = name;
            if (GENERIC_CALLOUTS.contains(name)) {
                kindName = attrs.getOrDefault("type", attrs.getOrDefault("kind", attrs.getOrDefault("color",
                        attrs.getOrDefault("context", attrs.getOrDefault("0", "note")))));
            }
            Callout.Kind kind = Callout.Kind.of(kindName).orElse(
                    kindName.equalsIgnoreCase("danger") || kindName.equalsIgnoreCase("red") ? Callout.Kind.CAUTION
                            : Callout.Kind.NOTE);
            open(Optional.of(kind), attrs.get("title"), 0, 0, name);
            return true;
        }
        if (paired) {
            // Tabs, details, columns...: the tag goes, its content stays, a tab's label above it.
            String title = attrs.get("title");
            if (title == null && name.equals("tab")) {
                title = attrs.getOrDefault("name", attrs.getOrDefault("header", attrs.getOrDefault("label",
                        attrs.get("0"))));
            }
            open(Optional.empty(), title, 0, 0, name);
            return true;
        }
        emit("");
        String note = unshown(name, attrs);
        if (!note.isEmpty()) {
            emit(note);
            emit("");
        }
        return true;
    }

    /**
     * What stands for a shortcode that is not kept: a note in italics for an embed Gloss cannot show
     * ("[Video: youtube ID]"), nothing for a value from the site's configuration (but a warning).
     */
    private String unshown(String name, Map<String, String> attrs) {
        if (name.equals("param") || name.equals("params") || name.startsWith("site.") || name.startsWith(".site.")) {
            configValues = true;
            return "";
        }
        String kind = EMBEDS.get(name);
        if (kind == null) {
            return "";
        }
        StringBuilder what = new StringBuilder(name);
        for (String v : attrs.values()) {
            if (v != null && !v.isBlank() && what.length() < 120) {
                what.append(' ').append(v.strip());
            }
        }
        return "*[" + kind + ": " + MARKDOWN_PUNCTUATION.matcher(what.toString()).replaceAll("\\\\$0") + "]*";
    }

    private boolean liquidTag(Matcher liquid) {
        String name = liquid.group(1).toLowerCase(Locale.ROOT);
        String args = liquid.group(2).strip();
        switch (name) {
            case "highlight" -> capture = new Capture(LIQUID_ENDHIGHLIGHT, firstWord(args), false, false);
            case "raw" -> inRaw = true;
            case "comment" -> inLiquidComment = true;
            default -> emit("");
        }
        return true;
    }

    /** A code or callout tag inside a line: the line is cut around it, each part read on its own. */
    private boolean splitStructural(String line) {
        Matcher m = SHORTCODE.matcher(line);
        while (m.find()) {
            String inner = m.group(2).strip();
            String name = firstWord(inner.startsWith("/") ? inner.substring(1).strip() : inner).toLowerCase(Locale.ROOT);
            boolean structural = CODE_SHORTCODES.contains(name) && closedShortcodes.contains(name)
                    || CALLOUT_SHORTCODES.contains(name) && closedShortcodes.contains(name)
                    || name.equals("figure");
            if (structural && !insideCode(line, m.start())) {
                cut(line, m.start(), m.end());
                return true;
            }
        }
        Matcher l = LIQUID_TAG.matcher(line);
        while (l.find()) {
            String name = l.group(1).toLowerCase(Locale.ROOT);
            if ((name.equals("highlight") || name.equals("endhighlight")) && !insideCode(line, l.start())) {
                cut(line, l.start(), l.end());
                return true;
            }
        }
        return false;
    }

    private void cut(String line, int start, int end) {
        String before = line.substring(0, start);
        String tag = line.substring(start, end);
        String after = line.substring(end);
        if (!after.isBlank()) {
            input.push(after);
        }
        input.push(tag);
        if (!before.isBlank()) {
            input.push(before);
        }
    }

    private void figure(Map<String, String> attrs) {
        String src = attrs.getOrDefault("src", attrs.get("0"));
        if (src == null || src.isBlank()) {
            emit("");
            return;
        }
        String caption = attrs.getOrDefault("caption", attrs.getOrDefault("title", ""));
        String alt = attrs.getOrDefault("alt", "");
        emit("");
        emit("<figure><img src=\"" + html(src) + "\" alt=\"" + html(alt) + "\">"
                + (caption.isBlank() ? "" : "<figcaption>" + html(caption) + "</figcaption>") + "</figure>");
        emit("");
    }

    private void open(Optional<Callout.Kind> kind, String title, int colons, int indent, String shortcode) {
        emit("");
        // Deeper callouts than a reader can follow read as part of the one around them.
        boolean quoted = kind.isPresent() && prefix().length() < 2 * MarkdownBlocks.MAX_DEPTH;
        if (quoted) {
            callouts.add(new Spec(kind.get(), title == null ? null : strip(title).strip()));
            emit("> [!\uE001" + (callouts.size() - 1) + "]");
        }
        int total = indent > 0 ? indent : mkdocsIndent();
        int depth = (containers.isEmpty() ? 0 : containers.peek().quotedDepth()) + (quoted ? 1 : 0);
        containers.push(new Container(quoted, colons, indent, shortcode, total, depth));
        if (!quoted && title != null && !strip(title).isBlank()) {
            emit("**" + strip(title).strip() + "**");
            emit("");
        }
        previousBlank = true;
    }

    private void close() {
        containers.pop();
        emit("");
    }

    private void closeColons(int colons) {
        for (Container c : containers) {
            if (c.colons() > 0 && c.colons() <= colons) {
                while (containers.peek() != c) {
                    containers.pop();
                }
                close();
                return;
            }
        }
        emit("");
    }

    private void closeShortcode(String name) {
        for (Container c : containers) {
            if (name.equals(c.shortcode())) {
                while (containers.peek() != c) {
                    containers.pop();
                }
                close();
                return;
            }
        }
    }

    private int mkdocsIndent() {
        return containers.isEmpty() ? 0 : containers.peek().totalIndent();
    }

    private String prefix() {
        return containers.isEmpty() ? "" : "> ".repeat(containers.peek().quotedDepth());
    }

    private void pushBack(String rest) {
        if (!rest.isBlank()) {
            input.push(rest);
        }
    }

    private void emit(String line) {
        blankBeforeLast = previousBlankBefore;
        lastStart = out.length();
        lastLine = line;
        lastWasDefinition = false;
        out.append(prefix()).append(line).append('\n');
        previousBlank = line.isBlank();
        if (!line.isBlank()) {
            if (LIST_MARKER.matcher(line).find()) {
                inList = true;
            } else if (indentOf(line) == 0 && previousBlankBefore) {
                inList = false;
            }
        }
        previousBlankBefore = previousBlank;
    }

    private boolean previousBlankBefore = true;

    private void emitCode(String line) {
        lastLine = null;
        lastWasDefinition = false;
        out.append(prefix()).append(line).append('\n');
        previousBlank = false;
        previousBlankBefore = false;
    }

    /**
     * Template tags and expressions, MDX comments and component tags, and HTML comments out of a
     * line, except in its code spans; Liquid's raw passages keep their text as it is.
     */
    private String strip(String line) {
        StringBuilder result = new StringBuilder();
        StringBuilder normal = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = 0;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                int closeAt = closingRun(line, i + run, run);
                if (closeAt >= 0) {
                    result.append(stripNormal(normal));
                    result.append(line, i, closeAt + run);
                    i = closeAt + run;
                } else {
                    normal.append(line, i, i + run);
                    i += run;
                }
                continue;
            }
            if (c == '{' && i + 1 < line.length() && line.charAt(i + 1) == '%') {
                Matcher raw = LIQUID_RAW.matcher(line).region(i, line.length());
                if (raw.lookingAt()) {
                    result.append(stripNormal(normal));
                    Matcher end = LIQUID_ENDRAW.matcher(line);
                    if (end.find(raw.end())) {
                        result.append(line, raw.end(), end.start());
                        i = end.end();
                    } else {
                        result.append(line.substring(raw.end()));
                        inRaw = true;
                        i = line.length();
                    }
                    continue;
                }
            }
            normal.append(c);
            i++;
        }
        result.append(stripNormal(normal));
        return result.toString();
    }

    private String stripNormal(StringBuilder normal) {
        String s = normal.toString();
        normal.setLength(0);
        if (inHtmlComment) {
            return "";
        }
        s = s.replaceAll("<!--.*?-->", "");
        int open = s.indexOf("<!--");
        if (open >= 0) {
            s = s.substring(0, open);
            inHtmlComment = true;
        }
        s = LIQUID_COMMENT_INLINE.matcher(s).replaceAll("");
        s = SHORTCODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(inlineShortcode(m.group(2))));
        s = LIQUID_TAG.matcher(s).replaceAll("");
        s = EXPRESSION.matcher(s).replaceAll("");
        s = JINJA_COMMENT.matcher(s).replaceAll("");
        s = MDX_COMMENT.matcher(s).replaceAll("");
        s = JSX_TAG.matcher(s).replaceAll("");
        return s;
    }

    /** A shortcode within a line goes, but for the note that stands for an embed. */
    private String inlineShortcode(String inner) {
        String t = inner.strip();
        if (t.startsWith("/")) {
            return "";
        }
        String word = firstWord(t);
        String args = t.substring(word.length()).strip();
        if (args.endsWith("/")) {
            args = args.substring(0, args.length() - 1);
        }
        return unshown(word.toLowerCase(Locale.ROOT), attributes(args));
    }

    private static int closingRun(String line, int from, int run) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int n = 0;
                while (i + n < line.length() && line.charAt(i + n) == '`') {
                    n++;
                }
                if (n == run) {
                    return i;
                }
                i += n;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean insideCode(String line, int at) {
        int i = 0;
        while (i < at) {
            if (line.charAt(i) == '`') {
                int run = 0;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                int close = closingRun(line, i + run, run);
                if (close < 0) {
                    return false;
                }
                if (at < close + run) {
                    return true;
                }
                i = close + run;
            } else {
                i++;
            }
        }
        return false;
    }

    /** Named attributes by name, positional ones by their index ("0", "1"...). */
    private static Map<String, String> attributes(String args) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(args);
        int position = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), v);
            } else {
                out.putIfAbsent(String.valueOf(position++), m.group(5) != null ? m.group(5) : m.group(6));
            }
        }
        return out;
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }

    private static int balance(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                n++;
            } else if (c == '}' || c == ')' || c == ']') {
                n--;
            }
        }
        return n;
    }

    /** The line without the quote marks and spaces that open it, as a fence inside a quote is. */
    private static String withoutQuoteMarks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    static int indentOf(String line) {
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4 - col % 4;
            } else {
                break;
            }
        }
        return col;
    }

    private static String dedent(String line, int columns) {
        if (columns == 0) {
            return line;
        }
        int col = 0;
        int i = 0;
        while (i < line.length() && col < columns) {
            char c = line.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4 - col % 4;
            } else {
                break;
            }
            i++;
        }
        return line.substring(i);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
