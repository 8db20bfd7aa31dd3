package dev.gloss.core.topics;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags a section with the one to three topics its text signals most strongly.
 *
 * <p>Each topic's terms are stemmed like the text, and a multi-word term matches as a stemmed
 * phrase. A topic's score sums, over its terms, a saturating function of how often the term occurs
 * (BM25's term-frequency part): the first mentions count most, so one word repeated cannot outweigh
 * several different signals, and a long section needs more mentions than a short one to reach the
 * same score. Words in the title count {@value #TITLE_WEIGHT} times, since a heading states what a
 * section is about. Length is measured against a fixed reference rather than the library's average,
 * so a section's tags depend on its own text only and do not shift when articles are imported.
 *
 * <p>A {@linkplain #strict strict} tagger, the one for curated topics, asks for more, so that an
 * incidental word never earns a topic: the article must be about the catalog's
 * {@linkplain TopicCatalog#domain() domain} (its words at least {@value #DOMAIN_MIN_MENTIONS} times
 * in the article), the section must match at least two different terms of the topic, and a word
 * inside a hyphenated compound whose other part belongs to no term does not count ("safety" in
 * "thread-safety", "skeleton" in "project-skeleton").
 */
public final class TopicTagger {
    static final int TITLE_WEIGHT = 2;
    /** Saturation: with k1 = 1.2, one mention is worth 1, two 1.38, many at most 2.2. */
    private static final double K1 = 1.2;
    /** How much section length matters, from 0 (not at all) to 1 (in proportion). */
    private static final double B = 0.5;
    /** Words in a typical section of the bundled library (median about 100). */
    private static final double REFERENCE_LENGTH = 100;
    /**
     * The least score that tags a section: two different terms, one term twice, or one in the
     * title. A single passing mention in the body is not what a section is about.
     */
    static final double MIN_SCORE = 1.3;
    /** A second or third topic must reach this share of the strongest one's score. */
    static final double RELATIVE_CUTOFF = 0.4;
    static final int MAX_TOPICS = 3;
    /** How often an article must use the catalog's domain words for a strict tagger to tag it. */
    static final int DOMAIN_MIN_MENTIONS = 3;

    private final TopicCatalog catalog;
    private final boolean strict;
    private final List<Terms> terms = new ArrayList<>();
    /** Every word of every term, for telling a compound of term words from an incidental one. */
    private final Set<String> termWords = new HashSet<>();
    private final Set<String> domainWords = new HashSet<>();

    /**
     * A topic's terms as stemmed phrases, found by their first word; longest first, so that where
     * "arterial calcification" matches, "arterial" alone does not count as well.
     */
    private record Terms(Topic topic, Map<String, List<List<String>>> byFirstWord) {
    }

    public TopicTagger(TopicCatalog catalog) {
        this(catalog, false);
    }

    /** A tagger that applies the catalog's topics only where they match strongly (see above). */
    public static TopicTagger strict(TopicCatalog catalog) {
        return new TopicTagger(catalog, true);
    }

    private TopicTagger(TopicCatalog catalog, boolean strict) {
        this.catalog = catalog;
        this.strict = strict;
        for (String word : catalog.domain()) {
            domainWords.addAll(StemmedTokens.of(word));
        }
        for (Topic topic : catalog.topics()) {
            Map<String, List<List<String>>> byFirstWord = new HashMap<>();
            for (String term : topic.terms()) {
                List<String> phrase = StemmedTokens.of(term);
                termWords.addAll(phrase);
                List<List<String>> sameStart = byFirstWord.computeIfAbsent(phrase.get(0), w -> new ArrayList<>());
                if (!sameStart.contains(phrase)) {
                    sameStart.add(phrase);
                    sameStart.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
                }
            }
            terms.add(new Terms(topic, byFirstWord));
        }
    }

    public TopicCatalog catalog() {
        return catalog;
    }

    /** The section's one to three strongest topics, strongest first, or just {@link Topic#GENERAL}. */
    public List<TopicScore> tag(Section section) {
        return choose(scores(words(section)));
    }

    /**
     * The topics of each of the article's sections, in order, as {@link #tag(Section)} gives them;
     * a strict tagger gives every section {@link Topic#GENERAL} when the article is not about the
     * catalog's domain.
     */
    public List<List<TopicScore>> tag(Article article) {
        List<Words> words = new ArrayList<>(article.sections().size());
        int domain = 0;
        for (Section section : article.sections()) {
            Words w = words(section);
            words.add(w);
            domain += w.domainMentions();
        }
        if (strict && !domainWords.isEmpty()) {
            for (StemmedTokens.Token t : StemmedTokens.tokens(article.title())) {
                domain += domainWords.contains(t.key()) ? DOMAIN_MIN_MENTIONS : 0;
            }
        }
        boolean inDomain = !strict || domainWords.isEmpty() || domain >= DOMAIN_MIN_MENTIONS;
        List<List<TopicScore>> tags = new ArrayList<>(words.size());
        for (Words w : words) {
            tags.add(inDomain ? choose(scores(w)) : List.of(new TopicScore(Topic.GENERAL, 0)));
        }
        return tags;
    }

    private static List<TopicScore> choose(List<TopicScore> scored) {
        List<TopicScore> tags = new ArrayList<>();
        for (TopicScore s : scored) {
            boolean strongEnough = s.score() >= MIN_SCORE
                    && (tags.isEmpty() || s.score() >= RELATIVE_CUTOFF * tags.get(0).score());
            if (!strongEnough || tags.size() == MAX_TOPICS) {
                break;
            }
            tags.add(s);
        }
        return tags.isEmpty() ? List.of(new TopicScore(Topic.GENERAL, 0)) : List.copyOf(tags);
    }

    /** Every topic with a score above zero, strongest first; ties keep the catalog's order. */
    public List<TopicScore> scores(Section section) {
        return scores(words(section));
    }

    /** A section's words, title and body apart, with how often it uses the catalog's domain words. */
    private record Words(List<String> title, List<String> body, int domainMentions) {
    }

    private Words words(Section section) {
        List<String> title = section.hasVisibleTitle() ? keys(section.title()) : List.of();
        List<String> body = keys(section.plainText());
        int domain = 0;
        if (!domainWords.isEmpty()) {
            for (String w : title) {
                domain += domainWords.contains(w) ? 1 : 0;
            }
            for (String w : body) {
                domain += domainWords.contains(w) ? 1 : 0;
            }
        }
        return new Words(title, body, domain);
    }

    /**
     * The keys of a text's words; for a strict tagger, a word joined by a hyphen to a word that
     * belongs to no term is blanked (an empty key matches nothing), so that "thread-safety" is
     * not "safety" while "gut-brain" is still "gut" and "brain".
     */
    private List<String> keys(String text) {
        List<StemmedTokens.Token> tokens = StemmedTokens.tokens(text);
        List<String> keys = new ArrayList<>(tokens.size());
        for (StemmedTokens.Token t : tokens) {
            keys.add(t.key());
        }
        if (!strict) {
            return keys;
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && hyphenBetween(text, tokens.get(j), tokens.get(j + 1))) {
                j++;
            }
            if (j > i) {
                boolean allTermWords = true;
                for (int k = i; k <= j; k++) {
                    allTermWords &= termWords.contains(tokens.get(k).key());
                }
                if (!allTermWords) {
                    for (int k = i; k <= j; k++) {
                        keys.set(k, "");
                    }
                }
            }
            i = j + 1;
        }
        return keys;
    }

    private static boolean hyphenBetween(String text, StemmedTokens.Token a, StemmedTokens.Token b) {
        if (b.start() - a.end() != 1) {
            return false;
        }
        char c = text.charAt(a.end());
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private List<TopicScore> scores(Words words) {
        List<String> title = words.title();
        List<String> body = words.body();
        double lengthNorm = 1 - B + B * (title.size() + body.size()) / REFERENCE_LENGTH;
        List<TopicScore> scored = new ArrayList<>();
        for (Terms topicTerms : terms) {
            Map<List<String>, Integer> counts = new HashMap<>();
            count(title, topicTerms, TITLE_WEIGHT, counts);
            count(body, topicTerms, 1, counts);
            if (strict && counts.size() < 2) {
                continue;
            }
            double score = 0;
            for (int tf : counts.values()) {
                score += tf * (K1 + 1) / (tf + K1 * lengthNorm);
            }
            if (score > 0) {
                scored.add(new TopicScore(topicTerms.topic(), score));
            }
        }
        scored.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return scored;
    }

    /** Counts the topic's terms in the words, the longest term at each place, without overlaps. */
    private static void count(List<String> words, Terms topicTerms, int weight, Map<List<String>, Integer> counts) {
        int i = 0;
        while (i < words.size()) {
            List<String> match = null;
            for (List<String> phrase : topicTerms.byFirstWord().getOrDefault(words.get(i), List.of())) {
                if (startsAt(words, i, phrase)) {
                    match = phrase;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                counts.merge(match, weight, Integer::sum);
                i += match.size();
            }
        }
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
