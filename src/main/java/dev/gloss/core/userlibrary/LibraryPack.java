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
 * The library pack, {@code library.pack} in this computer's cache folder for the data folder
 * ({@link dev.gloss.core.storage.LocalFolders#pack}): every imported article and its metadata in one file, so that a
 * start reads one file instead of two per article. It is a cache, never the record: each entry
 * keeps the size and modification time its meta.json and article.json had when it was packed, and
 * is used only while both files still have them; an entry that does not match, and a pack that is
 * missing, of another format or damaged (its checksum fails), mean reading the folders as before.
 */
final class LibraryPack {
    static final String FILE = dev.gloss.core.storage.LocalFolders.PACK;
    private static final int MAGIC = 0x474C5043; // "GLPC"
    private static final int FORMAT = 2;

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

        /**
         * The stamp of an article's article.json as one line of text without tabs: what an index
         * or a list of articles records. (Everything they hold of an article is read from that file.)
         */
        String text() {
            return size + "/" + modifiedMillis + "/" + key.replace('\t', ' ');
        }
    }

    /** One article as packed, with the stamps of the files it was packed from. */
    record Packed(ImportMetadata meta, Stamp metaStamp, Article article, Stamp articleStamp) {
    }

    private LibraryPack() {
    }

    /** The packed entries by article id; empty when there is no pack or it cannot be trusted. */
    static Map<String, Packed> read(Path file) {
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
    static void write(Path file, List<Packed> entries) throws IOException {
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
        AtomicFiles.write(file, bytes.toByteArray());
    }

    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
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
        PackCodec.writeArticle(out, p.article());
    }

    private static Packed readEntry(DataInputStream in) throws IOException {
        ImportMetadata meta = new ImportMetadata(in.readInt(), readString(in), readString(in), readString(in),
                readString(in), readString(in), readString(in), in.readLong(), readString(in), readString(in),
                readString(in));
        Stamp metaStamp = readStamp(in);
        Stamp articleStamp = readStamp(in);
        return new Packed(meta, metaStamp, PackCodec.readArticle(in), articleStamp);
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
        PackCodec.writeString(out, s);
    }

    private static String readString(DataInputStream in) throws IOException {
        return PackCodec.readString(in);
    }

    private static int count(DataInputStream in) throws IOException {
        return PackCodec.count(in);
    }
}
