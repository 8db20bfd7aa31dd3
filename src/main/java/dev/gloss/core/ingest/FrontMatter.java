package dev.gloss.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gloss.core.model.Article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata block at the top of a Markdown file, as static site generators write it: YAML
 * between {@code ---} lines (Jekyll, Hugo, Docusaurus...) or TOML between {@code +++} lines (Hugo,
 * Zola). It is read by real parsers and never shown as text; a block that cannot be read is left
 * out with a warning.
 */
final class FrontMatter {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper TOML = new TomlMapper();
    /** A line that reads as a YAML key, or a list item or continuation under one. */
    private static final Pattern YAML_LINE = Pattern.compile("^(?:[A-Za-z_\"'][\\w .\"'-]*:(?:\\s.*)?|\\s+\\S.*|-\\s.*|#.*)$");
    private static final Pattern YAML_KEY = Pattern.compile("^[A-Za-z_\"'][\\w .\"'-]*:(?:\\s.*)?$");
    private static final Pattern TOML_LINE = Pattern.compile("^(?:[A-Za-z_\"'][\\w.\"'-]*\\s*=.*|\\[.*]\\s*|\\s+\\S.*|#.*)$");
    private static final List<DateTimeFormatter> LOOSE_DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    /** What the top of a file held: its title, its metadata and the text after the block. */
    record Result(String title, Article.Meta meta, String body, boolean present) {
    }

    private FrontMatter() {
    }

