package dev.gloss.core.userlibrary;

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
import dev.gloss.core.model.TitleKind;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The binary form of an article inside {@code library/.pack}: every block kind, nested blocks
 * written depth first. Reading checks every count and nesting depth, so that a damaged pack fails
 * with an IOException (and the folders are read) instead of allocating gigabytes or overflowing.
 */
final class PackCodec {
    private static final int MAX_DEPTH = 200;
    private static final Run.Mark[] MARKS = Run.Mark.values();

    private PackCodec() {
    }

    static void writeArticle(DataOutputStream out, Article a) throws IOException {
        writeString(out, a.id());
        writeString(out, a.title());
        writeString(out, a.origin().fileName());
        writeString(out, a.origin().format());
        writeString(out, a.origin().sourcePath());
        Article.Meta m = a.meta();
        writeString(out, m.author());
        writeString(out, m.published());
        writeString(out, m.sourceUrl());
        writeString(out, m.description());
        out.writeInt(m.tags().size());
        for (String tag : m.tags()) {
            writeString(out, tag);
        }
        writeString(out, m.language());
        out.writeInt(a.sections().size());
        for (Section s : a.sections()) {
            writeString(out, s.id());
            writeString(out, s.title());
            out.writeByte(s.titleKind().ordinal());
            out.writeByte(s.level());
            writeString(out, s.parentId());
            writeBlocks(out, s.blocks());
        }
    }

