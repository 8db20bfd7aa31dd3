package dev.gloss.core.glossary;

import dev.gloss.core.ingest.Slugs;
import dev.gloss.core.library.Library;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** The terms found in the library, strongest first, before the reader's own and dismissed ones are taken out. */
    private final List<AutoTerm> found;
    private volatile Snapshot snapshot;

    /**
     * One consistent state: the glossary (bundled, the reader's, then the automatic terms that
     * neither names nor the reader dismissed), its mentions, and the automatic terms by id.
     */
    private record Snapshot(Glossary glossary, List<Term> userTerms, List<String> dismissed, MentionIndex mentions,
                            CandidateFinder.Scanned candidates, Map<String, AutoTerm> auto, List<Term> autoTerms) {
    }

    private GlossaryService(Library library, Glossary bundled, UserGlossary store, List<String> warnings,
                            boolean writable, List<Term> userTerms, List<String> dismissed, List<AutoTerm> found,
                            Snapshot previous) {
        this.library = library;
        this.bundled = bundled;
        this.store = store;
        this.warnings = List.copyOf(warnings);
        this.writable = writable;
        this.found = List.copyOf(found);
        this.snapshot = snapshot(userTerms, dismissed, previous);
    }

    /** The bundled glossary with the overlay in {@code dataDir}. */
    public static GlossaryService open(Library library, Path dataDir) {
        return open(library, Glossary.bundled(), dataDir, Clock.systemUTC());
    }

    public static GlossaryService open(Library library, Glossary bundled, Path dataDir, Clock clock) {
        return open(library, bundled, dataDir, clock, AutoGlossaryCache.load(dataDir, library, bundled).terms());
    }

    /**
     * The glossary of a library that {@code previous} was the glossary of before it changed (an
     * import): where the terms are the same, the articles that are too keep their mentions and
     * candidates, so only the new and changed articles are read.
     */
    public static GlossaryService open(Library library, Path dataDir, GlossaryService previous) {
        Glossary bundled = Glossary.bundled();
        return open(library, bundled, dataDir, Clock.systemUTC(),
                AutoGlossaryCache.load(dataDir, library, bundled).terms(), previous);
    }

    /** The glossary with the automatic terms given (found already, or none). */
    public static GlossaryService open(Library library, Glossary bundled, Path dataDir, Clock clock,
                                       List<AutoTerm> found) {
        return open(library, bundled, dataDir, clock, found, null);
    }

    private static GlossaryService open(Library library, Glossary bundled, Path dataDir, Clock clock,
                                        List<AutoTerm> found, GlossaryService previous) {
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
        return new GlossaryService(library, bundled, store, warnings, loaded.writable(), accepted,
                loaded.dismissed(), found, previous == null ? null : previous.snapshot);
    }

    public Glossary glossary() {
        return snapshot.glossary();
    }

    public MentionIndex mentions() {
        return snapshot.mentions();
    }

    /** The terms Gloss found in the library and shows, strongest first. */
    public List<Term> autoTerms() {
        return snapshot.autoTerms();
    }

    /** What Gloss found of an automatic term: its counts and the sentence that defines it, if one was mined. */
    public Optional<AutoTerm> auto(String termId) {
        return Optional.ofNullable(snapshot.auto().get(termId));
    }

    /** The sentence quoted as an automatic term's definition; empty for other terms and when none was mined. */
    public Optional<AutoTerm.Quote> quote(String termId) {
        return auto(termId).map(AutoTerm::quote);
    }

    /** The names of the automatic terms the reader dismissed. */
    public List<String> dismissed() {
        return snapshot.dismissed();
    }

    /** Terms the glossary lacks, most frequent first. */
    public List<Candidate> candidates() {
        return snapshot.candidates().candidates();
    }

    /** What went wrong while loading the reader's definitions, in sentences to show them; usually empty. */
    public List<String> warnings() {
        return warnings;
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
        // A term found automatically gives way to the reader's definition of it.
        Optional<Term> existing = s.glossary().lookup(name).filter(t -> !t.isAuto());
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
        save(userTerms, s.dismissed());
        snapshot = snapshot(userTerms, s.dismissed(), s);
        return term;
    }

    /**
     * Makes a term found in the library the reader's own: its name and aliases, and the sentence
     * mined for it as its definition, with where it was quoted from as its explanation. It can be
     * edited like any of the reader's definitions afterwards.
     *
     * @throws IllegalArgumentException if the term is not an automatic one, or no definition was mined for it
     */
    public synchronized Term accept(String termId) throws IOException {
        AutoTerm a = auto(termId).orElseThrow(() ->
                new IllegalArgumentException("There is no term found in your articles with the id '" + termId + "'."));
        if (a.quote() == null) {
            throw new IllegalArgumentException("No definition of '" + a.name()
                    + "' was found in your articles; write your own with Define….");
        }
        return define(new UserDefinition(a.name(), a.aliases(), a.quote().text(), quotedFrom(a.quote()), List.of(), ""));
    }

    /** "Quoted from “Article”, section “Section”." */
    public String quotedFrom(AutoTerm.Quote q) {
        String article = library.articleOf(q.sectionId()).map(dev.gloss.core.model.Article::title).orElse("");
        String section = library.section(q.sectionId()).filter(dev.gloss.core.model.Section::hasVisibleTitle)
                .map(dev.gloss.core.model.Section::title).orElse("");
        return "Quoted from “" + article + "”" + (section.isEmpty() ? "" : ", section “" + section + "”") + ".";
    }

    /** Dismisses a term found in the library: it is no longer shown, now or after a restart. */
    public synchronized boolean dismiss(String termId) throws IOException {
        Snapshot s = snapshot;
        Term term = s.glossary().term(termId).filter(Term::isAuto).orElse(null);
        if (term == null) {
            return false;
        }
        List<String> dismissed = new ArrayList<>(s.dismissed());
        dismissed.add(term.term());
        save(s.userTerms(), dismissed);
        snapshot = snapshot(s.userTerms(), dismissed, s);
        return true;
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
        save(userTerms, s.dismissed());
        snapshot = snapshot(userTerms, s.dismissed(), s);
        return true;
    }

    private void save(List<Term> userTerms, List<String> dismissed) throws IOException {
        if (!writable) {
            throw new IOException("Your glossary definitions in " + store.file()
                    + " are left untouched because they could not be loaded safely.");
        }
        store.save(userTerms, dismissed);
    }

    /** The glossary with these choices of the reader's; what {@code previous} found is taken over where it still holds. */
    private Snapshot snapshot(List<Term> userTerms, List<String> dismissed, Snapshot previous) {
        Glossary base = bundled.with(userTerms);
        Set<String> dismissedKeys = new HashSet<>();
        dismissed.forEach(n -> dismissedKeys.add(Tokens.key(n)));
        Set<String> ids = new HashSet<>();
        base.terms().forEach(t -> ids.add(t.id()));
        Set<String> names = new HashSet<>();
        List<Term> autoTerms = new ArrayList<>();
        Map<String, AutoTerm> byId = new LinkedHashMap<>();
        for (AutoTerm a : found) {
            List<String> keys = new ArrayList<>();
            keys.add(Tokens.key(a.name()));
            a.aliases().forEach(n -> keys.add(Tokens.key(n)));
            boolean free = keys.stream().noneMatch(k -> k.isEmpty() || dismissedKeys.contains(k) || names.contains(k))
                    && a.aliases().stream().noneMatch(n -> base.lookup(n).isPresent()) && base.lookup(a.name()).isEmpty();
            if (!free) {
                continue;
            }
            names.addAll(keys);
            String id = Slugs.unique("auto-" + Slugs.slug(a.name()), ids);
            ids.add(id);
            autoTerms.add(new Term(id, a.name(), a.aliases(), a.quote() == null ? "" : a.quote().text(), "", List.of(),
                    AUTO_CATEGORY, false, Term.Origin.AUTO));
            byId.put(id, a);
        }
        Glossary glossary = base.with(autoTerms);
        boolean sameTerms = previous != null && previous.glossary().terms().equals(glossary.terms());
        MentionIndex mentions = MentionIndex.build(library, glossary, sameTerms ? previous.mentions() : null);
        return new Snapshot(glossary, Collections.unmodifiableList(new ArrayList<>(userTerms)), List.copyOf(dismissed),
                mentions, CandidateFinder.scan(library, mentions, sameTerms ? previous.candidates() : null),
                Collections.unmodifiableMap(byId), List.copyOf(autoTerms));
    }

    /** The category of every term found in the library. */
    public static final String AUTO_CATEGORY = "from your articles";

    private static String newId(String name, Glossary glossary) {
        Set<String> taken = new HashSet<>();
        glossary.terms().forEach(t -> taken.add(t.id()));
        return Slugs.unique("user-" + Slugs.slug(name), taken);
    }
}
