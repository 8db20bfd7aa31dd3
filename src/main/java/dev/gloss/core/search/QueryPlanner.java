package dev.gloss.core.search;

import dev.gloss.core.search.UserQuery.Part;
import dev.gloss.core.search.UserQuery.Phrase;
import dev.gloss.core.search.UserQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns a {@link UserQuery} into Lucene queries, built clause by clause: one that needs every
 * word and phrase, one that takes any of them for the fall-back, and what to mark in snippets.
 * A word the index has never seen is replaced by the index's nearest words, which also give
 * the "did you mean" text.
 */
final class QueryPlanner {

    /** A one-letter prefix would expand to a large part of the vocabulary and tell little. */
    static final int MIN_PREFIX = 2;
    private static final int MIN_SPELLED = 4;
    /** Spelling suggestions are looked up for this many unknown words of a query at most. */
    private static final int MAX_SPELLED = 4;
    private static final int SUGGESTIONS = 3;
    private static final float PREFIX_BOOST = 0.9f;
    /** A typed beginning is searched as its most frequent completions, scanning this many at most. */
    private static final int PREFIX_EXPANSIONS = 16;
    private static final int MAX_PREFIX_SCAN = 5000;
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

    private final IndexReader reader;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private int spelled;
    private final Set<String> completionStems = new HashSet<>();

    QueryPlanner(IndexReader reader) {
        this.reader = reader;
    }

