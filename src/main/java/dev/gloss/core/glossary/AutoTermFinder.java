package dev.gloss.core.glossary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the terms of a library by itself: noun phrases of two to four words and abbreviations
 * (and single words) that the library uses often and general English rarely, ranked by
 * termhood, each with the best definition its articles give of it.
 *
 * <p>Candidates are runs of words that can make a noun phrase (no function word, no word that is
 * only a verb or an adverb, ending in a word that can be a noun), never across punctuation, a
 * line break, code or a number. A candidate's frequency is weighed as the C-value does (Frantzi,
 * Ananiadou and Mima, 2000): a phrase that mostly occurs inside a longer candidate counts less.
 * Its specificity is the "weirdness" of its rarest word (Ahmad et al., 1999): how much more often
 * the library uses the word than general English does, general English being the word's SCOWL
 * size ({@link EnglishWords}). Abbreviations that general English spells as a word (NOTE, PATH,
 * HOME), code-only words, markup and words that only ever start a sentence are left out.
 * Sections that are not in English are skipped: the reference is English.
 */
public final class AutoTermFinder {
    /** At most this many terms, however large the library. */
    static final int MAX_TERMS = 300;
    private static final int MAX_PHRASE = 4;

    private final EnglishWords english = EnglishWords.get();

    /** What one occurrence pattern of a candidate adds up to over the library. */
    private static final class Stat {
        final String key;
        final int length;
        final TermText.Kind kind;
        int count;
        int sections;
        int lastSection = -1;
        int sentenceInitial;
        int lowerCase;
        /** Occurrences in headings, and right after "a", "the" and the like. */
        int headings;
        int afterDeterminer;
        /** The forms it is written in, with a weight each: a few are enough to choose from. */
        private String[] forms = new String[2];
        private int[] weights = new int[2];

        Stat(String key, int length, TermText.Kind kind) {
            this.key = key;
            this.length = length;
            this.kind = kind;
        }

        void add(String surface, boolean initial, boolean lower, int section) {
            count++;
            if (section != lastSection) {
                sections++;
                lastSection = section;
            }
            if (initial) {
                sentenceInitial++;
            }
            if (lower) {
                lowerCase++;
            }
            // A form that is not a sentence's first word says best how the articles write it.
            addForm(surface, initial ? 1 : 3);
        }

        private void addForm(String surface, int weight) {
            for (int k = 0; k < forms.length; k++) {
                if (forms[k] == null) {
                    forms[k] = surface;
                    weights[k] = weight;
                    return;
                }
                if (forms[k].equals(surface)) {
                    weights[k] += weight;
                    return;
                }
            }
            if (forms.length < 6) {
                forms = java.util.Arrays.copyOf(forms, forms.length + 2);
                weights = java.util.Arrays.copyOf(weights, weights.length + 2);
                forms[forms.length - 2] = surface;
                weights[weights.length - 2] = weight;
            }
        }

        void merge(Stat o) {
            count += o.count;
            sections += o.sections;
            headings += o.headings;
            afterDeterminer += o.afterDeterminer;
            sentenceInitial += o.sentenceInitial;
            lowerCase += o.lowerCase;
            for (int k = 0; k < o.forms.length && o.forms[k] != null; k++) {
                addForm(o.forms[k], o.weights[k]);
            }
        }

        /** The form written most, the first in alphabetical order among equals. */
        String surface() {
            String best = null;
            int weight = -1;
            for (int k = 0; k < forms.length && forms[k] != null; k++) {
                if (weights[k] > weight || weights[k] == weight && forms[k].compareTo(best) < 0) {
                    best = forms[k];
                    weight = weights[k];
                }
            }
            return best == null ? key : best;
        }
    }

    /** A sentence that may define the words it opens with. */
    private record Definition(String key, String sectionId, int start, int end, AutoTerm.Pattern pattern,
                              double strength) {
    }

    /** An abbreviation defined in a section. */
    private record Expansion(String shortForm, String longForm, String sectionId, int start, int end) {
    }

    /** What one article adds: candidates by key, words seen in code, definitions, abbreviations. */
    private static final class Scan {
        final Map<String, Stat> stats = new HashMap<>();
        final Map<String, Integer> code = new HashMap<>();
        final List<Definition> definitions = new ArrayList<>();
        final List<Expansion> expansions = new ArrayList<>();
        long words;
        int sections;
        /** Whether the words being read are a heading's. */
        boolean inHeading;
    }

    public AutoTermFinder() {
    }

