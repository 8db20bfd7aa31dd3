package dev.gloss.core.export;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.MathBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Rule;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.Table;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article with the reader's highlights and notes as one Markdown file for a notes app (Obsidian,
 * Logseq): front matter with the title, author, source address, date, tags, topics and Gloss's
 * id; the article's text, each section under its heading (GitHub-flavoured Markdown: tables,
 * fenced code with its language, callouts as {@code > [!note]}); then "Highlights and notes",
 * each passage as a quote with its note under it, its colour as a tag ({@code #highlight/yellow})
 * and a link back into Gloss by section id ({@code gloss://section/ID}, which {@code gloss}
 * opens). Gloss imports the file back as an article of its own.
 */
public final class ArticleMarkdown {
    /** The address that opens a section in Gloss. */
    public static final String LINK_PREFIX = "gloss://section/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private ArticleMarkdown() {
    }

    public static String render(Article article, List<String> topics, List<Highlight> highlights, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        frontMatter(md, article, topics);
        md.append("# ").append(oneLine(article.title())).append("\n");
        for (Section section : article.sections()) {
            if (!section.title().isBlank() && section.level() > 1) {
                md.append('\n').append("#".repeat(Math.min(6, section.level()))).append(' ')
                        .append(inlineText(section.title())).append('\n');
            }
            for (Block block : section.blocks()) {
                md.append('\n').append(block(block)).append('\n');
            }
        }
        if (!highlights.isEmpty()) {
            md.append("\n## Highlights and notes\n");
            for (Highlight h : highlights) {
                highlight(md, h, zone);
            }
        }
        return md.toString();
    }

    /** A file name for an article's export: its id, which is already safe for every file system. */
    public static String fileName(Article article) {
        return article.id().replaceAll("[^A-Za-z0-9._-]", "-") + ".md";
    }

    private static void frontMatter(StringBuilder md, Article article, List<String> topics) {
        Article.Meta meta = article.meta();
        md.append("---\n");
        md.append("title: ").append(yaml(article.title())).append('\n');
        if (meta.author() != null) {
            md.append("author: ").append(yaml(meta.author())).append('\n');
        }
        if (meta.sourceUrl() != null) {
            md.append("source: ").append(yaml(meta.sourceUrl())).append('\n');
        }
        if (meta.published() != null) {
            md.append("date: ").append(yaml(meta.published())).append('\n');
        }
        if (meta.description() != null) {
            md.append("description: ").append(yaml(meta.description())).append('\n');
        }
        md.append("tags: ").append(list(meta.tags().stream().map(ArticleMarkdown::tag).toList())).append('\n');
        md.append("topics: ").append(list(topics)).append('\n');
        md.append("gloss: ").append(yaml(article.id())).append('\n');
        md.append("---\n\n");
    }

    private static void highlight(StringBuilder md, Highlight h, ZoneId zone) {
        md.append('\n');
        if (!h.quote().isBlank()) {
            for (String line : h.quote().strip().split("\n", -1)) {
                md.append(line.isBlank() ? ">" : "> " + escape(line.strip())).append('\n');
            }
            md.append('\n');
        }
        if (!h.note().isBlank()) {
            md.append(note(h.note())).append("\n\n");
        }
        List<String> tail = new ArrayList<>();
        h.colour().filter(c -> !c.isBlank()).ifPresent(c -> tail.add("#highlight/" + c.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_-]+", "-")));
        String title = Section.displayTitle(h.sectionTitle());
        tail.add((h.quote().isBlank() ? "Section " : "") + "[" + escape(oneLine(title)) + "](" + LINK_PREFIX + h.sectionId() + ")");
        tail.add(DAY.format(h.created().atZone(zone)));
        md.append(String.join(" · ", tail)).append('\n');
    }

    /**
     * A tag as notes apps take it: Obsidian's tags are letters, digits, "_", "-" and "/" (nested
     * tags), so spaces and other characters become "-"; "C++" becomes "C-" rather than nothing.
     */
    static String tag(String tag) {
        return tag.strip().replaceAll("[^\\p{L}\\p{N}_/-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-(?=.)", "");
    }

    /**
     * The reader's note as they typed it, plain text: nothing in it becomes markup (a line "# ..."
     * is not a heading, nor "> ..." a quote), its line breaks are kept as line breaks, and its
     * blank lines part its paragraphs.
     */
    static String note(String note) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : note.strip().split("\\n\\s*\\n")) {
            List<String> lines = paragraph.lines().map(String::strip).filter(l -> !l.isEmpty()).map(ArticleMarkdown::escape).toList();
            if (!lines.isEmpty()) {
                // Two spaces at the end of a line are a line break in every Markdown.
                paragraphs.add(String.join("  \n", lines));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static String block(Block block) {
        if (block instanceof Paragraph p) {
            return runs(p.runs());
        } else if (block instanceof CodeBlock c) {
            return code(c);
        } else if (block instanceof Quote q) {
            return prefixed(blocks(q.blocks()), "> ");
        } else if (block instanceof Callout c) {
            return "> [!" + c.kind().name().toLowerCase(Locale.ROOT) + "]"
                    + (c.title() == null || c.title().isBlank() ? "" : " " + oneLine(c.title())) + "\n"
                    + prefixed(blocks(c.blocks()), "> ");
        } else if (block instanceof ListBlock l) {
            return list(l);
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof ImageBlock i) {
            return image(i);
        } else if (block instanceof Rule) {
            return "* * *";
        } else if (block instanceof MathBlock m) {
            return "$$\n" + m.source().strip() + "\n$$";
        } else if (block instanceof Footnotes f) {
            return footnotes(f);
        }
        throw new IllegalArgumentException("a block of an unknown kind: " + block);
    }

    private static String blocks(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            parts.add(block(b));
        }
        return String.join("\n\n", parts);
    }

    private static String prefixed(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.isEmpty() ? prefix.stripTrailing() : prefix + line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String code(CodeBlock c) {
        int longest = 2;
        Matcher m = BACKTICKS.matcher(c.text());
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        String lang = c.language() == null ? "" : c.language().strip();
        return fence + lang + "\n" + c.text().stripTrailing() + "\n" + fence;
    }

    private static String list(ListBlock l) {
        StringBuilder out = new StringBuilder();
        int n = l.start();
        for (ListItem item : l.items()) {
            String marker = l.ordered() ? (n++) + ". " : "- ";
            if (item.checked() != null) {
                marker += item.checked() ? "[x] " : "[ ] ";
            }
            String body = item.blocks().isEmpty() ? "" : blocks(item.blocks());
            String indent = " ".repeat(l.ordered() ? marker.replaceAll("\\[.] $", "").length() : 2);
            String[] lines = body.split("\n", -1);
            out.append(marker).append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) {
                out.append(lines[i].isEmpty() ? "" : indent + lines[i]).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static String table(Table t) {
        if (t.rows().isEmpty()) {
            return "";
        }
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder();
        List<List<List<Run>>> rows = t.rows();
        row(out, rows.get(0), columns);
        out.append('|');
        for (int c = 0; c < columns; c++) {
            Table.Align a = c < t.alignments().size() ? t.alignments().get(c) : null;
            out.append(a == Table.Align.CENTER ? " :---: |" : a == Table.Align.RIGHT ? " ---: |" : a == Table.Align.LEFT ? " :--- |" : " --- |");
        }
        out.append('\n');
        for (int r = 1; r < rows.size(); r++) {
            row(out, rows.get(r), columns);
        }
        return out.toString().stripTrailing();
    }

    private static void row(StringBuilder out, List<List<Run>> cells, int columns) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() ? runs(cells.get(c)).replace("\n", " ").replace("|", "\\|") : "";
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private static String image(ImageBlock i) {
        String alt = i.alt() == null || i.alt().isBlank() ? "image" : oneLine(i.alt());
        String caption = i.caption() == null || i.caption().isEmpty() ? "" : "\n\n*" + runs(i.caption()) + "*";
        String original = i.original() == null ? "" : i.original();
        if (original.startsWith("https://") || original.startsWith("http://")) {
            return "![" + escape(alt) + "](" + original.replace(" ", "%20").replace(")", "%29") + ")" + caption;
        }
        // The picture is in Gloss's library, not beside the export: its description stands in.
        return "*[Image: " + escape(alt) + "]*" + caption;
    }

    private static String footnotes(Footnotes f) {
        List<String> notes = new ArrayList<>();
        for (Footnotes.Note n : f.notes()) {
            notes.add("[^" + n.label() + "]: " + prefixed(blocks(n.blocks()), "    ").strip());
        }
        return String.join("\n", notes);
    }

    static String runs(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            String text = r.marks().contains(Run.Mark.CODE) ? codeSpan(r.text()) : escape(r.text());
            if (!r.marks().contains(Run.Mark.CODE) && !text.isBlank()) {
                String lead = text.substring(0, text.length() - text.stripLeading().length());
                String trail = text.substring(text.stripTrailing().length());
                String core = text.strip();
                if (r.marks().contains(Run.Mark.STRIKETHROUGH)) {
                    core = "~~" + core + "~~";
                }
                if (r.marks().contains(Run.Mark.EMPHASIS)) {
                    core = "*" + core + "*";
                }
                if (r.marks().contains(Run.Mark.STRONG)) {
                    core = "**" + core + "**";
                }
                if (r.marks().contains(Run.Mark.SUBSCRIPT)) {
                    core = "<sub>" + core + "</sub>";
                }
                if (r.marks().contains(Run.Mark.SUPERSCRIPT)) {
                    core = "<sup>" + core + "</sup>";
                }
                text = lead + core + trail;
            }
            if (r.link() != null && !r.link().isBlank()) {
                text = "[" + text + "](" + r.link().replace(" ", "%20").replace(")", "%29") + ")";
            }
            out.append(text);
        }
        return out.toString();
    }

    private static String codeSpan(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static String inlineText(String text) {
        return escape(oneLine(text));
    }

    /** Characters that Markdown would take for markup, escaped; line starts that would make a heading or a list too. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0 || (c == '#' && (i == 0 || text.charAt(i - 1) == '\n'))) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        // "1. " or "- " at the start of a paragraph would make a list, "---" or "===" under a line a heading.
        return escaped.replaceAll("(?m)^(\\d+)([.)])(?= |$)", "$1\\\\$2").replaceAll("(?m)^([-+=])", "\\\\$1");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String list(List<String> items) {
        List<String> quoted = items.stream().filter(s -> !s.isBlank()).map(ArticleMarkdown::yaml).toList();
        return "[" + String.join(", ", quoted) + "]";
    }
}
