package dev.gloss.core.topics;

import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final TopicCatalog catalog;
    private final List<Terms> terms = new ArrayList<>();

    /**
     * A topic's terms as stemmed phrases, found by their first word; longest first, so that where
     * "arterial calcification" matches, "arterial" alone does not count as well.
     */
    private record Terms(Topic topic, Map<String, List<List<String>>> byFirstWord) {
    }

    public TopicTagger(TopicCatalog catalog) {
        this.catalog = catalog;
        for (Topic topic : catalog.topics()) {
            Map<String, List<List<String>>> byFirstWord = new HashMap<>();
            for (String term : topic.terms()) {
                List<String> phrase = StemmedTokens.of(term);
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
        List<TopicScore> scored = scores(section);
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
        List<String> title = section.hasVisibleTitle() ? StemmedTokens.of(section.title()) : List.of();
        List<String> body = StemmedTokens.of(section.plainText());
        double lengthNorm = 1 - B + B * (title.size() + body.size()) / REFERENCE_LENGTH;
        List<TopicScore> scored = new ArrayList<>();
        for (Terms topicTerms : terms) {
            Map<List<String>, Integer> counts = new HashMap<>();
            count(title, topicTerms, TITLE_WEIGHT, counts);
            count(body, topicTerms, 1, counts);
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