    /**
     * The library's terms, strongest first, leaving out any whose name, or a part of whose name,
     * {@code excluded} holds (as {@link Tokens#key} makes keys: the glossary's own names, dismissed terms).
     */
    public List<AutoTerm> find(Library library, Predicate<String> excluded) {
        List<Scan> scans = library.articles().parallelStream().map(this::scan).toList();
        Scan all = new Scan();
        for (Scan s : scans) {
            s.stats.forEach((k, v) -> {
                Stat mine = all.stats.get(k);
                if (mine == null) {
                    all.stats.put(k, v);
                } else {
                    mine.merge(v);
                }
            });
            s.code.forEach((k, v) -> all.code.merge(k, v, Integer::sum));
            all.definitions.addAll(s.definitions);
            all.expansions.addAll(s.expansions);
            all.words += s.words;
            all.sections += s.sections;
        }
        return rank(library, all, excluded);
    }

    private Scan scan(Article article) {
        Scan scan = new Scan();
        if (article.meta().language() != null
                && !article.meta().language().toLowerCase(Locale.ROOT).startsWith("en")) {
            return scan;
        }
        TermText.KeyCache keys = new TermText.KeyCache();
        List<Section> sections = article.sections();
        for (int si = 0; si < sections.size(); si++) {
            Section section = sections.get(si);
            Map<String, Integer> code = new HashMap<>();
            TermText text = TermText.of(section, keys, w -> code.merge(w, 1, Integer::sum));
            code.forEach((k, v) -> scan.code.merge(k, v, Integer::sum));
            List<TermText.Word> words = text.words;
            if (!looksEnglish(words)) {
                continue;
            }
            scan.sections++;
            // Ids within an article: sections of other articles are counted apart at the merge.
            int sectionNumber = si;
            for (int i = 0; i < words.size(); i++) {
                TermText.Word w = words.get(i);
                if (w.kind() == TermText.Kind.BREAK) {
                    continue;
                }
                scan.words++;
                if (!english.isStop(w.lower())) {
                    record(scan, w.key(), 1, w.kind(), w.text(), w.sentenceStart(), isLower(w.text()), sectionNumber);
                }
                phrasesFrom(scan, text, words, i, sectionNumber);
            }
            if (section.hasVisibleTitle()) {
                // A heading names what its section is about: its words count as the text's do.
                TermText title = TermText.ofTitle(section.title(), keys);
                scan.inHeading = true;
                for (int i = 0; i < title.words.size(); i++) {
                    TermText.Word w = title.words.get(i);
                    if (w.kind() != TermText.Kind.BREAK && !english.isStop(w.lower())) {
                        record(scan, w.key(), 1, w.kind(), w.text(), true, isLower(w.text()), sectionNumber);
                    }
                    phrasesFrom(scan, title, title.words, i, sectionNumber);
                }
                scan.inHeading = false;
            }
            definitions(scan, section.id(), text);
            for (Abbreviations.Pair p : Abbreviations.find(text.text)) {
                scan.expansions.add(new Expansion(p.shortForm(), p.longForm(), section.id(), p.longStart(), p.end()));
            }
        }
        return scan;
    }

    /**
     * English prose is about two words in five function words; a section with many words and few
     * English function words is in another language, or is not prose.
     */
    private static boolean looksEnglish(List<TermText.Word> words) {
        int n = 0;
        int function = 0;
        for (TermText.Word w : words) {
            if (w.kind() == TermText.Kind.WORD) {
                n++;
                if (FUNCTION_WORDS.contains(w.lower())) {
                    function++;
                }
            }
        }
        return n < 25 || function * 8 >= n;
    }

