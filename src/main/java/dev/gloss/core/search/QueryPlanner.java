package dev.gloss.core.search;

import dev.gloss.core.search.UserQuery.Part;
import dev.gloss.core.search.UserQuery.Phrase;
import dev.gloss.core.search.UserQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link UserQuery} into Lucene queries, clause by clause: one that needs every word and
 * phrase, one that takes any of them for the fall-back, and what to mark in snippets. Each word
 * must be in a section's text (titles included); a match in a title only adds to the score,
 * which keeps the required part a plain conjunction that Lucene evaluates fast. A word the
 * index has never seen is replaced by the index's nearest words, which also give the
 * "did you mean" text.
 */
final class QueryPlanner {

    /** A one-letter prefix would expand to a large part of the vocabulary and tell little. */
    static final int MIN_PREFIX = 2;
    private static final float COMPLETION_BOOST = 0.9f;
    private static final float CORRECTION_BOOST = 0.8f;
    private static final float PROXIMITY_BOOST = 0.5f;
    private static final int PROXIMITY_SLOP = 3;

    /**
     * The queries for one request: every word, any word, and the words close together, which
     * re-ranks the best all-word hits (scoring it on every candidate would cost too much).
     */
    record Plan(Query allWords, Optional<Query> anyWord, Optional<Query> proximity, Marking strict,
                Marking loose, Optional<String> didYouMean) {
    }

    /**
     * What to mark in a hit: as a query on the section text alone, whose matches give the
     * snippet's offsets, and as a {@link Highlight} for any other text. All-word hits mark a
     * phrase only as a whole; any-word hits also mark its words alone.
     */
    record Marking(Query query, Highlight highlight) {
    }

    /** A word or phrase: what the text must hold, and title matches that add to the score. */
    private record Clause(Query required, List<Query> titleBoosts) {
    }

    /** A stem that stands for a typed word, and how much a match with it counts. */
    private record Alternative(String stem, float boost) {
    }

    private final IndexWords words;
    private final Set<String> stems = new HashSet<>();
    private final Set<String> markedStems = new HashSet<>();
    private final Set<String> phraseWordStems = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<List<Highlight.PhraseTerm>> phrases = new ArrayList<>();
    private final Map<Word, String> corrections = new LinkedHashMap<>();

    QueryPlanner(IndexReader reader) {
        this.words = new IndexWords(reader);
    }

