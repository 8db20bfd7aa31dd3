package dev.gloss.core.topics;

import dev.gloss.core.storage.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The curated topics of every section kept between starts, with the fingerprint of each article
 * they were found in: a cache in this computer's cache folder, in a compact binary form, because
 * at 10,000 articles the same as JSON took seconds to read. A file that is missing, damaged or of
 * another version is simply made again (the articles are tagged anew).
 */
final class CuratedTagFile {
    static final String FILE_NAME = "topics-curated.bin";
    private static final int MAGIC = 0x474c5443;
    private static final int VERSION = 1;

    /** The fingerprints of the articles tagged, and each section's curated topics (topic id to score). */
    record Tags(Map<String, Long> articles, Map<String, Map<String, Double>> sections) {
    }

    private CuratedTagFile() {
    }

    /** The tags kept in {@code file}, or null when there are none that can be used. */
    static Tags read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int articleCount = in.readInt();
            Map<String, Long> articles = new HashMap<>(articleCount * 2);
            for (int i = 0; i < articleCount; i++) {
                articles.put(in.readUTF(), in.readLong());
            }
            int sectionCount = in.readInt();
            Map<String, Map<String, Double>> sections = new HashMap<>(sectionCount * 2);
            Map<String, String> topicIds = new HashMap<>();
            for (int i = 0; i < sectionCount; i++) {
                String section = in.readUTF();
                int n = in.readUnsignedByte();
                Map<String, Double> tags = new LinkedHashMap<>(n * 2);
                for (int k = 0; k < n; k++) {
                    String topic = in.readUTF();
                    tags.put(topicIds.computeIfAbsent(topic, t -> t), in.readDouble());
                }
                sections.put(section, tags);
            }
            return new Tags(articles, sections);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** Keeps the tags; a cache folder that cannot be written to only means tagging again next time. */
    static void write(Path file, Tags tags) {
        if (file == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(tags.articles().size());
            for (Map.Entry<String, Long> e : tags.articles().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(tags.sections().size());
            for (Map.Entry<String, Map<String, Double>> e : tags.sections().entrySet()) {
                out.writeUTF(e.getKey());
                int n = Math.min(255, e.getValue().size());
                out.writeByte(n);
                int k = 0;
                for (Map.Entry<String, Double> t : e.getValue().entrySet()) {
                    if (k++ == n) {
                        break;
                    }
                    out.writeUTF(t.getKey());
                    out.writeDouble(t.getValue());
                }
            }
            out.flush();
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException | RuntimeException unwritable) {
            // Only time is lost.
        }
    }
}
