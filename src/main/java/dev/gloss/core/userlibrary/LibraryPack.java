package dev.gloss.core.userlibrary;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import dev.gloss.core.storage.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * {@code <data>/library/.pack}: every imported article and its metadata in one file, so that a
 * start reads one file instead of two per article. It is a cache, never the record: each entry
 * keeps the size and modification time its meta.json and article.json had when it was packed, and
 * is used only while both files still have them; an entry that does not match, and a pack that is
 * missing, of another format or damaged (its checksum fails), mean reading the folders as before.
 */
final class LibraryPack {
    static final String FILE = ".pack";
    private static final int MAGIC = 0x474C5043; // "GLPC"
    private static final int FORMAT = 1;

    /**
     * A file's size, modification time and file key (device and inode on Linux), as the pack saw
     * it. Gloss writes its files by replacing them, which gives them a new inode, so a file written
     * again within the same millisecond still has another stamp.
     */
    record Stamp(long size, long modifiedMillis, String key) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis(), String.valueOf(attrs.fileKey()));
        }
    }

    /** One article as packed, with the stamps of the files it was packed from. */
    record Packed(ImportMetadata meta, Stamp metaStamp, Article article, Stamp articleStamp) {
    }

    private LibraryPack() {
    }

    /** The packed entries by article id; empty when there is no pack or it cannot be trusted. */
    static Map<String, Packed> read(Path libraryRoot) {
        Path file = libraryRoot.resolve(FILE);
        CRC32 crc = new CRC32();
        try (InputStream buffered = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream in = new DataInputStream(new CheckedInputStream(buffered, crc))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Map.of();
            }
            int count = count(in);
            Map<String, Packed> packed = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Packed p = readEntry(in);
                packed.put(p.meta().articleId(), p);
            }
            long expected = crc.getValue();
            // The checksum itself is read past the checked stream.
            long stored = new DataInputStream(buffered).readLong();
            return expected == stored ? packed : Map.of();
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            // Truncated, damaged or written by a later Gloss: the folders are read instead.
            return Map.of();
        }
    }

    /** Writes the pack atomically; the caller has the stamps of the files each entry was read from. */
    static void write(Path libraryRoot, List<Packed> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(bytes, crc));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(entries.size());
        for (Packed p : entries) {
            writeEntry(out, p);
        }
        out.flush();
        new DataOutputStream(bytes).writeLong(crc.getValue());
        AtomicFiles.write(libraryRoot.resolve(FILE), bytes.toByteArray());
    }

    static void delete(Path libraryRoot) throws IOException {
        Files.deleteIfExists(libraryRoot.resolve(FILE));
    }

    private static void writeEntry(DataOutputStream out, Packed p) throws IOException {
        ImportMetadata m = p.meta();
        out.writeInt(m.version());
        writeString(out, m.articleId());
        writeString(out, m.title());
        writeString(out, m.sourceFileName());
        writeString(out, m.sourcePath());
        writeString(out, m.format());
        writeString(out, m.storedFile());
        out.writeLong(m.sourceBytes());
        writeString(out, m.contentHash());
        writeString(out, m.importedAt());
        writeString(out, m.updatedAt());
        writeStamp(out, p.metaStamp());
        writeStamp(out, p.articleStamp());
        Article a = p.article();
        writeString(out, a.id());
        writeString(out, a.title());
        writeString(out, a.origin().fileName());
        writeString(out, a.origin().format());
        out.writeInt(a.sections().size());
        for (Section s : a.sections()) {
            writeString(out, s.id());
            writeString(out, s.title());
            out.writeByte(s.titleKind().ordinal());
            out.writeInt(s.blocks().size());
            for (Block b : s.blocks()) {
                if (b instanceof ListBlock list) {
                    out.writeByte(1);
                    out.writeBoolean(list.ordered());
                    out.writeInt(list.start());
                    out.writeInt(list.items().size());
                    for (ListItem item : list.items()) {
                        writeRuns(out, item.runs());
                    }
                } else {
                    out.writeByte(0);
                    writeRuns(out, ((Paragraph) b).runs());
                }
            }
        }
    }

    private static Packed readEntry(DataInputStream in) throws IOException {
        ImportMetadata meta = new ImportMetadata(in.readInt(), readString(in), readString(in), readString(in),
                readString(in), readString(in), readString(in), in.readLong(), readString(in), readString(in),
                readString(in));
        Stamp metaStamp = readStamp(in);
        Stamp articleStamp = readStamp(in);
        String id = readString(in);
        String title = readString(in);
        Article.Origin origin = new Article.Origin(readString(in), readString(in));
        int sectionCount = count(in);
        List<Section> sections = new ArrayList<>(sectionCount);
        TitleKind[] kinds = TitleKind.values();
        for (int i = 0; i < sectionCount; i++) {
            String sectionId = readString(in);
            String sectionTitle = readString(in);
            TitleKind kind = kinds[in.readUnsignedByte()];
            int blockCount = count(in);
            List<Block> blocks = new ArrayList<>(blockCount);
            for (int b = 0; b < blockCount; b++) {
                int type = in.readUnsignedByte();
                if (type == 1) {
                    boolean ordered = in.readBoolean();
                    int start = in.readInt();
                    int itemCount = count(in);
                    List<ListItem> items = new ArrayList<>(itemCount);
                    for (int k = 0; k < itemCount; k++) {
                        items.add(new ListItem(readRuns(in)));
                    }
                    blocks.add(new ListBlock(ordered, start, items));
                } else if (type == 0) {
                    blocks.add(new Paragraph(readRuns(in)));
                } else {
                    throw new IOException("unknown block type " + type);
                }
            }
            sections.add(new Section(sectionId, sectionTitle, kind, blocks));
        }
        return new Packed(meta, metaStamp, new Article(id, title, sections, origin), articleStamp);
    }

    private static void writeRuns(DataOutputStream out, List<Run> runs) throws IOException {
        out.writeInt(runs.size());
        for (Run r : runs) {
            writeString(out, r.text());
            out.writeByte(r.style().ordinal());
        }
    }

    private static List<Run> readRuns(DataInputStream in) throws IOException {
        int n = count(in);
        List<Run> runs = new ArrayList<>(n);
        Run.Style[] styles = Run.Style.values();
        for (int i = 0; i < n; i++) {
            String text = readString(in);
            runs.add(new Run(text, styles[in.readUnsignedByte()]));
        }
        return runs;
    }

    private static void writeStamp(DataOutputStream out, Stamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modifiedMillis());
        writeString(out, stamp.key());
    }

    private static Stamp readStamp(DataInputStream in) throws IOException {
        return new Stamp(in.readLong(), in.readLong(), readString(in));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
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
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("a count of " + n);
        }
        return n;
    }
}