    static Article readArticle(DataInputStream in) throws IOException {
        String id = readString(in);
        String title = readString(in);
        Article.Origin origin = new Article.Origin(readString(in), readString(in), readString(in));
        String author = readString(in);
        String published = readString(in);
        String sourceUrl = readString(in);
        String description = readString(in);
        int tagCount = count(in);
        List<String> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(readString(in));
        }
        Article.Meta meta = new Article.Meta(author, published, sourceUrl, description, tags, readString(in));
        int sectionCount = count(in);
        List<Section> sections = new ArrayList<>(sectionCount);
        TitleKind[] kinds = TitleKind.values();
        for (int i = 0; i < sectionCount; i++) {
            String sectionId = readString(in);
            String sectionTitle = readString(in);
            TitleKind kind = kinds[index(in.readUnsignedByte(), kinds.length)];
            int level = in.readUnsignedByte();
            String parent = readString(in);
            sections.add(new Section(sectionId, sectionTitle, kind, level, parent, readBlocks(in, 0)));
        }
        return new Article(id, title, sections, origin, meta);
    }

    private static void writeBlocks(DataOutputStream out, List<Block> blocks) throws IOException {
        out.writeInt(blocks.size());
        for (Block b : blocks) {
            writeBlock(out, b);
        }
    }

    private static void writeBlock(DataOutputStream out, Block b) throws IOException {
        if (b instanceof Paragraph p) {
            out.writeByte(0);
            writeRuns(out, p.runs());
        } else if (b instanceof ListBlock list) {
            out.writeByte(1);
            out.writeBoolean(list.ordered());
            out.writeInt(list.start());
            out.writeInt(list.items().size());
            for (ListItem item : list.items()) {
                out.writeByte(item.checked() == null ? 0 : item.checked() ? 2 : 1);
                writeBlocks(out, item.blocks());
            }
        } else if (b instanceof CodeBlock c) {
            out.writeByte(2);
            writeString(out, c.text());
            writeString(out, c.language());
        } else if (b instanceof Quote q) {
            out.writeByte(3);
            writeBlocks(out, q.blocks());
        } else if (b instanceof Callout c) {
            out.writeByte(4);
            out.writeByte(c.kind().ordinal());
            writeString(out, c.title());
            writeBlocks(out, c.blocks());
        } else if (b instanceof Table t) {
            out.writeByte(5);
            out.writeInt(t.headerRows());
            out.writeInt(t.alignments().size());
            for (Table.Align a : t.alignments()) {
                out.writeByte(a.ordinal());
            }
            out.writeInt(t.rows().size());
            for (List<List<Run>> row : t.rows()) {
                out.writeInt(row.size());
                for (List<Run> cell : row) {
                    writeRuns(out, cell);
                }
            }
        } else if (b instanceof ImageBlock i) {
            out.writeByte(6);
            writeString(out, i.alt());
            writeString(out, i.src());
            writeRuns(out, i.caption());
            writeString(out, i.original());
        } else if (b instanceof Rule) {
            out.writeByte(7);
        } else if (b instanceof MathBlock m) {
            out.writeByte(8);
            writeString(out, m.source());
        } else if (b instanceof Footnotes f) {
            out.writeByte(9);
            out.writeInt(f.notes().size());
            for (Footnotes.Note n : f.notes()) {
                writeString(out, n.label());
                writeBlocks(out, n.blocks());
            }
        } else {
            throw new IOException("unknown block " + b);
        }
    }

    private static List<Block> readBlocks(DataInputStream in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("blocks nested " + depth + " deep");
        }
        int n = count(in);
        List<Block> blocks = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            blocks.add(readBlock(in, depth));
        }
        return blocks;
    }

    private static Block readBlock(DataInputStream in, int depth) throws IOException {
        int type = in.readUnsignedByte();
        switch (type) {
            case 0:
                return new Paragraph(readRuns(in));
            case 1: {
                boolean ordered = in.readBoolean();
                int start = in.readInt();
                int itemCount = count(in);
                if (itemCount == 0) {
                    throw new IOException("a list without items");
                }
                List<ListItem> items = new ArrayList<>(Math.min(itemCount, 1024));
                for (int k = 0; k < itemCount; k++) {
                    int checked = in.readUnsignedByte();
                    items.add(new ListItem(readBlocks(in, depth + 1), checked == 0 ? null : checked == 2));
                }
                return new ListBlock(ordered, start, items);
            }
            case 2:
                return new CodeBlock(required(readString(in)), readString(in));
            case 3:
                return new Quote(readBlocks(in, depth + 1));
            case 4: {
                Callout.Kind kind = Callout.Kind.values()[index(in.readUnsignedByte(), Callout.Kind.values().length)];
                return new Callout(kind, readString(in), readBlocks(in, depth + 1));
            }
            case 5: {
                int headerRows = in.readInt();
                int alignCount = count(in);
                List<Table.Align> align = new ArrayList<>(Math.min(alignCount, 1024));
                for (int k = 0; k < alignCount; k++) {
                    align.add(Table.Align.values()[index(in.readUnsignedByte(), Table.Align.values().length)]);
                }
                int rowCount = count(in);
                if (rowCount == 0) {
                    throw new IOException("a table without rows");
                }
                List<List<List<Run>>> rows = new ArrayList<>(Math.min(rowCount, 1024));
                for (int r = 0; r < rowCount; r++) {
                    int cells = count(in);
                    List<List<Run>> row = new ArrayList<>(Math.min(cells, 1024));
                    for (int c = 0; c < cells; c++) {
                        row.add(readRuns(in));
                    }
                    rows.add(row);
                }
                return new Table(rows, headerRows, align);
            }
            case 6:
                return new ImageBlock(readString(in), readString(in), readRuns(in), readString(in));
            case 7:
                return new Rule();
            case 8:
                return new MathBlock(required(readString(in)));
            case 9: {
                int noteCount = count(in);
                List<Footnotes.Note> notes = new ArrayList<>(Math.min(noteCount, 1024));
                for (int k = 0; k < noteCount; k++) {
                    notes.add(new Footnotes.Note(required(readString(in)), readBlocks(in, depth + 1)));
                }
                return new Footnotes(notes);
            }
            default:
                throw new IOException("unknown block type " + type);
        }
    }

    private static void writeRuns(DataOutputStream out, List<Run> runs) throws IOException {
        out.writeInt(runs.size());
        for (Run r : runs) {
            writeString(out, r.text());
            int bits = 0;
            for (Run.Mark m : r.marks()) {
                bits |= 1 << m.ordinal();
            }
            out.writeByte(bits);
            writeString(out, r.link());
        }
    }

    private static List<Run> readRuns(DataInputStream in) throws IOException {
        int n = count(in);
        List<Run> runs = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            String text = required(readString(in));
            int bits = in.readUnsignedByte();
            Set<Run.Mark> marks = EnumSet.noneOf(Run.Mark.class);
            for (Run.Mark m : MARKS) {
                if ((bits & 1 << m.ordinal()) != 0) {
                    marks.add(m);
                }
            }
            runs.add(new Run(text, marks, readString(in)));
        }
        return runs;
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > 64 * 1024 * 1024) {
            throw new IOException("a string of " + n + " bytes");
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** A count read from the pack, checked so that a damaged one fails instead of allocating gigabytes. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("a count of " + n);
        }
        return n;
    }

    private static int index(int value, int size) throws IOException {
        if (value >= size) {
            throw new IOException("an index of " + value + " of " + size);
        }
        return value;
    }

    private static String required(String s) throws IOException {
        if (s == null) {
            throw new IOException("a missing string");
        }
        return s;
    }
}