    /** The commonest function words of English, which no other language shares many of. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that",
            "for", "it", "on", "with", "as", "are", "be", "this", "by", "or", "from", "at", "an", "not", "was",
            "can", "if", "you", "which", "when", "its", "has", "have", "will", "than", "more", "but", "their");

    private static boolean isLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    private Stat record(Scan scan, String key, int length, TermText.Kind kind, String surface, boolean initial,
                        boolean lower, int section) {
        Stat st = scan.stats.computeIfAbsent(key, k -> new Stat(k, length, kind));
        st.add(surface, initial, lower, section);
        if (scan.inHeading) {
            st.headings++;
        }
        return st;
    }

    /** Records the phrases of two to four words that begin at word i. */
    private void phrasesFrom(Scan scan, TermText text, List<TermText.Word> words, int i, int section) {
        TermText.Word first = words.get(i);
        boolean afterDeterminer = i > 0 && words.get(i - 1).continues() && NOUN_PHRASE_OPENERS.contains(words.get(i - 1).lower());
        // After "a" or "the" a noun phrase begins, so a verb there describes a noun: "a write conflict".
        boolean verbAsModifier = afterDeterminer && first.kind() == TermText.Kind.WORD && !english.isStop(first.lower())
                && english.canBeVerb(first.lower());
        if (!verbAsModifier && (!canStart(first) || !inPhrase(first, true) || startsVerbPhrase(words, i))) {
            return;
        }
        StringBuilder key = new StringBuilder(first.key());
        boolean allLower = isLower(first.text());
        for (int j = i + 1; j < words.size() && j - i < MAX_PHRASE; j++) {
            TermText.Word prev = words.get(j - 1);
            TermText.Word w = words.get(j);
            if (!prev.continues() || w.kind() == TermText.Kind.BREAK || !inPhrase(w) || w.start() - prev.end() > 2
                    || j - i == 2 && isPossessive(first)) {
                return;
            }
            key.append(' ').append(w.key());
            allLower &= isLower(w.text()) || w.kind() != TermText.Kind.WORD;
            if (canEnd(w)) {
                String surface = oneSpaced(text.text, first.start(), w.end());
                Stat st = record(scan, key.toString(), j - i + 1, TermText.Kind.WORD, surface, first.sentenceStart(),
                        allLower, section);
                if (afterDeterminer) {
                    st.afterDeterminer++;
                }
            }
        }
    }

    /**
     * Words that open many phrases and few terms: judgements and generalities ("crucial role",
     * "recent studies", "overall health"), and a verb's -ing or -ed form ("improving skin").
     */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("crucial", "overall", "recent", "significant",
            "essential", "main", "major", "additional", "potential", "numerous", "optimal", "proper", "adequate",
            "sufficient", "healthy", "beneficial", "positive", "negative", "whole", "entire", "full", "simple",
            "basic", "real", "actual", "current", "further", "related", "relevant", "necessary", "likely",
            "typical", "normal", "regular", "usual", "total", "initial", "final", "existing", "appropriate",
            "correct", "wrong", "high", "higher", "low", "lower", "increased", "reduced", "improved", "big",
            "small", "large", "little", "long", "short", "early", "late", "recommended", "top", "daily", "key", "valid",
            "invalid", "multiple", "individual", "deeper", "nearest", "single", "separate", "default");
    /** Words that end many phrases and few terms: "health issues", "crucial role", "recent studies". */
    private static final Set<String> GENERIC_HEADS = Set.of("issue", "issues", "benefit", "benefits", "study",
            "studies", "role", "roles", "way", "ways", "thing", "things", "part", "parts", "aspect", "aspects",
            "factor", "factors", "option", "options", "information", "detail", "details", "case", "cases",
            "reason", "reasons", "problem", "problems", "question", "questions", "result", "results", "time",
            "times", "lot", "number", "amount", "purpose", "purposes", "kind", "kinds", "type", "types", "sort",
            "point", "points", "step", "steps", "idea", "ideas", "fact", "facts", "list", "lists", "effect",
            "effects", "area", "areas", "range", "level", "levels", "people", "person", "everything", "something",
            "anything", "nothing", "stuff", "note", "notes");

