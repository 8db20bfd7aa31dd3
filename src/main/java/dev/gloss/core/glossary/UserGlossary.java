package dev.gloss.core.glossary;

import dev.gloss.core.storage.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The reader's own definitions, kept in the data folder as glossary-user.json: an overlay that
 * adds to the bundled glossary and never changes it. Written atomically; a file that cannot be
 * read is moved aside (never overwritten) and the glossary loads without it, with a warning.
 */
public final class UserGlossary {
    public static final String FILE_NAME = "glossary-user.json";

    private final Path file;
    private final Clock clock;

    /**
     * What loading found: the reader's terms, a warning to show if something was wrong, and whether
     * saving is allowed (not over a file written by a newer Gloss, nor over one that could not be moved aside).
     */
    public record Loaded(List<Term> terms, Optional<String> warning, boolean writable) {
        public Loaded {
            terms = List.copyOf(terms);
        }
    }

    public UserGlossary(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty(), true);
        }
        try {
            GlossaryJson.Document doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = GlossaryJson.read(in);
            }
            if (doc.version() > GlossaryJson.VERSION) {
                return new Loaded(List.of(), Optional.of("Your glossary definitions in " + file
                        + " were saved by a newer version of Gloss (format " + doc.version()
                        + "); they are not shown and will be left unchanged."), false);
            }
            if (doc.version() < 1) {
                throw new IOException("it has no valid \"version\"");
            }
            return new Loaded(GlossaryJson.terms(doc, Term.Origin.USER), Optional.empty(), true);
        } catch (IOException unreadable) {
            return keepAside(unreadable);
        }
    }

    public void save(List<Term> terms) throws IOException {
        AtomicFiles.write(file, GlossaryJson.write(terms));
    }

    private Loaded keepAside(IOException reason) {
        try {
            Path aside = AtomicFiles.keepAside(file, clock);
            return new Loaded(List.of(), Optional.of("Your glossary definitions could not be read ("
                    + reason.getMessage() + "); the file was kept as " + aside.getFileName()
                    + " and the glossary opened without them."), true);
        } catch (IOException e) {
            return new Loaded(List.of(), Optional.of("Your glossary definitions in " + file
                    + " could not be read (" + reason.getMessage() + ") nor moved aside (" + e.getMessage()
                    + "); the glossary opened without them."), false);
        }
    }
}