    /** Splits the front matter off {@code text} (lines already normalised to {@code \n}). */
    static Result split(String text, ImportContext context) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0) {
            return none(text);
        }
        String first = lines[0].stripTrailing();
        if (first.equals("---")) {
            return yaml(lines, text, context);
        }
        if (first.equals("+++")) {
            return toml(lines, context);
        }
        return none(text);
    }

    private static Result none(String text) {
        return new Result(null, Article.Meta.NONE, text, false);
    }

    private static Result yaml(String[] lines, String text, ImportContext context) {
        int close = closing(lines, "---", "...");
        if (close < 0) {
            // "---" then text is a thematic break; "---" then keys is front matter never closed.
            int end = leadingLines(lines, YAML_LINE);
            if (end > 1 && firstNonBlankMatches(lines, end, YAML_KEY)) {
                warn(context, "YAML", "it has no closing --- line");
                return new Result(null, Article.Meta.NONE, rest(lines, end), true);
            }
            return none(text);
        }
        String block = join(lines, 1, close);
        if (block.isBlank()) {
            return new Result(null, Article.Meta.NONE, rest(lines, close + 1), true);
        }
        JsonNode node;
        try {
            node = YAML.readTree(block);
        } catch (Exception | StackOverflowError e) {
            if (looksLikeKeys(lines, 1, close, YAML_KEY)) {
                warn(context, "YAML", reason(e));
                return new Result(null, Article.Meta.NONE, rest(lines, close + 1), true);
            }
            return none(text);
        }
        if (node == null || !node.isObject()) {
            // "---", a line, "---" is a rule and a setext heading, not metadata.
            return none(text);
        }
        return read(node, rest(lines, close + 1));
    }

    private static Result toml(String[] lines, ImportContext context) {
        int close = closing(lines, "+++", null);
        if (close < 0) {
            int end = leadingLines(lines, TOML_LINE);
            warn(context, "TOML", "it has no closing +++ line");
            return new Result(null, Article.Meta.NONE, rest(lines, end), true);
        }
        String block = join(lines, 1, close);
        JsonNode node;
        try {
            node = TOML.readTree(block);
        } catch (Exception | StackOverflowError e) {
            warn(context, "TOML", reason(e));
            return new Result(null, Article.Meta.NONE, rest(lines, close + 1), true);
        }
        if (node == null || !node.isObject()) {
            return new Result(null, Article.Meta.NONE, rest(lines, close + 1), true);
        }
        return read(node, rest(lines, close + 1));
    }

    private static void warn(ImportContext context, String language, String reason) {
        context.warn("The front matter (" + language + ") at the top of the file could not be read: " + reason
                + ". It was left out; the title comes from the first heading or the file name.");
    }

    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "it nests too deeply";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = m.indexOf('\n');
        m = (newline < 0 ? m : m.substring(0, newline)).strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.length() <= 140 ? m : m.substring(0, 139) + "…";
    }

    private static int closing(String[] lines, String fence, String alternative) {
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals(fence) || l.equals(alternative)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first line after the opening fence that does not match {@code line}. */
    private static int leadingLines(String[] lines, Pattern line) {
        int i = 1;
        while (i < lines.length && !lines[i].isBlank() && line.matcher(lines[i]).matches()) {
            i++;
        }
        return i;
    }

    private static boolean firstNonBlankMatches(String[] lines, int end, Pattern p) {
        for (int i = 1; i < end; i++) {
            if (!lines[i].isBlank()) {
                return p.matcher(lines[i]).matches();
            }
        }
        return false;
    }

    private static boolean looksLikeKeys(String[] lines, int from, int to, Pattern key) {
        for (int i = from; i < to; i++) {
            if (key.matcher(lines[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }

    private static String rest(String[] lines, int from) {
        return from >= lines.length ? "" : join(lines, from, lines.length);
    }

    private static Result read(JsonNode node, String body) {
        Map<String, JsonNode> fields = fields(node);
        JsonNode taxonomies = fields.get("taxonomies");
        JsonNode extra = fields.get("extra");
        Map<String, JsonNode> taxa = taxonomies != null && taxonomies.isObject() ? fields(taxonomies) : Map.of();
        Map<String, JsonNode> extras = extra != null && extra.isObject() ? fields(extra) : Map.of();

        String title = text(fields.get("title"));
        String author = author(fields, extras);
        String published = date(first(fields, "date", "publishdate", "published", "pubdate"));
        String description = text(first(fields, "description", "summary", "excerpt"));
        List<String> tags = new ArrayList<>();
        for (String key : List.of("tags", "categories", "keywords")) {
            addTags(tags, fields.get(key));
            addTags(tags, taxa.get(key));
        }
        String language = text(first(fields, "lang", "language", "locale"));
        String source = null;
        for (String key : List.of("canonical", "canonicalurl", "url", "source")) {
            String u = text(fields.get(key));
            if (u != null && u.matches("(?i)https?://\\S+")) {
                source = u;
                break;
            }
        }
        Article.Meta meta = new Article.Meta(author, published, source, description, tags, language);
        return new Result(title == null || title.isBlank() ? null : title.strip(), meta, body, true);
    }

    /** The fields of an object, by lower-case name (the first of two spellings wins). */
    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    private static JsonNode first(Map<String, JsonNode> fields, String... keys) {
        for (String k : keys) {
            JsonNode n = fields.get(k);
            if (text(n) != null) {
                return n;
            }
        }
        return null;
    }

    private static String author(Map<String, JsonNode> fields, Map<String, JsonNode> extras) {
        for (Map<String, JsonNode> map : List.of(fields, extras)) {
            for (String key : List.of("author", "authors")) {
                JsonNode n = map.get(key);
                if (n == null) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                if (n.isArray()) {
                    n.forEach(a -> addName(names, a));
                } else {
                    addName(names, n);
                }
                if (!names.isEmpty()) {
                    return String.join(", ", names);
                }
            }
        }
        return null;
    }

    private static void addName(List<String> names, JsonNode n) {
        String name = n.isObject() ? text(fields(n).get("name")) : text(n);
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    private static void addTags(List<String> tags, JsonNode n) {
        if (n == null) {
            return;
        }
        List<String> values = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(t -> {
                String s = text(t);
                if (s != null) {
                    values.add(s);
                }
            });
        } else {
            String s = text(n);
            if (s != null) {
                values.addAll(List.of(s.split(",")));
            }
        }
        for (String v : values) {
            String t = v.strip();
            if (!t.isEmpty() && tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                tags.add(t);
            }
        }
    }

    /** A scalar's text, or null for objects, arrays and nulls. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode() || n.isMissingNode()) {
            return null;
        }
        String s = n.asText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A date in ISO 8601 when it can be read as one, else as the source gives it. */
    static String date(JsonNode n) {
        String s = text(n);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : LOOSE_DATES) {
            try {
                return OffsetDateTime.parse(s, f).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException ignored) {
                // no offset: perhaps a local time
            }
            try {
                return LocalDateTime.parse(s, f).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return s;
    }
}
