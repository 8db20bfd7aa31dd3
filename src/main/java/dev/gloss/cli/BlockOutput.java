package dev.gloss.cli;

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
import dev.gloss.core.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A section's blocks as `show` prints them: JSON objects, or text with code indented and tables aligned. */
final class BlockOutput {
    private BlockOutput() {
    }

    /** The kind of a block as JSON names it. */
    static String kind(Block b) {
        if (b instanceof Paragraph) {
            return "paragraph";
        } else if (b instanceof ListBlock) {
            return "list";
        } else if (b instanceof CodeBlock) {
            return "code";
        } else if (b instanceof Quote) {
            return "quote";
        } else if (b instanceof Callout) {
            return "callout";
        } else if (b instanceof Table) {
            return "table";
        } else if (b instanceof ImageBlock) {
            return "image";
        } else if (b instanceof Rule) {
            return "rule";
        } else if (b instanceof MathBlock) {
            return "math";
        }
        return "footnotes";
    }

    static Map<String, Object> json(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind(b));
        m.put("text", b.plainText());
        if (b instanceof CodeBlock c) {
            m.put("language", c.language());
        } else if (b instanceof ListBlock l) {
            m.put("ordered", l.ordered());
            m.put("start", l.start());
            m.put("items", l.items().stream().map(ListItem::plainText).toList());
            // The same items with what is inside them: nested lists, code, and a task's state.
            m.put("listItems", l.items().stream().map(i -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("text", i.plainText());
                item.put("checked", i.checked());
                item.put("blocks", json(i.blocks()));
                return item;
            }).toList());
        } else if (b instanceof Table t) {
            m.put("rows", t.cellTexts());
            m.put("headerRows", t.headerRows());
            List<String> align = new ArrayList<>();
            for (int c = 0; c < t.columnCount(); c++) {
                align.add(t.alignment(c).name().toLowerCase(java.util.Locale.ROOT));
            }
            m.put("align", align);
        } else if (b instanceof ImageBlock i) {
            m.put("alt", i.alt());
            m.put("src", i.src());
            m.put("caption", i.caption().isEmpty() ? null : i.captionText());
        } else if (b instanceof Callout c) {
            m.put("calloutKind", c.kind().id());
            m.put("title", c.title());
            m.put("blocks", json(c.blocks()));
        } else if (b instanceof Quote q) {
            m.put("blocks", json(q.blocks()));
        } else if (b instanceof Footnotes f) {
            m.put("notes", f.notes().stream().map(n -> {
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("label", n.label());
                note.put("text", dev.gloss.core.model.TextUnit.join(Block.unitsOf(n.blocks())));
                note.put("blocks", json(n.blocks()));
                return note;
            }).toList());
        }
        return m;
    }

    static List<Map<String, Object>> json(List<Block> blocks) {
        return blocks.stream().map(BlockOutput::json).toList();
    }

    /** The blocks as text lines, each line prefixed by {@code indent}. */
    static List<String> text(List<Block> blocks, String indent) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!out.isEmpty()) {
                out.add(indent.stripTrailing());
            }
            out.addAll(text(b, indent));
        }
        return out;
    }

    private static List<String> text(Block b, String indent) {
        List<String> out = new ArrayList<>();
        if (b instanceof CodeBlock c) {
            if (c.language() != null) {
                out.add(indent + "    [" + c.language() + "]");
            }
            c.lines().forEach(line -> out.add((indent + "    " + line).stripTrailing()));
        } else if (b instanceof MathBlock m) {
            m.source().lines().forEach(line -> out.add(indent + "    " + line));
        } else if (b instanceof ListBlock l) {
            int n = l.start();
            for (ListItem item : l.items()) {
                String marker = l.ordered() ? n++ + ". " : "- ";
                if (item.checked() != null) {
                    marker += item.checked() ? "[x] " : "[ ] ";
                }
                List<String> lines = text(item.blocks(), indent + " ".repeat(marker.length()));
                if (lines.isEmpty()) {
                    lines = List.of(indent);
                }
                out.add(indent + marker + lines.get(0).substring(Math.min(lines.get(0).length(),
                        indent.length() + marker.length())));
                out.addAll(lines.subList(1, lines.size()).stream().filter(s -> !s.isBlank()).toList());
            }
        } else if (b instanceof Quote q) {
            text(q.blocks(), "").forEach(line -> out.add((indent + "> " + line).stripTrailing()));
        } else if (b instanceof Callout c) {
            out.add(indent + "> " + c.kind().label().toUpperCase(java.util.Locale.ROOT)
                    + (c.title() == null ? "" : ": " + c.title()));
            text(c.blocks(), "").forEach(line -> out.add((indent + "> " + line).stripTrailing()));
        } else if (b instanceof Table t) {
            out.addAll(table(t, indent));
        } else if (b instanceof ImageBlock i) {
            out.add(indent + "[Image: " + (i.alt().isEmpty() ? "no description" : i.alt()) + "]"
                    + (i.src() != null ? " (" + i.src() + ")" : ""));
            if (!i.caption().isEmpty()) {
                out.add(indent + i.captionText());
            }
        } else if (b instanceof Rule) {
            out.add(indent + "* * *");
        } else if (b instanceof Footnotes f) {
            for (Footnotes.Note note : f.notes()) {
                List<String> lines = text(note.blocks(), indent + "    ");
                String first = lines.isEmpty() ? "" : lines.get(0).strip();
                out.add(indent + "[" + note.label() + "] " + first);
                out.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
            }
        } else if (b instanceof Paragraph p) {
            inline(p.runs()).lines().forEach(line -> out.add(indent + line));
        } else {
            b.plainText().lines().forEach(line -> out.add(indent + line));
        }
        return out;
    }

    /** Inline text as a terminal shows it: code between backticks, a footnote reference as [N]. */
    private static String inline(List<dev.gloss.core.model.Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (dev.gloss.core.model.Run r : runs) {
            if (r.has(dev.gloss.core.model.Run.Mark.CODE)) {
                sb.append('`').append(r.text()).append('`');
            } else if (r.link() != null && r.link().startsWith(Footnotes.REF_PREFIX)) {
                sb.append('[').append(r.text()).append(']');
            } else {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }

    /** A table with its columns padded to one width and a rule under the header. */
    private static List<String> table(Table t, String indent) {
        List<List<String>> rows = t.cellTexts();
        int columns = t.columnCount();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).replace('\n', ' ').length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c).replace('\n', ' ') : "";
                sb.append(c == 0 ? "| " : " | ").append(pad(cell, width[c], t.alignment(c)));
            }
            out.add(sb.append(" |").toString());
            if (r + 1 == t.headerRows()) {
                StringBuilder rule = new StringBuilder(indent);
                for (int c = 0; c < columns; c++) {
                    rule.append(c == 0 ? "|-" : "-|-").append("-".repeat(width[c]));
                }
                out.add(rule.append("-|").toString());
            }
        }
        return out;
    }

    private static String pad(String s, int width, Table.Align align) {
        int gap = width - s.length();
        if (gap <= 0) {
            return s;
        }
        return switch (align) {
            case RIGHT -> " ".repeat(gap) + s;
            case CENTER -> " ".repeat(gap / 2) + s + " ".repeat(gap - gap / 2);
            default -> s + " ".repeat(gap);
        };
    }
}
