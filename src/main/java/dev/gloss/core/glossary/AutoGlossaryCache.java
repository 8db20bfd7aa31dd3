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
 *
 * <p>After an import the terms are kept as they are, as the discovered topics are, while every
 * article they were found in is still there unchanged and the library has grown by less than a
 * quarter: the new articles are matched against them, which takes a moment, where finding the
 * terms again reads the whole library. Past that, when an article was changed or removed, and in
 * a library of fewer than {@value #KEEP_FROM} articles (whose terms are found in a second or
 * two), they are found afresh.
 */
public final class AutoGlossaryCache {
    public static final String FILE_NAME = "glossary-auto.json";
    /** Goes up whenever the way terms are found changes, so that older results are found again. */
    static final int ALGORITHM = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The library grown by this share since the terms were found: they are found again. */
    static final double REFIND_GROWTH = 1.25;
    /** Terms found in fewer articles than this are found again after any change. */
    static final int KEEP_FROM = 100;

    /**
     * {@code library} is the digest of the library the terms are kept for; {@code articles}, the
     * fingerprint of each article they were found in; {@code excluded}, a digest of the names left out.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(int algorithm, String library, List<StoredTerm> terms, Map<String, String> articles,
                  String excluded) {
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
        Map<String, String> articles = StoredIndex.fingerprints(library);
        String leftOut = digest(List.of(), excluded);
        String fingerprint = fingerprint(articles, excluded);
        Path file = dataDir.resolve(FILE_NAME);
        Stored kept = readStored(file);
        if (kept != null && fingerprint.equals(kept.library())) {
            List<AutoTerm> stored = terms(kept, library);
            if (stored != null) {
                return new Result(stored, true);
            }
        }
        if (kept != null && leftOut.equals(kept.excluded()) && onlyGrown(kept.articles(), articles)) {
            List<AutoTerm> stored = terms(kept, library);
            if (stored != null) {
                write(file, fingerprint, stored, kept.articles(), leftOut);
                return new Result(stored, true);
            }
        }
        List<AutoTerm> found = new AutoTermFinder().find(library, excluded::contains);
        write(file, fingerprint, found, articles, leftOut);
        return new Result(found, false);
    }

    /**
     * Whether the library is the one the terms were found in with a few articles more: every one of
     * those still there unchanged, and fewer new ones than would call for finding the terms again.
     */
    static boolean onlyGrown(Map<String, String> foundIn, Map<String, String> now) {
        if (foundIn == null || foundIn.size() < KEEP_FROM || now.size() < foundIn.size()) {
            return false;
        }
        for (Map.Entry<String, String> e : foundIn.entrySet()) {
            if (!e.getValue().equals(now.get(e.getKey()))) {
                return false;
            }
        }
        return now.size() < REFIND_GROWTH * foundIn.size();
    }

    private static Stored readStored(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Stored s = MAPPER.readValue(in, Stored.class);
            return s == null || s.algorithm() != ALGORITHM || s.terms() == null ? null : s;
        } catch (IOException | RuntimeException damaged) {
            // A cache that cannot be read is made again.
            return null;
        }
    }

    /** The terms kept, or null when one of them cannot be used (they are found again). */
    private static List<AutoTerm> terms(Stored s, Library library) {
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
    }

    private static void write(Path file, String fingerprint, List<AutoTerm> terms, Map<String, String> foundIn,
                              String excluded) {
        List<StoredTerm> out = terms.stream().map(t -> new StoredTerm(t.name(), t.aliases(), t.count(), t.sections(),
                t.score(), t.quote() == null ? null : new StoredQuote(t.quote().sectionId(), t.quote().text(),
                t.quote().start(), t.quote().pattern()))).toList();
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(new Stored(ALGORITHM, fingerprint, out,
                    new java.util.TreeMap<>(foundIn), excluded)));
        } catch (IOException | RuntimeException unwritable) {
            // Only time is lost: the terms are found again at the next start.
        }
    }

    /** A digest of every article's id and fingerprint (as the search index checks them) and of the names left out. */
    static String fingerprint(Library library, Set<String> excluded) {
        return fingerprint(StoredIndex.fingerprints(library), excluded);
    }

    private static String fingerprint(Map<String, String> articles, Set<String> excluded) {
        return digest(articles.entrySet(), excluded);
    }

    private static String digest(java.util.Collection<Map.Entry<String, String>> articles, Set<String> excluded) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("algorithm " + ALGORITHM + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : articles) {
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
