package dev.gloss.core.search;

import dev.gloss.core.search.Highlight.PhraseTerm;
import dev.gloss.core.search.UserQuery.Filter;
import dev.gloss.core.search.UserQuery.Part;
import dev.gloss.core.search.UserQuery.Phrase;
import dev.gloss.core.search.UserQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link UserQuery} into Lucene queries, clause by clause: one that needs every word and
 * phrase, one that takes any of them for the fall-back, one that looks the words up in the titles
 * a person types to find a page (known items), and what to mark in snippets. Each word must be in
 * a section's text (titles and its article's metadata included); a match in a title or the
 * metadata only adds to the score, which keeps the required part a plain conjunction that Lucene
 * evaluates fast. A word matches in each of the library's languages, unstemmed in code, and by its
 * parts when it is written as code. A word the index has never seen is replaced by the index's
 * nearest words, which also give the "did you mean" text.
 */
final class QueryPlanner {

    /** A one-letter prefix would expand to a large part of the vocabulary and tell little. */
    static final int MIN_PREFIX = 2;
    private static final float COMPLETION_BOOST = 0.9f;
    private static final float CORRECTION_BOOST = 0.8f;
    private static final float PROXIMITY_BOOST = 0.5f;
    private static final int PROXIMITY_SLOP = 3;
    /** A beginning also completes to this many words of titles and headings at most. */
    private static final int TITLE_COMPLETIONS = 4;
    /** Among titles typed alike, an article's comes before a section's heading. */
    private static final float ARTICLE_TITLE_BOOST = 2f;

    /**
     * The queries for one request: every word, any word, the words close together (which re-ranks
     * the best all-word hits), and every word in a known title. {@code knownTerms} are the terms a
     * title's words are counted against for the known-item rank; {@code phrase} tells whether the
     * person typed a phrase, so that the any-word hits are its looser matches.
     */
    record Plan(Query allWords, Optional<Query> anyWord, Optional<Query> proximity, Optional<Query> known,
                Set<String> knownTerms, Marking strict, Marking loose, Optional<String> didYouMean, boolean phrase) {
    }

    /**
     * What to mark in a hit: as a query on the section text alone, whose matches give the
     * snippet's offsets, and as a {@link Highlight} for any other text. All-word hits mark a
     * phrase only as a whole; any-word hits also mark its words alone. {@code reread}: the
     * index's offsets cannot tell where a word written as code stands (its parts share one
     * position, and a phrase of them has no offsets of its own), so its hits are marked by
     * reading their text again.
     */
    record Marking(Query query, Highlight highlight, boolean reread) {
        Marking(Query query, Highlight highlight) {
            this(query, highlight, false);
        }
    }

    /** A word or phrase: what the text must hold, title matches that add to the score, and the known-title test. */
    private record Clause(Query required, List<Query> titleBoosts, Query known) {
    }

    /** Terms (at their relative positions) that stand for a typed word, and how much a match with them counts. */
    private record Alternative(List<PhraseTerm> terms, float boost) {
    }

    private final IndexWords words;
    private final List<Language> languages;
    private final Set<String> stems = new HashSet<>();
    private final Set<String> markedStems = new HashSet<>();
    private final Set<String> phraseWordStems = new HashSet<>();
    private final Set<String> knownTerms = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<List<PhraseTerm>> phrases = new ArrayList<>();
    private final Map<Word, String> corrections = new LinkedHashMap<>();

    /** @param languages the languages of the library's text, English first */
    QueryPlanner(IndexReader reader, List<Language> languages) {
        this.words = new IndexWords(reader);
        this.languages = languages;
    }

