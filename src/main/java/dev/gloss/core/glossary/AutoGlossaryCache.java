package dev.gloss.core.glossary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.library.Library;
import dev.gloss.core.search.StoredIndex;
import dev.gloss.core.storage.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The automatic glossary kept on disk ({@value #FILE_NAME} in the data folder), so that finding
 * the terms of a large library is done once and reused while the library is unchanged. It is a
 * cache, never the record: it remembers a fingerprint of every article and of the names the
 * automatic terms must leave to the bundled glossary, and a file that is missing, damaged, of
 * another version or of another library is simply made again.
 */
public final class AutoGlossaryCache {
    public static final String FILE_NAME = "glossary-auto.json";
    /** Goes up whenever the way terms are found changes, so that older results are found again. */
    static final int ALGORITHM = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(int algorithm, String library, List<StoredTerm> terms) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredTerm(String name, List<String> aliases, int count, int sections, double score, StoredQuote quote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredQuote(String sectionId, String text, int start, AutoTerm.Pattern pattern) {
    }

    private AutoGlossaryCache() {
    }

    /** What happened: the terms, and whether they were read from disk (true) or found again. */
    public record Result(List<AutoTerm> terms, boolean fromDisk) {
    }

    /**
     * The automatic terms of the library, leaving to {@code bundled} the names it has: read from
     * {@code dataDir} when they were found for this very library, else found and written there.
     * A data folder that cannot be written to only means they are found again next time.
     */
    public static Result load(Path dataDir, Library library, Glossary bundled) {
        Set<String> excluded = new TreeSet<>();
        for (Term t : bundled.terms()) {
            t.names().forEach(n -> excluded.add(Tokens.key(n)));
        }
        String fingerprint = fingerprint(library, excluded);
        Path file = dataDir.resolve(FILE_NAME);
        List<AutoTerm> stored = read(file, fingerprint, library);
        if (stored != null) {
            return new Result(stored, true);
        }
        List<AutoTerm> found = new AutoTermFinder().find(library, excluded::contains);
        write(file, fingerprint, found);
        return new Result(found, false);
    }

    private static List<AutoTerm> read(Path file, String fingerprint, Library library) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Stored s = MAPPER.readValue(in, Stored.class);
            if (s == null || s.algorithm() != ALGORITHM || !fingerprint.equals(s.library()) || s.terms() == null) {
                return null;
            }
            List<AutoTerm> terms = new ArrayList<>();
            for (StoredTerm t : s.terms()) {
                if (t == null || t.name() == null || t.name().isBlank()) {
                    return null;
                }
                AutoTerm.Quote q = null;
                StoredQuote sq = t.quote();
                if (sq != null && sq.sectionId() != null && sq.text() != null && sq.pattern() != null
                        && library.section(sq.sectionId()).isPresent()) {
                    q = new AutoTerm.Quote(sq.sectionId(), sq.text(), sq.start(), sq.pattern());
                }
                terms.add(new AutoTerm(t.name(), t.aliases(), t.count(), t.sections(), t.score(), q));
            }
            return terms;
        } catch (IOException | RuntimeException damaged) {
            // A cache that cannot be read is made again.
            return null;
        }
    }

    private static void write(Path file, String fingerprint, List<AutoTerm> terms) {
        List<StoredTerm> out = terms.stream().map(t -> new StoredTerm(t.name(), t.aliases(), t.count(), t.sections(),
                t.score(), t.quote() == null ? null : new StoredQuote(t.quote().sectionId(), t.quote().text(),
                t.quote().start(), t.quote().pattern()))).toList();
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(new Stored(ALGORITHM, fingerprint, out)));
        } catch (IOException | RuntimeException unwritable) {
            // Only time is lost: the terms are found again at the next start.
        }
    }

    /** A digest of every article's id and fingerprint (as the search index checks them) and of the names left out. */
    static String fingerprint(Library library, Set<String> excluded) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("algorithm " + ALGORITHM + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : StoredIndex.fingerprints(library).entrySet()) {
                md.update((e.getKey() + "\t" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (String key : excluded) {
                md.update(("-" + key + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