    Optional<Plan> plan(String text, UserQuery query, Query scope) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> stems = new HashSet<>();
        Set<String> looseStems = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<List<Highlight.PhraseTerm>> phrases = new ArrayList<>();
        Map<Word, String> corrections = new LinkedHashMap<>();
        List<String> bareStems = new ArrayList<>();
        int clauses = 0;
        int anyClauses = 0;
        Set<String> seen = new HashSet<>();
        Query typedStopWord = null;
        for (Part part : query.parts()) {
            if (part instanceof Word word) {
                if (!seen.add(word.text() + (word.prefix() ? "*" : ""))) {
                    continue;
                }
                Optional<Query> clause = wordClause(word, stems, prefixes, corrections);
                if (clause.isEmpty()) {
                    continue;
                }
                if (word.stem().isEmpty()) {
                    // A stop word being typed ("an" on the way to "anxiety") must not empty the results.
                    typedStopWord = clause.get();
                } else {
                    all.add(clause.get(), Occur.MUST);
                    clauses++;
                }
                any.add(clause.get(), Occur.SHOULD);
                anyClauses++;
                word.stem().ifPresent(bareStems::add);
            } else if (part instanceof Phrase phrase) {
                List<Highlight.PhraseTerm> terms = phrase.terms();
                if (terms.isEmpty()) {
                    continue;
                }
                all.add(phraseClause(terms), Occur.MUST);
                any.add(phraseClause(terms), Occur.SHOULD);
                clauses++;
                anyClauses++;
                if (terms.size() == 1) {
                    stems.add(terms.get(0).stem());
                    continue;
                }
                phrases.add(terms);
                for (Highlight.PhraseTerm term : terms) {
                    any.add(fieldsQuery(term.stem()), Occur.SHOULD);
                    looseStems.add(term.stem());
                    anyClauses++;
                }
            }
        }
        if (typedStopWord != null) {
            all.add(typedStopWord, clauses == 0 ? Occur.MUST : Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        if (scope != null) {
            all.add(scope, Occur.FILTER);
            any.add(scope, Occur.FILTER);
        }
        any.setMinimumNumberShouldMatch(1);
        looseStems.addAll(stems);
        return Optional.of(new Plan(all.build(),
                anyClauses > 1 ? Optional.of(any.build()) : Optional.empty(),
                bareStems.size() > 1 ? Optional.of(proximity(bareStems)) : Optional.empty(),
                marking(stems, prefixes, phrases),
                marking(looseStems, prefixes, phrases),
                didYouMean(text, corrections)));
    }

    private Marking marking(Set<String> stems, List<String> prefixes, List<List<Highlight.PhraseTerm>> phrases) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        Set<String> all = new HashSet<>(stems);
        all.addAll(completionStems);
        for (String stem : all) {
            marks.add(new TermQuery(new Term(SearchFields.BODY, stem)), Occur.SHOULD);
        }
        for (List<Highlight.PhraseTerm> phrase : phrases) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder();
            phrase.forEach(t -> builder.add(new Term(SearchFields.BODY, t.stem()), t.offset()));
            marks.add(builder.build(), Occur.SHOULD);
        }
        return new Marking(marks.build(), new Highlight(stems, prefixes, phrases));
    }

    private Optional<Query> wordClause(Word word, Set<String> stems, List<String> prefixes,
                                       Map<Word, String> corrections) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        word.stem().ifPresent(stem -> {
            alternatives.add(fieldsQuery(stem));
            stems.add(stem);
        });
        boolean asPrefix = word.prefix() && word.text().length() >= MIN_PREFIX;
        if (asPrefix) {
            alternatives.addAll(prefixClauses(word));
            prefixes.add(word.text());
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        if (!known(word, asPrefix)) {
            List<String> suggestions = suggest(word.text());
            for (String suggestion : suggestions) {
                Optional<String> stem = Analysis.stem(suggestion);
                if (stem.isPresent()) {
                    alternatives.add(new BoostQuery(fieldsQuery(stem.get()), CORRECTION_BOOST));
                    stems.add(stem.get());
                }
            }
            if (!suggestions.isEmpty()) {
                corrections.put(word, suggestions.get(0));
            }
        }
        if (alternatives.size() == 1) {
            return Optional.of(alternatives.get(0));
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        alternatives.forEach(q -> either.add(q, Occur.SHOULD));
        return Optional.of(either.build());
    }

    /** A word is known when the index holds it, its stem, or (while typed) a word it begins. */
    private boolean known(Word word, boolean asPrefix) throws IOException {
        if (reader.docFreq(new Term(SearchFields.WORDS, word.text())) > 0) {
            return true;
        }
        if (word.stem().isPresent()) {
            for (SearchFields.Weighted f : SearchFields.TEXT) {
                if (reader.docFreq(new Term(f.field(), word.stem().get())) > 0) {
                    return true;
                }
            }
        }
        return asPrefix && hasWordStartingWith(word.text());
    }

    /**
     * The word being typed matches the longer words it begins, the most frequent of them, each
     * searched like a typed word, so a section titled with one ranks first. The rarest
     * completions of a short beginning are left out: the next letter typed brings them in.
     * "and", a stop word, finds "android" but not "and" itself.
     */
    private List<Query> prefixClauses(Word word) throws IOException {
        List<Query> clauses = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        word.stem().ifPresent(stems::add);
        for (String longer : frequentWordsStartingWith(word.text())) {
            Optional<String> stem = Analysis.stem(longer);
            if (stem.isPresent() && stems.add(stem.get())) {
                clauses.add(new BoostQuery(fieldsQuery(stem.get()), PREFIX_BOOST));
                completionStems.add(stem.get());
            }
        }
        return clauses;
    }

    /** The words longer than {@code prefix} that begin with it, most frequent first. */
    private List<String> frequentWordsStartingWith(String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, SearchFields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum e = terms.iterator();
        BytesRef wanted = new BytesRef(prefix);
        if (e.seekCeil(wanted) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        int scanned = 0;
        for (BytesRef term = e.term(); term != null && StringHelper.startsWith(term, wanted)
                && scanned < MAX_PREFIX_SCAN; term = e.next(), scanned++) {
            if (term.length > wanted.length) {
                top.add(Map.entry(term.utf8ToString(), e.docFreq()));
                if (top.size() > PREFIX_EXPANSIONS) {
                    top.poll();
                }
            }
        }
        List<String> words = new ArrayList<>();
        while (!top.isEmpty()) {
            words.add(0, top.poll().getKey());
        }
        return words;
    }

    private boolean hasWordStartingWith(String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, SearchFields.WORDS);
        if (terms == null) {
            return false;
        }
        TermsEnum e = terms.iterator();
        BytesRef wanted = new BytesRef(prefix);
        return e.seekCeil(wanted) != TermsEnum.SeekStatus.END
                && StringHelper.startsWith(e.term(), wanted);
    }

    private List<String> suggest(String word) throws IOException {
        if (word.length() < MIN_SPELLED || spelled >= MAX_SPELLED || word.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        spelled++;
        // One edit is cheaper to look for and catches most slips; two only when one finds nothing.
        spelling.setMaxEdits(1);
        SuggestWord[] found = spelling.suggestSimilar(new Term(SearchFields.WORDS, word), SUGGESTIONS, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (found.length == 0) {
            spelling.setMaxEdits(2);
            found = spelling.suggestSimilar(new Term(SearchFields.WORDS, word), SUGGESTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        }
        List<String> words = new ArrayList<>();
        for (SuggestWord s : found) {
            words.add(s.string);
        }
        return words;
    }

    /**
     * A stem in any text field, each field weighted. A sum rather than a maximum: a word in the
     * title and the text says more than either, and a sum lets Lucene skip blocks that cannot
     * make the top hits.
     */
    private static Query fieldsQuery(String stem) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (SearchFields.Weighted f : SearchFields.TEXT) {
            fields.add(new BoostQuery(new TermQuery(new Term(f.field(), stem)), f.boost()), Occur.SHOULD);
        }
        return fields.build();
    }

    private static Query phraseClause(List<Highlight.PhraseTerm> terms) {
        if (terms.size() == 1) {
            return fieldsQuery(terms.get(0).stem());
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (SearchFields.Weighted f : SearchFields.TEXT) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (Highlight.PhraseTerm term : terms) {
                phrase.add(new Term(f.field(), term.stem()), term.offset());
            }
            fields.add(new BoostQuery(phrase.build(), f.boost()), Occur.SHOULD);
        }
        return fields.build();
    }

    /** Sections where the words stand close together rank above those where they are scattered. */
    private static Query proximity(List<String> stems) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
        for (int i = 0; i < stems.size(); i++) {
            phrase.add(new Term(SearchFields.BODY, stems.get(i)), i);
        }
        return new BoostQuery(phrase.build(), PROXIMITY_BOOST);
    }

    private static Optional<String> didYouMean(String text, Map<Word, String> corrections) {
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
        sb.append(text.substring(Math.min(at, text.length()), Math.min(text.length(), UserQuery.MAX_CHARS)));
        return Optional.of(sb.toString().strip());
    }
}