    /**
     * The plan for {@code query}, restricted to {@code scope} if not null and by the query's
     * refinements ({@code here} is the article an {@code in:} means); empty without a searchable
     * word or refinement.
     */
    Optional<Plan> plan(String text, UserQuery query, Query scope, Optional<String> here) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder known = new BooleanQuery.Builder();
        List<String> bareStems = new ArrayList<>();
        int required = 0;
        int anyClauses = 0;
        boolean typedPhrase = false;
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
                    known.add(clause.get().known(), Occur.MUST);
                    required++;
                    bareStems.add(word.stem().get());
                }
                add(any, clause.get(), Occur.SHOULD);
                anyClauses++;
            } else if (part instanceof Phrase phrase && !phrase.terms().isEmpty()) {
                List<List<PhraseTerm>> forms = phraseForms(phrase);
                Clause clause = phraseClause(forms);
                add(all, clause, Occur.MUST);
                known.add(clause.known(), Occur.MUST);
                add(any, clause, Occur.SHOULD);
                required++;
                anyClauses++;
                if (forms.get(0).size() > 1) {
                    typedPhrase = typedPhrase || !isCjkRun(phrase);
                    phrases.addAll(forms);
                    for (PhraseTerm term : forms.get(0)) {
                        add(any, clause(List.of(new Alternative(List.of(new PhraseTerm(term.stem(), 0)), 1f))),
                                Occur.SHOULD);
                        phraseWordStems.add(term.stem());
                        anyClauses++;
                    }
                } else {
                    forms.forEach(f -> f.forEach(t -> stems.add(t.stem())));
                }
                forms.forEach(f -> f.forEach(t -> knownTerms.add(t.stem())));
            }
        }
        if (typedStopWord != null) {
            add(all, typedStopWord, required == 0 ? Occur.MUST : Occur.SHOULD);
            required++;
        }
        boolean filtered = false;
        for (Filter filter : query.filters()) {
            Optional<Query> narrowing = filterQuery(filter, here);
            if (narrowing.isPresent()) {
                Occur occur = filter.kind() == UserQuery.Kind.EXCLUDE ? Occur.MUST_NOT : Occur.FILTER;
                all.add(narrowing.get(), occur);
                any.add(narrowing.get(), occur);
                known.add(narrowing.get(), occur);
                filtered |= occur == Occur.FILTER;
            }
        }
        if (required == 0 && !filtered) {
            return Optional.empty();
        }
        if (required == 0) {
            // Refinements alone list what they allow, in the library's order.
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (scope != null) {
            all.add(scope, Occur.FILTER);
            any.add(scope, Occur.FILTER);
            known.add(scope, Occur.FILTER);
        }
        any.setMinimumNumberShouldMatch(1);
        Set<String> loose = new HashSet<>(stems);
        loose.addAll(phraseWordStems);
        return Optional.of(new Plan(all.build(),
                anyClauses > 1 ? Optional.of(any.build()) : Optional.empty(),
                bareStems.size() > 1 ? Optional.of(proximity(bareStems)) : Optional.empty(),
                required > 0 && typedStopWord == null ? Optional.of(known.build()) : Optional.empty(),
                Set.copyOf(knownTerms), marking(stems), marking(loose), didYouMean(text), typedPhrase));
    }

    private static boolean isCjkRun(Phrase phrase) {
        return phrase.words().size() == 1;
    }

    private static void add(BooleanQuery.Builder query, Clause clause, Occur occur) {
        query.add(clause.required(), occur);
        clause.titleBoosts().forEach(boost -> query.add(boost, Occur.SHOULD));
    }

    /** The forms of a typed word in every language of the library, and unstemmed as code writes it. */
    private List<Alternative> forms(String surface) {
        Set<List<PhraseTerm>> forms = new LinkedHashSet<>();
        for (Language language : languages) {
            forms.addAll(Analysis.forms(surface, language, true));
        }
        forms.addAll(Analysis.forms(surface, Language.ENGLISH, false));
        List<Alternative> alternatives = new ArrayList<>();
        forms.forEach(f -> alternatives.add(new Alternative(f, 1f)));
        return alternatives;
    }

    private Optional<Clause> wordClause(Word word) throws IOException {
        List<Alternative> alternatives = new ArrayList<>(forms(word.surface()));
        for (Alternative a : alternatives) {
            if (a.terms().size() == 1) {
                stems.add(a.terms().get(0).stem());
            } else {
                phrases.add(a.terms());
            }
            a.terms().forEach(t -> knownTerms.add(t.stem()));
        }
        boolean asPrefix = word.prefix() && word.text().length() >= QueryPlanner.MIN_PREFIX;
        if (asPrefix) {
            alternatives.addAll(completions(word));
            prefixes.add(word.text());
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        if (!words.known(word, asPrefix, alternatives.stream().map(a -> a.terms().get(0).stem()).toList())) {
            List<String> suggestions = words.suggestions(word.text());
            for (String suggestion : suggestions) {
                Analysis.stem(suggestion).ifPresent(stem -> {
                    alternatives.add(new Alternative(List.of(new PhraseTerm(stem, 0)), CORRECTION_BOOST));
                    stems.add(stem);
                    knownTerms.add(stem);
                });
            }
            if (!suggestions.isEmpty()) {
                corrections.put(word, suggestions.get(0));
            }
        }
        return Optional.of(clause(withStopWordLanguages(word, alternatives)));
    }

    /**
     * A word that is a stop word in one of the library's languages is left out of that
     * language's text: there, it does not have to be found.
     */
    private List<Alternative> withStopWordLanguages(Word word, List<Alternative> alternatives) {
        if (languages.size() < 2) {
            return alternatives;
        }
        List<Alternative> all = new ArrayList<>(alternatives);
        for (Language language : languages) {
            if (language != Language.ENGLISH && Analysis.forms(word.surface(), language, true).isEmpty()) {
                all.add(new Alternative(List.of(new PhraseTerm(SearchFields.LANGUAGE + "\u0000" + language.code, 0)), 0f));
            }
        }
        return all;
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
                alternatives.add(new Alternative(List.of(new PhraseTerm(stem.get(), 0)), COMPLETION_BOOST));
                markedStems.add(stem.get());
                knownTerms.add(stem.get());
            }
        }
        // The words of titles complete too, however rare: "front ma" is on its way to "Front matter".
        for (String field : List.of(SearchFields.KNOWN_ARTICLE, SearchFields.KNOWN)) {
            for (String stem : words.completions(field, word.text(), TITLE_COMPLETIONS)) {
                if (taken.add(stem)) {
                    alternatives.add(new Alternative(List.of(new PhraseTerm(stem, 0)), COMPLETION_BOOST));
                    markedStems.add(stem);
                    knownTerms.add(stem);
                }
            }
        }
        return alternatives;
    }

    private static Query query(String field, List<PhraseTerm> terms) {
        PhraseTerm first = terms.get(0);
        if (first.stem().startsWith(SearchFields.LANGUAGE + "\u0000")) {
            String code = first.stem().substring(SearchFields.LANGUAGE.length() + 1);
            return new ConstantScoreQuery(new TermQuery(new Term(SearchFields.LANGUAGE, code)));
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, first.stem()));
        }
        return phrase(field, terms);
    }

    private static Clause clause(List<Alternative> alternatives) {
        List<Query> boosts = new ArrayList<>();
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        BooleanQuery.Builder known = new BooleanQuery.Builder();
        for (Alternative a : alternatives) {
            Query inText = query(SearchFields.TEXT, a.terms());
            either.add(boosted(inText, a.boost()), Occur.SHOULD);
            if (a.boost() > 0) {
                known.add(query(SearchFields.KNOWN, a.terms()), Occur.SHOULD);
                known.add(new BoostQuery(query(SearchFields.KNOWN_ARTICLE, a.terms()), ARTICLE_TITLE_BOOST), Occur.SHOULD);
            }
            // Only the typed word itself weighs its titles: completions' and corrections' title
            // clauses would stop Lucene skipping the many sections they cannot lift into the top.
            if (a.boost() == 1f && a.terms().size() == 1) {
                for (SearchFields.Weighted title : SearchFields.TITLES) {
                    boosts.add(boosted(query(title.field(), a.terms()), title.boost() * a.boost()));
                }
            }
        }
        Alternative only = alternatives.get(0);
        Query required = alternatives.size() == 1 && only.boost() == 1f
                ? query(SearchFields.TEXT, only.terms()) : either.build();
        return new Clause(required, boosts, known.build());
    }

    /** A phrase's terms in each language of the library: the words' stems in a row, a CJK run's bigrams. */
    private List<List<PhraseTerm>> phraseForms(Phrase phrase) {
        Set<List<PhraseTerm>> forms = new LinkedHashSet<>();
        for (Language language : languages) {
            List<PhraseTerm> terms = new ArrayList<>();
            int at = 0;
            for (Word w : phrase.words()) {
                List<List<PhraseTerm>> wordForms = Analysis.forms(w.surface(), language, true);
                if (wordForms.isEmpty()) {
                    // A stop word keeps its place.
                    at++;
                    continue;
                }
                List<PhraseTerm> form = wordForms.get(0);
                int span = 0;
                for (PhraseTerm t : form) {
                    terms.add(new PhraseTerm(t.stem(), at + t.offset()));
                    span = Math.max(span, t.offset());
                }
                at += span + 1;
            }
            if (!terms.isEmpty()) {
                int base = terms.get(0).offset();
                forms.add(terms.stream().map(t -> new PhraseTerm(t.stem(), t.offset() - base)).toList());
            }
        }
        return new ArrayList<>(forms);
    }

    private static Clause phraseClause(List<List<PhraseTerm>> forms) {
        if (forms.size() == 1 && forms.get(0).size() == 1) {
            return clause(List.of(new Alternative(forms.get(0), 1f)));
        }
        List<Query> boosts = new ArrayList<>();
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        BooleanQuery.Builder known = new BooleanQuery.Builder();
        for (List<PhraseTerm> terms : forms) {
            either.add(query(SearchFields.TEXT, terms), Occur.SHOULD);
            known.add(query(SearchFields.KNOWN, terms), Occur.SHOULD);
            known.add(new BoostQuery(query(SearchFields.KNOWN_ARTICLE, terms), ARTICLE_TITLE_BOOST), Occur.SHOULD);
            for (SearchFields.Weighted title : SearchFields.TITLES) {
                boosts.add(boosted(query(title.field(), terms), title.boost()));
            }
        }
        Query required = forms.size() == 1 ? query(SearchFields.TEXT, forms.get(0)) : either.build();
        return new Clause(required, boosts, known.build());
    }

    private static Query phrase(String field, List<PhraseTerm> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        terms.forEach(t -> phrase.add(new Term(field, t.stem()), t.offset()));
        return phrase.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** What a refinement lets through (or, for {@code -word}, leaves out); empty when it cannot narrow anything. */
    private Optional<Query> filterQuery(Filter filter, Optional<String> here) throws IOException {
        return switch (filter.kind()) {
            case TAG -> Optional.of(keyword(SearchFields.TAG, filter.slug(), filter.typing()));
            case TOPIC -> Optional.of(keyword(SearchFields.TOPIC, filter.slug(), filter.typing()));
            case IN -> {
                String v = filter.value().strip();
                if (v.isEmpty() || v.equalsIgnoreCase("this") || v.equalsIgnoreCase("here")) {
                    yield here.map(id -> (Query) new TermQuery(new Term(SearchFields.ARTICLE_ID, id)));
                }
                yield Optional.of(keyword(SearchFields.ARTICLE_ID, v, filter.typing()));
            }
            case AUTHOR -> Optional.of(everyWord(filter, List.of(SearchFields.AUTHOR), false));
            case TITLE -> Optional.of(everyWord(filter, List.of(SearchFields.ARTICLE_TITLE, SearchFields.SECTION_TITLE), true));
            case EXCLUDE -> excluded(filter);
        };
    }

    private static Query keyword(String field, String value, boolean typing) {
        Term term = new Term(field, value);
        return typing ? new PrefixQuery(term) : new TermQuery(term);
    }

    /** Each word of the value in one of the fields: stemmed for titles, as words for an author. */
    private Query everyWord(Filter filter, List<String> fields, boolean stemmed) {
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        int words = 0;
        for (Part part : filter.parts()) {
            List<Word> ws = part instanceof Word w ? List.of(w) : ((Phrase) part).words();
            for (Word w : ws) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                Set<List<PhraseTerm>> forms = new LinkedHashSet<>();
                if (stemmed) {
                    for (Language language : languages) {
                        forms.addAll(Analysis.forms(w.surface(), language, true));
                    }
                } else {
                    forms.addAll(Analysis.forms(w.surface(), Language.ENGLISH, false));
                }
                for (String field : fields) {
                    for (List<PhraseTerm> form : forms) {
                        either.add(query(field, form), Occur.SHOULD);
                    }
                    if (w.prefix() && w.text().length() >= MIN_PREFIX) {
                        either.add(new PrefixQuery(new Term(field, w.text())), Occur.SHOULD);
                    }
                }
                BooleanQuery built = either.build();
                if (!built.clauses().isEmpty()) {
                    every.add(built, Occur.MUST);
                    words++;
                }
            }
        }
        return words == 0 ? new MatchNoDocsQuery("no words to look for") : every.build();
    }

    /** {@code -word} or {@code -"a phrase"}: sections that hold it, in any of its forms, are left out. */
    private Optional<Query> excluded(Filter filter) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Part part : filter.parts()) {
            if (part instanceof Word w) {
                forms(w.surface()).forEach(a -> any.add(query(SearchFields.TEXT, a.terms()), Occur.SHOULD));
            } else if (part instanceof Phrase p && !p.terms().isEmpty()) {
                phraseForms(p).forEach(f -> any.add(query(SearchFields.TEXT, f), Occur.SHOULD));
            }
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    /** The section text's matches mark a hit's snippet: the stems searched, completions, phrases. */
    private Marking marking(Set<String> searched) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        Set<String> all = new HashSet<>(searched);
        all.addAll(markedStems);
        for (String stem : all) {
            marks.add(new TermQuery(new Term(SearchFields.TEXT, stem)), Occur.SHOULD);
        }
        for (List<PhraseTerm> phrase : phrases) {
            marks.add(phrase(SearchFields.TEXT, phrase), Occur.SHOULD);
        }
        boolean stacked = phrases.stream().anyMatch(p -> p.stream().map(PhraseTerm::offset).distinct().count() < p.size());
        return new Marking(marks.build(), new Highlight(searched, prefixes, phrases, languages), stacked);
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
