package dev.gloss.core.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The glossary in memory: its terms A to Z, found by id, by name or alias (ignoring case,
 * hyphens and inflection), by prefix, by substring, or despite a typo. Immutable; a glossary with
 * the reader's own terms is a new instance ({@link #with(List)}).
 */
public final class Glossary {
    /** Where the bundled glossary sits in the jar (assets/library/glossary.json in the source tree). */
    public static final String RESOURCE = "/library/glossary.json";

    private static final Comparator<Term> A_TO_Z =
            Comparator.comparing((Term t) -> Tokens.fold(t.term())).thenComparing(Term::id);

    private final List<Term> terms;
    private final Map<String, Term> byId = new LinkedHashMap<>();
    private final Map<String, Term> byKey = new HashMap<>();
    private final List<Name> names = new ArrayList<>();
    private final TermMatcher matcher;

    /** A name or alias of a term, folded for comparison. */
    private record Name(Term term, String name, String folded, boolean alias) {
    }

    /**
     * @throws IllegalArgumentException if two terms share an id or a name: every name must lead to
     *     one term, for lookup and for marking the text
     */
    public Glossary(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(A_TO_Z);
        this.terms = Collections.unmodifiableList(sorted);
        for (Term term : this.terms) {
            if (byId.putIfAbsent(term.id(), term) != null) {
                throw new IllegalArgumentException("Two glossary terms have the id '" + term.id() + "'");
            }
            for (String name : term.names()) {
                String key = Tokens.key(name);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("The glossary term '" + term.id() + "' has an empty name");
                }
                Term other = byKey.putIfAbsent(key, term);
                if (other != null && other != term) {
                    throw new IllegalArgumentException("'" + name + "' names two glossary terms: '"
                            + other.id() + "' and '" + term.id() + "'");
                }
                names.add(new Name(term, name, Tokens.fold(name), !name.equals(term.term())));
            }
        }
        this.matcher = new TermMatcher(this.terms);
    }

    /** The glossary that ships with Gloss. */
    public static Glossary bundled() {
        return new Glossary(bundledTerms());
    }

    static List<Term> bundledTerms() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the resource " + RESOURCE + " is missing");
            }
            return GlossaryJson.terms(GlossaryJson.read(in), Term.Origin.BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled glossary cannot be read: " + e.getMessage(), e);
        }
    }

    /** This glossary plus more terms. */
    public Glossary with(List<Term> more) {
        List<Term> all = new ArrayList<>(terms);
        all.addAll(more);
        return new Glossary(all);
    }

    /** Every term, A to Z. */
    public List<Term> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The term a name or alias belongs to: "mgp", "Osteoblasts" and "gut brain axis" all find theirs. */
    public Optional<Term> lookup(String nameOrAlias) {
        return Optional.ofNullable(byKey.get(Tokens.key(nameOrAlias)));
    }

    /** The related terms of a term that exist in this glossary, in the order the entry gives them. */
    public List<Term> related(Term term) {
        return term.related().stream().map(byId::get).filter(t -> t != null).toList();
    }

    /** Terms with a name or alias that begins with the text, A to Z. */
    public List<Term> withPrefix(String prefix) {
        String p = Tokens.fold(prefix);
        return p.isEmpty() ? terms : distinctTerms(n -> n.folded().startsWith(p));
    }

    /** Terms with a name or alias that contains the text, A to Z. */
    public List<Term> containing(String text) {
        String q = Tokens.fold(text);
        return q.isEmpty() ? terms : distinctTerms(n -> n.folded().contains(q));
    }

    /**
     * The term whose name or alias is closest to the query within a few typing slips (more for
     * longer words); digits must agree, since "MK-5" is not a slip for "MK-4".
     */
    public Optional<Lookup> closest(String query) {
        String q = Tokens.fold(query);
        int bound = TypoDistance.allowedFor(q.length());
        Lookup best = null;
        for (Name n : names) {
            if (!digits(n.folded()).equals(digits(q))) {
                continue;
            }
            int d = TypoDistance.between(q, n.folded(), bound);
            if (d <= bound && (best == null || d < best.distance()
                    || d == best.distance() && closer(n, best, q))) {
                best = new Lookup(n.term(), Lookup.Kind.TYPO, n.name(), d);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The best single match for a query, as the command line and "Look up" want it: the exact
     * name or alias, else the closest within a few typos, else the shortest name that begins with
     * the query, else the shortest that contains it.
     */
    public Optional<Lookup> find(String query) {
        if (Tokens.fold(query).isEmpty()) {
            return Optional.empty();
        }
        Optional<Term> exact = lookup(query);
        if (exact.isPresent()) {
            Term t = exact.get();
            boolean byName = Tokens.key(t.term()).equals(Tokens.key(query));
            return Optional.of(new Lookup(t, byName ? Lookup.Kind.NAME : Lookup.Kind.ALIAS, query, 0));
        }
        Optional<Lookup> typo = closest(query);
        if (typo.isPresent()) {
            return typo;
        }
        String q = Tokens.fold(query);
        Optional<Lookup> prefix = shortest(n -> n.folded().startsWith(q), Lookup.Kind.PREFIX);
        return prefix.isPresent() ? prefix : shortest(n -> n.folded().contains(q), Lookup.Kind.SUBSTRING);
    }

    /**
     * The terms to list while the reader types into the glossary's search field: exact matches,
     * then names that begin with the text, then names that contain it, then near misses (also of
     * the beginning of a name, since the reader may not have finished typing). Empty text: all terms.
     */
    public List<Term> filter(String query) {
        String q = Tokens.fold(query);
        if (q.isEmpty()) {
            return terms;
        }
        LinkedHashMap<String, Term> out = new LinkedHashMap<>();
        lookup(query).ifPresent(t -> out.put(t.id(), t));
        withPrefix(q).forEach(t -> out.putIfAbsent(t.id(), t));
        containing(q).forEach(t -> out.putIfAbsent(t.id(), t));
        int bound = TypoDistance.allowedFor(q.length());
        Map<Term, Integer> near = new LinkedHashMap<>();
        for (Name n : names) {
            if (out.containsKey(n.term().id()) || !digits(n.folded()).equals(digits(q))) {
                continue;
            }
            int d = TypoDistance.between(q, n.folded(), bound);
            if (q.length() >= 4 && n.folded().length() > q.length()) {
                d = Math.min(d, TypoDistance.between(q, n.folded().substring(0, q.length()), bound));
            }
            if (d <= bound) {
                near.merge(n.term(), d, Math::min);
            }
        }
        near.entrySet().stream()
                .sorted(Map.Entry.<Term, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(A_TO_Z)))
                .forEach(e -> out.putIfAbsent(e.getKey().id(), e.getKey()));
        return List.copyOf(out.values());
    }

    TermMatcher matcher() {
        return matcher;
    }

    private List<Term> distinctTerms(java.util.function.Predicate<Name> test) {
        LinkedHashMap<String, Term> out = new LinkedHashMap<>();
        for (Name n : names) {
            if (test.test(n)) {
                out.putIfAbsent(n.term().id(), n.term());
            }
        }
        List<Term> list = new ArrayList<>(out.values());
        list.sort(A_TO_Z);
        return list;
    }

    private Optional<Lookup> shortest(java.util.function.Predicate<Name> test, Lookup.Kind kind) {
        return names.stream().filter(test)
                .min(Comparator.comparingInt((Name n) -> n.folded().length()).thenComparing(Name::folded))
                .map(n -> new Lookup(n.term(), kind, n.name(), 0));
    }

    /** Between two names equally far from the query, the one nearer its length, then a term's own name. */
    private static boolean closer(Name candidate, Lookup best, String q) {
        int a = Math.abs(Tokens.fold(candidate.name()).length() - q.length());
        int b = Math.abs(Tokens.fold(best.matchedName()).length() - q.length());
        if (a != b) {
            return a < b;
        }
        return !candidate.alias() && !best.matchedName().equals(best.term().term());
    }

    private static String digits(String s) {
        return s.replaceAll("\\D+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