    /** The text between two offsets with each run of white space one space (as a term's name is written). */
    private static String oneSpaced(String text, int from, int to) {
        boolean plain = true;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) && (c != ' ' || k + 1 < to && text.charAt(k + 1) == ' ')) {
                plain = false;
                break;
            }
        }
        return plain ? text.substring(from, to) : text.substring(from, to).replaceAll("\\s+", " ");
    }

    private boolean canStart(TermText.Word w) {
        if (w.kind() != TermText.Kind.WORD) {
            return w.kind() != TermText.Kind.BREAK;
        }
        String l = w.lower();
        return english.canBeInPhrase(l) && !GENERIC_MODIFIERS.contains(l)
                && !(l.endsWith("ing") && (english.canBeVerb(l) && !english.canBeNoun(l) || !english.hasClass(l)))

                && !((w.sentenceStart() || l.endsWith("s")) && english.isMainlyVerb(l));
    }

    /** After "to" or a modal verb a verb follows, not a term: "helps to bind calcium", "you can run scripts". */
    private static final Set<String> BEFORE_VERBS = Set.of("to", "can", "cannot", "will", "may", "must", "should",
            "could", "would", "might", "not", "don't", "doesn't", "didn't", "won't", "please", "also");

    private boolean startsVerbPhrase(List<TermText.Word> words, int i) {
        if (i == 0) {
            return false;
        }
        TermText.Word before = words.get(i - 1);
        TermText.Word w = words.get(i);
        return before.continues() && BEFORE_VERBS.contains(before.lower())
                && (english.canBeVerb(w.lower()) || !english.isKnown(w.lower()));
    }

    /** A word that can stand inside a phrase; a possessive only as a name's ("Parkinson's disease"). */
    private boolean inPhrase(TermText.Word w) {
        return inPhrase(w, false);
    }

    private boolean inPhrase(TermText.Word w, boolean first) {
        if (w.kind() != TermText.Kind.WORD) {
            return true;
        }
        String l = w.lower();
        if ((l.endsWith("'s") || l.endsWith("’s")) && (!w.capitalised() || !first)) {
            return false;
        }
        return english.canBeInPhrase(l);
    }

    private boolean canEnd(TermText.Word w) {
        return w.kind() != TermText.Kind.WORD
                || english.canBeHead(stripPossessive(w.lower())) && !GENERIC_HEADS.contains(w.lower())
                && !(w.lower().endsWith("s") && english.isMainlyVerb(w.lower()))
                && !(w.lower().endsWith("ing") && english.hasClass(w.lower()) && !english.canBeNoun(w.lower()));
    }

    private static boolean isPossessive(TermText.Word w) {
        return w.lower().endsWith("'s") || w.lower().endsWith("’s");
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    // ---------------------------------------------------------------- definitions

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Words after which a noun phrase begins. */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("a", "an", "the", "each", "every", "this",
            "these", "those", "its", "their", "your", "our", "no", "any");
    private static final Set<String> EVALUATIVE = Set.of("great", "good", "bad", "big", "huge", "nice", "fine",
            "lot", "little", "bit", "must", "few", "number", "couple", "way", "reason", "problem", "thing",
            "question", "matter", "part", "result", "case", "sign", "issue", "topic", "step", "subject",
            "important", "key", "major", "powerful", "popular", "simple", "easy", "hard", "common", "useful");
    private static final Set<String> PERSONS = Set.of("i", "we", "you", "our", "my", "your", "us", "me");

    /** Sentences that open with a few words and go on "is a", "are", "refers to", "means", ", also known as". */
    private void definitions(Scan scan, String sectionId, TermText text) {
        List<TermText.Word> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).sentenceStart()) {
                continue;
            }
            int s = i;
            if (DETERMINERS.contains(words.get(s).lower()) && words.get(s).continues()) {
                s++;
            }
            int e = s;
            while (e < words.size() && e - s < 5 && inPhrase(words.get(e)) && words.get(e).kind() != TermText.Kind.BREAK
                    && !(e > s && isOneOf(words.get(e).lower(), "means", "refers", "refer"))
                    && (e == s || words.get(e).start() > words.get(e - 1).end())) {
                if (!words.get(e).continues()) {
                    e++;
                    break;
                }
                e++;
                if (e < words.size() && !inPhrase(words.get(e))) {
                    break;
                }
            }
            if (e == s || e >= words.size() || !canEnd(words.get(e - 1))) {
                continue;
            }
            // "Eczema and psoriasis are ...": both are told of.
            int firstEnd = e;
            if (words.get(e - 1).continues() && words.get(e).lower().equals("and") && words.get(e).continues()) {
                int k = e + 1;
                while (k < words.size() && k - e <= 4 && inPhrase(words.get(k)) && words.get(k).kind() != TermText.Kind.BREAK
                        && words.get(k).continues() && !words.get(k).lower().equals("are")) {
                    k++;
                }
                if (k > e + 1 && k < words.size() && words.get(k).lower().equals("are") && canEnd(words.get(k - 1))) {
                    s = e + 1;
                    e = k;
                }
            }
            TermText.Word last = words.get(e - 1);
            AutoTerm.Pattern pattern = null;
            int after = e;
            boolean comma = !last.continues() && last.end() < text.text.length() && text.text.charAt(last.end()) == ',';
            if (comma) {
                if (is(words, e, "also", "known", "as") || is(words, e, "also", "called") || is(words, e, "sometimes", "called")) {
                    pattern = AutoTerm.Pattern.ALSO_KNOWN_AS;
                }
            } else if (last.continues()) {
                if (is(words, e, "is", "defined", "as") || is(words, e, "are", "defined", "as") || is(words, e, "refers", "to")
                        || is(words, e, "refer", "to")) {
                    pattern = AutoTerm.Pattern.DEFINED_AS;
                } else if ((is(words, e, "is", "a") || is(words, e, "is", "an") || is(words, e, "are", "a"))
                        && e + 3 < words.size() && isOneOf(words.get(e + 2).lower(), "type", "kind", "form", "class",
                        "group", "family", "set") && is(words, e + 3, "of")) {
                    pattern = AutoTerm.Pattern.DEFINED_AS;
                } else if (is(words, e, "is", "a") || is(words, e, "is", "an")) {
                    pattern = AutoTerm.Pattern.IS_A;
                    after = e + 2;
                } else if (is(words, e, "means") || is(words, e, "is", "the")) {
                    pattern = AutoTerm.Pattern.MEANS;
                    after = e + (words.get(e).lower().equals("means") ? 1 : 2);
                } else if (is(words, e, "are") && e + 1 < words.size()
                        && !isOneOf(words.get(e + 1).lower(), "not", "also", "often", "usually", "more", "less",
                        "very", "now", "still", "being", "used", "available", "found")) {
                    pattern = AutoTerm.Pattern.ARE;
                    after = e + 1;
                }
            }
            if (pattern == null) {
                continue;
            }
            Sentences.Span span = Sentences.around(text.text, words.get(s).start(), last.end());
            String sentence = text.text.substring(span.start(), span.end());
            if (sentence.endsWith("?") || sentence.indexOf('\n') >= 0) {
                continue;
            }
            double strength = strength(pattern);
            int count = dev.gloss.core.model.Words.count(sentence);
            strength *= count < 6 ? 0.5 : count > 60 ? 0.4 : count > 40 ? 0.7 : 1.0;
            for (int k = i; k < words.size() && words.get(k).end() <= span.end(); k++) {
                if (PERSONS.contains(words.get(k).lower())) {
                    strength *= 0.6;
                    break;
                }
            }
            if (after < words.size() && EVALUATIVE.contains(words.get(after).lower())) {
                strength *= 0.5;
            }
            // "Low bone density is ..." also tells of "bone density", a little less surely.
            if (firstEnd != e) {
                // The first of two subjects joined by "and".
                StringBuilder key = new StringBuilder();
                int from = DETERMINERS.contains(words.get(i).lower()) ? i + 1 : i;
                for (int k = from; k < firstEnd; k++) {
                    key.append(k > from ? " " : "").append(words.get(k).key());
                }
                scan.definitions.add(new Definition(key.toString(), sectionId, span.start(), span.end(), pattern,
                        strength * 0.8));
            }
            for (int from = s; from < e; from++) {
                if (from > s && !canStart(words.get(from))) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = from; k < e; k++) {
                    key.append(k > from ? " " : "").append(words.get(k).key());
                }
                scan.definitions.add(new Definition(key.toString(), sectionId, span.start(), span.end(), pattern,
                        from == s ? strength : strength * 0.7));
            }
        }
    }

    private static double strength(AutoTerm.Pattern p) {
        return switch (p) {
            case DEFINED_AS -> 1.0;
            case IS_A -> 0.9;
            case ALSO_KNOWN_AS -> 0.8;
            case MEANS -> 0.7;
            case ARE -> 0.6;
            case ABBREVIATION -> 0.45;
        };
    }

    private static boolean is(List<TermText.Word> words, int at, String... expected) {
        if (at + expected.length > words.size()) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            TermText.Word w = words.get(at + k);
            if (!w.lower().equals(expected[k]) || k < expected.length - 1 && !w.continues()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOf(String w, String... options) {
        for (String o : options) {
            if (o.equals(w)) {
                return true;
            }
        }
        return false;
    }


    // ---------------------------------------------------------------- ranking

    private record Ranked(Stat stat, double score, String name, List<String> aliases, Set<String> keys) {
    }

    private List<AutoTerm> rank(Library library, Scan all, Predicate<String> excluded) {
        if (all.words == 0) {
            return List.of();
        }
        int minCount = all.words < 20_000 ? 2 : 3;
        int minSections = all.sections >= 4 ? 2 : 1;
        // Abbreviations the text defines, each with its most frequent expansion.
        Map<String, Map<String, Integer>> expansions = new HashMap<>();
        for (Expansion x : all.expansions) {
            expansions.computeIfAbsent(x.shortForm(), k -> new HashMap<>())
                    .merge(x.longForm().replaceAll("\\s+", " "), 1, Integer::sum);
        }
        Map<String, String> longForms = new HashMap<>();
        expansions.forEach((sf, forms) -> longForms.put(sf, forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElseThrow()));
        Set<String> definedShortKeys = new HashSet<>();
        longForms.keySet().forEach(sf -> definedShortKeys.add(Tokens.key(sf)));

        // How often each word leads a phrase of two: a word nearly always followed by a noun modifies it.
        Map<String, Integer> leading = new HashMap<>();
        for (Stat st : all.stats.values()) {
            if (st.length == 2) {
                leading.merge(st.key.substring(0, st.key.indexOf(' ')), st.count, Integer::sum);
            }
        }
        // The candidates that pass, with their C-value frequency.
        Map<String, Stat> candidates = new HashMap<>();
        // The glossary's own terms are matched in the text before any found here: what they hold is taken.
        List<Stat> taken = new ArrayList<>();
        for (Stat st : all.stats.values()) {
            if (excluded.test(st.key)) {
                taken.add(st);
                continue;
            }
            boolean defined = definedShortKeys.contains(st.key);
            // Used in a few sections, or often in one.
            if (st.count < (defined ? 2 : minCount)
                    || st.sections < (defined ? 1 : minSections) && st.count < minCount + 1) {
                continue;
            }
            if (acceptable(st, all, defined, leading.getOrDefault(st.key, 0)) && !containsExcluded(st.key, excluded)) {
                candidates.put(st.key, st);
            }
        }
        // What a candidate occurs as by itself: its count less those of the candidates one word longer
        // that hold it ("K2" is nearly always "vitamin K2"), the C-value's idea without its averaging.
        Map<String, Integer> inLonger = new HashMap<>();
        List<Stat> longer = new ArrayList<>(candidates.values());
        longer.addAll(taken);
        for (Stat b : longer) {
            String[] parts = b.key.split(" ");
            if (parts.length < 2) {
                continue;
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, parts.length - 1));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length));
            inLonger.merge(head, b.count, Integer::sum);
            if (!tail.equals(head)) {
                inLonger.merge(tail, b.count, Integer::sum);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Stat st : candidates.values()) {
            int free = st.count - inLonger.getOrDefault(st.key, 0);
            boolean defined = definedShortKeys.contains(st.key);
            if (free < (defined ? 1 : minCount) || free * 5 < st.count) {
                // Nearly always part of a longer term: that one is the term.
                continue;
            }
            double f = free;
            double spec = specificity(st, all);
            if (spec <= 0) {
                continue;
            }
            double score = log2(1 + st.length) * Math.log(1 + f) * spec * Math.sqrt(Math.min(st.sections, 20) / 2.0 + 0.5);
            ranked.add(new Ranked(st, score, displayName(st), List.of(), Set.of(st.key)));
        }
        ranked = mergeAbbreviations(ranked, candidates, longForms, all, excluded);
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::name));
        int limit = MAX_TERMS;
        List<Ranked> top = ranked.subList(0, Math.min(limit, ranked.size()));
        return withDefinitions(library, top, all);
    }

    /** Whether a candidate can be a term at all: what the issue lists as never a term is left out here. */
    private boolean acceptable(Stat st, Scan all, boolean defined, int leadingPhrases) {
        if (st.count - st.headings < 2 && !defined) {
            // Headings alone ("How Vitamin K2 Works") make no term: the text must use it.
            return false;
        }
        if (st.length > 1) {
            // A phrase led by a verb ("bind calcium", "contain MK-7") is a term only where a noun phrase can begin.
            String first = st.surface().split(" ", 2)[0].toLowerCase(Locale.ROOT);
            return !english.isMainlyVerb(first) || st.afterDeterminer > 0;
        }
        if (st.kind == TermText.Kind.WORD && st.key.length() < 3) {
            return false;
        }
        String lower = stripPossessive(st.surface().toLowerCase(Locale.ROOT));
        int inCode = all.code.getOrDefault(lower, 0);
        if (inCode > st.count) {
            return false;
        }
        switch (st.kind) {
            case ABBREVIATION -> {
                String word = st.surface().toLowerCase(Locale.ROOT);
                return defined || english.level(word) > 50 && !TermText.MARKUP.contains(word);
            }
            case NAME_WITH_DIGITS -> {
                return true;
            }
            default -> {
                String word = stripPossessive(st.surface().toLowerCase(Locale.ROOT));
                if (english.isStop(word) || TermText.MARKUP.contains(word) || !english.canBeHead(word)
                        || !english.isMainlyNoun(word) || GENERIC_HEADS.contains(word)) {
                    return false;
                }
                // Only ever a sentence's capitalised first word ("Returns", "Whether"): not a term.
                if (st.sentenceInitial == st.count) {
                    return false;
                }
                // An adjective by its ending that nearly always stands before a noun ("inflammatory
                // conditions", "microbial balance") is a modifier: the phrase may be a term, the word is not.
                if (ADJECTIVE_ENDING.matcher(word).find() && leadingPhrases * 4 >= st.count * 3) {
                    return false;
                }
                return baseLevel(word) >= 35;
            }
        }
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile("(?:al|ic|ous|ive|ant|ent|able|ible|ory|ary)$");

    /**
     * How common a word of one word's term is, counting the words it is made from: a plural is as
     * common as its singular ("proteins" as "protein") and a noun made from a verb as the verb
     * ("accumulation" as "accumulate", "utilization" as "utilize"), whichever is commoner.
     */
    private int baseLevel(String lower) {
        int level = levelOf(lower);
        for (String base : bases(lower)) {
            if (english.level(base) != EnglishWords.RARE) {
                level = Math.min(level, english.level(base));
            }
        }
        return level;
    }

    private static List<String> bases(String w) {
        List<String> out = new ArrayList<>(2);
        if (w.length() > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            out.add(w.substring(0, w.length() - 1));
        }
        String singular = out.isEmpty() ? w : out.get(0);
        if (singular.length() > 7 && (singular.endsWith("ization") || singular.endsWith("isation"))) {
            out.add(singular.substring(0, singular.length() - 5) + "e");
        } else if (singular.length() > 6 && singular.endsWith("ation")) {
            out.add(singular.substring(0, singular.length() - 3) + "e");
        }
        return out;
    }

    /** A hyphenated word is as rare as its rarest part. */
    private int levelOf(String lower) {
        if (lower.indexOf('-') < 0) {
            return english.level(lower);
        }
        int level = english.level(lower);
        if (level != EnglishWords.RARE) {
            return level;
        }
        int max = 0;
        for (String part : lower.split("-")) {
            if (!part.isEmpty()) {
                max = Math.max(max, english.level(part));
            }
        }
        return max;
    }

    /** log10 of how much more often the library uses a word than general English, less one; at least 0. */
    private double weirdness(String lower, int count, long words) {
        double share = (double) count / words;
        double general = EnglishWords.generalShare(levelOf(lower));
        return Math.max(0, Math.log10(share / general) - 1);
    }

    private double specificity(Stat st, Scan all) {
        if (st.length == 1) {
            String word = stripPossessive(st.surface().toLowerCase(Locale.ROOT));
            return weirdness(word, st.count, all.words);
        }
        // A phrase: its most specific word, and how much of that word's use the phrase is.
        String surface = st.surface();
        double rarest = 0;
        int minWordCount = Integer.MAX_VALUE;
        for (String part : surface.split("[\\s]+")) {
            String lower = stripPossessive(part.toLowerCase(Locale.ROOT));
            String key = Tokens.key(part);
            Stat w = all.stats.get(key);
            int c = w == null ? st.count : w.count;
            minWordCount = Math.min(minWordCount, c);
            TermText.Kind kind = TermText.kindOf(part);
            double spec = kind == TermText.Kind.WORD ? weirdness(lower, c, all.words) : 2.0;
            rarest = Math.max(rarest, spec);
        }
        if (rarest <= 0) {
            return 0;
        }
        double cohesion = Math.min(1.0, (double) st.count / Math.max(1, minWordCount));
        return (1 + 0.5 * rarest) * Math.pow(cohesion, 0.3);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** How the articles write a term: its most usual form, in lower case unless it is a name. */
    private String displayName(Stat st) {
        String s = st.surface();
        if (st.kind != TermText.Kind.WORD || st.lowerCase == 0) {
            return s;
        }
        // Written in lower case more often than capitalised anywhere but at a sentence's start: lower case.
        int capitalisedInside = st.count - st.lowerCase - st.sentenceInitial;
        if (st.lowerCase >= capitalisedInside && Character.isUpperCase(s.charAt(0))) {
            String first = s.split(" ", 2)[0];
            if (TermText.kindOf(first) == TermText.Kind.WORD && first.chars().skip(1).noneMatch(Character::isUpperCase)) {
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
        }
        return s;
    }

    /**
     * An abbreviation the text defines becomes one term with its expansion: named by the expansion,
     * the abbreviation its alias, as strong as the stronger of the two.
     */
    private List<Ranked> mergeAbbreviations(List<Ranked> ranked, Map<String, Stat> candidates,
                                            Map<String, String> longForms, Scan all, Predicate<String> excluded) {
        Map<String, Ranked> byKey = new LinkedHashMap<>();
        ranked.forEach(r -> byKey.put(r.stat().key, r));
        for (Map.Entry<String, String> e : longForms.entrySet()) {
            String sfKey = Tokens.key(e.getKey());
            String lfKey = Tokens.key(e.getValue());
            Ranked sf = byKey.get(sfKey);
            if (lfKey.isEmpty() || excluded.test(lfKey) || excluded.test(sfKey) || sfKey.equals(lfKey)) {
                continue;
            }
            if (sf == null) {
                // An abbreviation used too rarely to count by itself is still another name of its expansion.
                Ranked lfOnly = byKey.get(lfKey);
                if (lfOnly != null && lfOnly.aliases().isEmpty()) {
                    byKey.put(lfKey, new Ranked(lfOnly.stat(), lfOnly.score(), lfOnly.name(), List.of(e.getKey()),
                            Set.of(lfKey, sfKey)));
                }
                continue;
            }
            Ranked lf = byKey.remove(lfKey);
            String name = tidyLongForm(e.getValue(), lf == null ? null : lf.name());
            double score = Math.max(sf.score(), lf == null ? 0 : lf.score()) * 1.2;
            Stat merged = new Stat(sfKey, sf.stat().length, TermText.Kind.ABBREVIATION);
            merged.merge(sf.stat());
            if (lf != null) {
                merged.count += lf.stat().count;
                merged.sections = Math.max(merged.sections, lf.stat().sections);
            }
            byKey.put(sfKey, new Ranked(merged, score, name, List.of(sf.name()), Set.of(sfKey, lfKey)));
        }
        return new ArrayList<>(byKey.values());
    }

    /** The expansion as the articles usually write it, without a capital that only began its sentence. */
    private static String tidyLongForm(String longForm, String asCandidate) {
        if (asCandidate != null) {
            return asCandidate;
        }
        String first = longForm.split(" ", 2)[0];
        if (first.length() > 1 && Character.isUpperCase(first.charAt(0))
                && first.chars().skip(1).allMatch(Character::isLowerCase) && longForm.indexOf(' ') > 0) {
            String rest = longForm.substring(first.length());
            if (rest.chars().filter(Character::isUpperCase).count() == 0) {
                return Character.toLowerCase(longForm.charAt(0)) + longForm.substring(1);
            }
        }
        return longForm;
    }

    /** Whether a part of a phrase is a term of the glossary's own, which the phrase would hide in the text. */
    private static boolean containsExcluded(String key, Predicate<String> excluded) {
        String[] parts = key.split(" ");
        if (parts.length < 2) {
            return false;
        }
        for (int from = 0; from < parts.length; from++) {
            for (int to = from + 1; to <= parts.length; to++) {
                if (to - from < parts.length && excluded.test(String.join(" ",
                        java.util.Arrays.copyOfRange(parts, from, to)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<AutoTerm> withDefinitions(Library library, List<Ranked> top, Scan all) {
        Map<String, List<Definition>> byKey = new HashMap<>();
        for (Definition d : all.definitions) {
            byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
        }
        Map<String, Expansion> firstExpansion = new HashMap<>();
        for (Expansion x : all.expansions) {
            firstExpansion.putIfAbsent(Tokens.key(x.shortForm()), x);
        }
        List<AutoTerm> out = new ArrayList<>();
        for (Ranked r : top) {
            Definition best = null;
            for (String key : r.keys()) {
                for (Definition d : byKey.getOrDefault(key, List.of())) {
                    if (best == null || d.strength() > best.strength()) {
                        best = d;
                    }
                }
            }
            AutoTerm.Quote quote = null;
            if (best != null) {
                quote = quote(library, best.sectionId(), best.start(), best.end(), best.pattern());
            } else if (r.stat().kind == TermText.Kind.ABBREVIATION && firstExpansion.containsKey(r.stat().key)) {
                Expansion x = firstExpansion.get(r.stat().key);
                String text = sectionText(library, x.sectionId());
                if (text != null) {
                    Sentences.Span span = Sentences.around(text, x.start(), x.end());
                    quote = new AutoTerm.Quote(x.sectionId(), text.substring(span.start(), span.end()), span.start(),
                            AutoTerm.Pattern.ABBREVIATION);
                }
            }
            out.add(new AutoTerm(r.name(), r.aliases(), r.stat().count, r.stat().sections, r.score(), quote));
        }
        return out;
    }

    private static AutoTerm.Quote quote(Library library, String sectionId, int start, int end, AutoTerm.Pattern p) {
        String text = sectionText(library, sectionId);
        if (text == null || end > text.length()) {
            return null;
        }
        return new AutoTerm.Quote(sectionId, text.substring(start, end), start, p);
    }

    private static String sectionText(Library library, String sectionId) {
        return library.section(sectionId).map(Section::plainText).orElse(null);
    }
}
