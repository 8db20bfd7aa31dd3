package dev.gloss.core.glossary;

import dev.gloss.core.ingest.Slugs;
import dev.gloss.core.library.Library;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The glossary of a library as the reader and the command line use it: the bundled terms plus
 * the reader's own, where each term is mentioned, and the candidate terms still lacking an entry.
 * Adding or removing a definition saves the overlay first and then swaps in a fresh snapshot, so
 * readers of {@link #glossary()} and {@link #mentions()} always see a consistent pair.
 */
public final class GlossaryService {
    private final Library library;
    private final Glossary bundled;
    private final UserGlossary store;
    private final List<String> warnings;
    private final boolean writable;
    private volatile Snapshot snapshot;

    private record Snapshot(Glossary glossary, List<Term> userTerms, MentionIndex mentions,
                            List<Candidate> candidates) {
    }

    private GlossaryService(Library library, Glossary bundled, UserGlossary store, List<String> warnings,
                            boolean writable, List<Term> userTerms, Glossary glossary) {
        this.library = library;
        this.bundled = bundled;
        this.store = store;
        this.warnings = List.copyOf(warnings);
        this.writable = writable;
        this.snapshot = snapshot(glossary, userTerms);
    }

    /** The bundled glossary with the overlay in {@code dataDir}. */
    public static GlossaryService open(Library library, Path dataDir) {
        return open(library, Glossary.bundled(), dataDir, Clock.systemUTC());
    }

    public static GlossaryService open(Library library, Glossary bundled, Path dataDir, Clock clock) {
        UserGlossary store = new UserGlossary(dataDir, clock);
        UserGlossary.Loaded loaded = store.load();
        List<String> warnings = new ArrayList<>();
        loaded.warning().ifPresent(warnings::add);
        Glossary glossary = bundled;
        List<Term> accepted = new ArrayList<>();
        for (Term t : loaded.terms()) {
            try {
                glossary = glossary.with(List.of(t));
                accepted.add(t);
            } catch (IllegalArgumentException clash) {
                warnings.add("Your definition of '" + t.term() + "' was not loaded: " + clash.getMessage() + ".");
            }
        }
        return new GlossaryService(library, bundled, store, warnings, loaded.writable(), accepted, glossary);
    }

    public Glossary glossary() {
        return snapshot.glossary();
    }

    public MentionIndex mentions() {
        return snapshot.mentions();
    }

    /** Terms the glossary lacks, most frequent first. */
    public List<Candidate> candidates() {
        return snapshot.candidates();
    }

    /** What went wrong while loading the reader's definitions, in sentences to show them; usually empty. */
    public List<String> warnings() {
        return warnings;
    }

    public Path userFile() {
        return store.file();
    }

    /**
     * Adds the reader's definition, or replaces their earlier definition of the same term, and
     * saves the overlay.
     *
     * @throws IllegalArgumentException with a message for the reader if the definition is
     *     incomplete, names a bundled term, or refers to an unknown related term
     * @throws IOException if the overlay cannot be written; nothing changes then
     */
    public synchronized Term define(UserDefinition d) throws IOException {
        String name = d.term() == null ? "" : d.term().strip();
        if (Tokens.key(name).isEmpty()) {
            throw new IllegalArgumentException("A definition needs a term.");
        }
        if (d.definition() == null || d.definition().isBlank()) {
            throw new IllegalArgumentException("Write a definition for '" + name + "'.");
        }
        Snapshot s = snapshot;
        Optional<Term> existing = s.glossary().lookup(name);
        if (existing.isPresent() && !existing.get().isUserDefined()) {
            throw new IllegalArgumentException("'" + name + "' is already in the glossary as '"
                    + existing.get().term() + "'.");
        }
        for (String related : d.related()) {
            if (s.glossary().term(related).isEmpty()) {
                throw new IllegalArgumentException("There is no glossary term '" + related + "' to relate to.");
            }
        }
        List<Term> others = new ArrayList<>(s.userTerms());
        existing.ifPresent(others::remove);
        String id = existing.map(Term::id).orElseGet(() -> newId(name, s.glossary()));
        Term term = new Term(id, name, d.aliases(), d.definition().strip(), d.explanation(), d.related(),
                d.category(), false, Term.Origin.USER);
        List<Term> userTerms = new ArrayList<>(others);
        userTerms.add(term);
        Glossary glossary;
        try {
            glossary = bundled.with(userTerms);
        } catch (IllegalArgumentException clash) {
            throw new IllegalArgumentException("This definition clashes with the glossary: " + clash.getMessage() + ".");
        }
        save(userTerms);
        snapshot = snapshot(glossary, userTerms);
        return term;
    }

    /** Removes one of the reader's definitions; bundled terms cannot be removed. */
    public synchronized boolean remove(String termId) throws IOException {
        Snapshot s = snapshot;
        Optional<Term> term = s.glossary().term(termId).filter(Term::isUserDefined);
        if (term.isEmpty()) {
            return false;
        }
        List<Term> userTerms = new ArrayList<>(s.userTerms());
        userTerms.remove(term.get());
        save(userTerms);
        snapshot = snapshot(bundled.with(userTerms), userTerms);
        return true;
    }

    private void save(List<Term> userTerms) throws IOException {
        if (!writable) {
            throw new IOException("Your glossary definitions in " + store.file()
                    + " are left untouched because they could not be loaded safely.");
        }
        store.save(userTerms);
    }

    private Snapshot snapshot(Glossary glossary, List<Term> userTerms) {
        MentionIndex mentions = MentionIndex.build(library, glossary);
        return new Snapshot(glossary, Collections.unmodifiableList(new ArrayList<>(userTerms)), mentions,
                CandidateFinder.find(library, mentions));
    }

    private static String newId(String name, Glossary glossary) {
        Set<String> taken = new HashSet<>();
        glossary.terms().forEach(t -> taken.add(t.id()));
        return Slugs.unique("user-" + Slugs.slug(name), taken);
    }
}