    /** The plan for {@code query}, restricted to {@code scope} if not null; empty without a searchable word. */
    Optional<Plan> plan(String text, UserQuery query, Query scope) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> bareStems = new ArrayList<>();
        int required = 0;
        int anyClauses = 0;
        Set<String> seen = new HashSet<>();
        Clause typedStopWord = null;
        for (Part part : query.parts()) {
            if (part instanceof Word word && seen.add(word.text() + (word.prefix() ? "*" : ""))) {
                Optional<Clause> clause = wordClause(word);
                if (clause.isEmpty()) {
                    continue;
                }
                if (word.stem().isEmpty()) {
                    // A stop word being typed ("an" on the way to "anxiety") must not empty the results.
                    typedStopWord = clause.get();
                } else {
                    add(all, clause.get(), Occur.MUST);
                    required++;
                    bareStems.add(word.stem().get());
                }
                add(any, clause.get(), Occur.SHOULD);
                anyClauses++;
            } else if (part instanceof Phrase phrase && !phrase.terms().isEmpty()) {
                List<Highlight.PhraseTerm> terms = phrase.terms();
                add(all, phraseClause(terms), Occur.MUST);
                add(any, phraseClause(terms), Occur.SHOULD);
                required++;
                anyClauses++;
                if (terms.size() > 1) {
                    phrases.add(terms);
                    for (Highlight.PhraseTerm term : terms) {
                        add(any, clause(List.of(new Alternative(term.stem(), 1f))), Occur.SHOULD);
                        phraseWordStems.add(term.stem());
                        anyClauses++;
                    }
                }
            }
        }
        if (typedStopWord != null) {
            add(all, typedStopWord, required == 0 ? Occur.MUST : Occur.SHOULD);
            required++;
        }
        if (required == 0) {
            return Optional.empty();
        }
        if (scope != null) {
            all.add(scope, Occur.FILTER);
            any.add(scope, Occur.FILTER);
        }
        any.setMinimumNumberShouldMatch(1);
        Set<String> loose = new HashSet<>(stems);
        loose.addAll(phraseWordStems);
        return Optional.of(new Plan(all.build(),
                anyClauses > 1 ? Optional.of(any.build()) : Optional.empty(),
                bareStems.size() > 1 ? Optional.of(proximity(bareStems)) : Optional.empty(),
                marking(stems), marking(loose), didYouMean(text)));
    }

    private static void add(BooleanQuery.Builder query, Clause clause, Occur occur) {
        query.add(clause.required(), occur);
        clause.titleBoosts().forEach(boost -> query.add(boost, Occur.SHOULD));
    }

    private Optional<Clause> wordClause(Word word) throws IOException {
        List<Alternative> alternatives = new ArrayList<>();
        word.stem().ifPresent(stem -> {
            alternatives.add(new Alternative(stem, 1f));
            stems.add(stem);
        });
        boolean asPrefix = word.prefix() && word.text().length() >= QueryPlanner.MIN_PREFIX;
        if (asPrefix) {
            alternatives.addAll(completions(word));
            prefixes.add(word.text());
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        if (!words.known(word, asPrefix)) {
            List<String> suggestions = words.suggestions(word.text());
            for (String suggestion : suggestions) {
                Analysis.stem(suggestion).ifPresent(stem -> {
                    alternatives.add(new Alternative(stem, CORRECTION_BOOST));
                    stems.add(stem);
                });
            }
            if (!suggestions.isEmpty()) {
                corrections.put(word, suggestions.get(0));
            }
        }
        return Optional.of(clause(alternatives));
    }

    /**
     * The word being typed matches the longer words it begins, the most frequent of them, each
     * searched like a typed word, so a section titled with one ranks first. The rarest
     * completions of a short beginning are left out: the next letter typed brings them in.
     * "and", a stop word, finds "android" but not "and" itself.
     */
    private List<Alternative> completions(Word word) throws IOException {
        List<Alternative> alternatives = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        word.stem().ifPresent(taken::add);
        for (String longer : words.completions(word.text(), IndexWords.COMPLETIONS)) {
            Optional<String> stem = Analysis.stem(longer);
            if (stem.isPresent() && taken.add(stem.get())) {
                alternatives.add(new Alternative(stem.get(), COMPLETION_BOOST));
                markedStems.add(stem.get());
            }
        }
        return alternatives;
    }

    private static Clause clause(List<Alternative> alternatives) {
        List<Query> boosts = new ArrayList<>();
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (Alternative a : alternatives) {
            either.add(boosted(new TermQuery(new Term(SearchFields.TEXT, a.stem())), a.boost()), Occur.SHOULD);
            // Only the typed word itself weighs its titles: completions' and corrections' title
            // clauses would stop Lucene skipping the many sections they cannot lift into the top.
            if (a.boost() == 1f) {
                for (SearchFields.Weighted title : SearchFields.TITLES) {
                    boosts.add(boosted(new TermQuery(new Term(title.field(), a.stem())), title.boost() * a.boost()));
                }
            }
        }
        Alternative only = alternatives.get(0);
        Query required = alternatives.size() == 1 && only.boost() == 1f
                ? new TermQuery(new Term(SearchFields.TEXT, only.stem())) : either.build();
        return new Clause(required, boosts);
    }

    private static Clause phraseClause(List<Highlight.PhraseTerm> terms) {
        if (terms.size() == 1) {
            return clause(List.of(new Alternative(terms.get(0).stem(), 1f)));
        }
        List<Query> boosts = new ArrayList<>();
        for (SearchFields.Weighted title : SearchFields.TITLES) {
            boosts.add(boosted(phrase(title.field(), terms), title.boost()));
        }
        return new Clause(phrase(SearchFields.TEXT, terms), boosts);
    }

    private static Query phrase(String field, List<Highlight.PhraseTerm> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        terms.forEach(t -> phrase.add(new Term(field, t.stem()), t.offset()));
        return phrase.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** The section text's matches mark a hit's snippet: the stems searched, completions, phrases. */
    private Marking marking(Set<String> searched) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        Set<String> all = new HashSet<>(searched);
        all.addAll(markedStems);
        for (String stem : all) {
            marks.add(new TermQuery(new Term(SearchFields.TEXT, stem)), Occur.SHOULD);
        }
        for (List<Highlight.PhraseTerm> phrase : phrases) {
            marks.add(phrase(SearchFields.TEXT, phrase), Occur.SHOULD);
        }
        return new Marking(marks.build(), new Highlight(searched, prefixes, phrases));
    }

    /** Sections where the words stand close together rank above those where they are scattered. */
    private static Query proximity(List<String> stems) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
        for (int i = 0; i < stems.size(); i++) {
            phrase.add(new Term(SearchFields.TEXT, stems.get(i)), i);
        }
        return new BoostQuery(phrase.build(), PROXIMITY_BOOST);
    }

    /** The typed text with each misspelt word replaced by its best correction, capitalised alike. */
    private Optional<String> didYouMean(String text) {
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        List<Map.Entry<Word, String>> ordered = new ArrayList<>(corrections.entrySet());
        ordered.sort((a, b) -> Integer.compare(a.getKey().start(), b.getKey().start()));
        for (Map.Entry<Word, String> e : ordered) {
            Word word = e.getKey();
            sb.append(text, at, word.start());
            boolean capital = Character.isUpperCase(text.charAt(word.start()));
            String fix = e.getValue();
            sb.append(capital ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix);
            at = word.end();
        }
        sb.append(text, Math.min(at, text.length()), Math.min(text.length(), UserQuery.MAX_CHARS));
        return Optional.of(sb.toString().strip());
    }
}
