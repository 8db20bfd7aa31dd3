package dev.gloss.core.topics;

import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Finds topics in the vocabulary of a library's sections, in the manner of suffix-tree clustering
 * (Zamir and Etzioni): each section's key phrases are the words and word pairs it repeats that are
 * rare in the whole library (a saturating count, as BM25's, times the phrase's inverse section
 * frequency over every section of the library, bundled ones too); each key phrase gathers the
 * sections it is key to; two such groups that share more than half of each other's sections are one
 * topic; the strongest topics that add sections not yet covered are kept. A topic is named by its
 * two or three strongest phrases and described by its top phrases, all as the articles write them.
 *
 * <p>Deterministic: the same library gives the same topics, in the same order, with the same ids.
 * Given the topics found before, a topic that keeps most of its sections keeps its id.
 */
final class TopicDiscovery {
    /** Key phrases a section has at most. */
    static final int KEY_PHRASES = 6;
    /** A phrase must be repeated (or be in the title) to be key to a section. */
    static final int MIN_COUNT = 2;
    /** A phrase in more than this share of the library's sections is too common to name a topic. */
    static final double MAX_SHARE = 0.25;
    /** A topic may hold at most this share of the sections it was found in. */
    static final double MAX_TOPIC_SHARE = 0.25;
    static final int MAX_TOPICS_PER_SECTION = 3;
    /** A heading in at least this share of the articles is structure, not subject. */
    static final double STRUCTURAL_SHARE = 0.2;
    /** A section with fewer words of prose than this may take its article's topic. */
    static final int SHORT_SECTION = 40;
    private static final double INHERITED = 0.001;
    static final double RELATIVE_CUTOFF = 0.4;
    private static final double BIGRAM_BOOST = 1.25;
    private static final double K1 = 1.2;
    private static final double B = 0.5;
    private static final int BASE_CLUSTERS = 400;

    /** A phrase of a topic: its stems, as the articles write it, and how rare it is in the library. */
    record Phrase(String stem, String label, double idf) {
    }

    /** A topic found: its phrases strongest first, and its sections (id to affinity) in library order. */
    record Found(String id, String name, String description, List<Phrase> phrases, Map<String, Double> sections) {
        Found {
            phrases = List.copyOf(phrases);
            sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        }

        Found withSections(Map<String, Double> newSections) {
            return new Found(id, name, description, phrases, newSections);
        }
    }

    private record KeyPhrase(String stem, double weight, Map<String, Integer> forms) {
    }

    private TopicDiscovery() {
    }

    /**
     * The topics of {@code subjects} (the sections to find topics for, in library order), phrases
     * weighed against {@code library} (every section of the library). {@code previous} topics lend
     * their ids to the new ones that keep most of their sections; those in {@code pinned} (which the
     * reader has changed) are kept even when nothing like them is found again.
     */
    static List<Found> discover(List<Section> library, List<Section> subjects, List<Found> previous, Set<String> pinned) {
        if (subjects.isEmpty()) {
            return carryOver(previous, pinned, Set.of(), new HashSet<>());
        }
        int n = library.size();
        // One reading of every section gives the phrases' section counts and each subject's length in
        // words; the subjects are read once more for their key phrases, once the counts are known.
        Map<String, Integer> subjectIndex = new HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            subjectIndex.put(subjects.get(i).id(), i);
        }
        int[] subjectWords = new int[subjects.size()];
        ConcurrentHashMap<String, Integer> df = new ConcurrentHashMap<>();
        library.parallelStream().forEach(s -> {
            Map<String, Phrases.Count> phrases = Phrases.of(s);
            phrases.keySet().forEach(p -> df.merge(p, 1, Integer::sum));
            Integer at = subjectIndex.get(s.id());
            if (at != null) {
                subjectWords[at] = words(phrases);
            }
        });
        int maxDf = Math.max(2, (int) Math.floor(MAX_SHARE * n));
        // A heading that many articles have word for word ("Synopsis", "See also") is their
        // structure, not a subject: it names no topic.
        Map<String, Set<String>> titledIn = new HashMap<>();
        Set<String> subjectArticles = new HashSet<>();
        for (Section s : subjects) {
            subjectArticles.add(s.articleId());
            String t = Phrases.titlePhrase(s);
            if (t != null) {
                titledIn.computeIfAbsent(t, k -> new HashSet<>()).add(s.articleId());
            }
        }
        int structural = Math.max(3, (int) Math.ceil(STRUCTURAL_SHARE * subjectArticles.size()));
        titledIn.forEach((phrase, articles) -> {
            if (articles.size() >= structural) {
                df.put(phrase, Integer.MAX_VALUE);
            }
        });
        double averageLength = java.util.Arrays.stream(subjectWords).map(w -> Math.max(1, w)).average().orElse(1);

        List<List<KeyPhrase>> keys = IntStream.range(0, subjects.size()).parallel()
                .mapToObj(i -> keyPhrases(Phrases.of(subjects.get(i)), subjectWords[i], df, n, maxDf, averageLength))
                .toList();

        int count = subjects.size();
        int minSupport = Math.max(2, (int) Math.ceil(0.002 * count));
        int maxSupport = Math.max(minSupport, (int) Math.floor(MAX_TOPIC_SHARE * count));
        Map<String, BitSet> support = new HashMap<>();
        Map<String, Double> weightSum = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (int i = 0; i < count; i++) {
            for (KeyPhrase k : keys.get(i)) {
                support.computeIfAbsent(k.stem(), p -> new BitSet(count)).set(i);
                weightSum.merge(k.stem(), k.weight(), Double::sum);
                Map<String, Integer> f = forms.computeIfAbsent(k.stem(), p -> new HashMap<>());
                k.forms().forEach((form, c) -> f.merge(form, c, Integer::sum));
            }
        }
        record Base(String stem, BitSet sections, double score) {
        }
        List<Base> bases = new ArrayList<>();
        support.forEach((stem, bits) -> {
            int size = bits.cardinality();
            if (size >= minSupport && size <= maxSupport) {
                bases.add(new Base(stem, bits, weightSum.get(stem)));
            }
        });
        bases.sort(Comparator.comparingDouble(Base::score).reversed().thenComparing(Base::stem));
        List<Base> top = bases.subList(0, Math.min(BASE_CLUSTERS, bases.size()));

        // Groups sharing more than half of each other's sections are one topic (a union-find).
        int[] parent = IntStream.range(0, top.size()).toArray();
        BitSet[] union = new BitSet[top.size()];
        for (int i = 0; i < top.size(); i++) {
            union[i] = (BitSet) top.get(i).sections().clone();
        }
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                BitSet a = top.get(i).sections();
                BitSet b = top.get(j).sections();
                BitSet both = (BitSet) a.clone();
                both.and(b);
                int shared = both.cardinality();
                if (shared * 2 <= a.cardinality() || shared * 2 <= b.cardinality()) {
                    continue;
                }
                int ri = root(parent, i);
                int rj = root(parent, j);
                if (ri == rj) {
                    continue;
                }
                BitSet merged = (BitSet) union[ri].clone();
                merged.or(union[rj]);
                if (merged.cardinality() > maxSupport) {
                    continue;
                }
                int keep = Math.min(ri, rj);
                parent[Math.max(ri, rj)] = keep;
                union[keep] = merged;
            }
        }
        record Cluster(List<Base> phrases, BitSet sections, double score) {
        }
        Map<Integer, List<Base>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < top.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(top.get(i));
        }
        List<Cluster> clusters = new ArrayList<>();
        byRoot.forEach((r, phrases) -> clusters.add(new Cluster(phrases, union[r],
                phrases.stream().mapToDouble(Base::score).sum())));
        clusters.sort(Comparator.comparingDouble(Cluster::score).reversed());

        int maxTopics = Math.max(3, Math.min(40, (int) Math.round(Math.sqrt(count))));
        BitSet covered = new BitSet(count);
        List<Cluster> chosen = new ArrayList<>();
        for (Cluster c : clusters) {
            if (chosen.size() == maxTopics) {
                break;
            }
            BitSet fresh = (BitSet) c.sections().clone();
            fresh.andNot(covered);
            if (!chosen.isEmpty() && fresh.cardinality() < Math.max(2, 0.2 * c.sections().cardinality())) {
                continue;
            }
            chosen.add(c);
            covered.or(c.sections());
        }

        // Each section keeps its strongest topics: those whose phrases weigh most among its key phrases.
        List<Map<Integer, Double>> affinity = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            affinity.add(new HashMap<>());
        }
        for (int t = 0; t < chosen.size(); t++) {
            Set<String> stems = new HashSet<>();
            chosen.get(t).phrases().forEach(p -> stems.add(p.stem()));
            BitSet bits = chosen.get(t).sections();
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                double a = 0;
                for (KeyPhrase k : keys.get(i)) {
                    a += stems.contains(k.stem()) ? k.weight() : 0;
                }
                if (a > 0) {
                    affinity.get(i).put(t, a);
                }
            }
        }
        List<Map<String, Double>> members = new ArrayList<>();
        for (int t = 0; t < chosen.size(); t++) {
            members.add(new LinkedHashMap<>());
        }
        for (int i = 0; i < count; i++) {
            for (Map.Entry<Integer, Double> e : strongest(affinity.get(i))) {
                members.get(e.getKey()).put(subjects.get(i).id(), round(e.getValue()));
            }
        }

        inherit(subjects, members, i -> subjectWords[i]);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < count; i++) {
            position.put(subjects.get(i).id(), i);
        }

        List<Found> found = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Set<String> matched = new HashSet<>();
        for (int t = 0; t < chosen.size(); t++) {
            if (members.get(t).size() < 2) {
                continue;
            }
            // The phrases that made the topic, then those its sections share most.
            List<String> stems = new ArrayList<>();
            chosen.get(t).phrases().forEach(b -> stems.add(b.stem()));
            Map<String, Double> shared = new HashMap<>();
            Map<String, Integer> sharedBy = new HashMap<>();
            for (String sectionId : members.get(t).keySet()) {
                for (KeyPhrase k : keys.get(position.get(sectionId))) {
                    shared.merge(k.stem(), k.weight(), Double::sum);
                    sharedBy.merge(k.stem(), 1, Integer::sum);
                }
            }
            int least = Math.max(2, (int) Math.ceil(0.15 * members.get(t).size()));
            shared.entrySet().stream()
                    .filter(e -> !stems.contains(e.getKey()) && sharedBy.get(e.getKey()) >= least)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(Math.max(0, 10 - stems.size()))
                    .forEach(e -> stems.add(e.getKey()));
            List<Phrase> phrases = new ArrayList<>();
            for (String stem : stems) {
                phrases.add(new Phrase(stem, label(forms.get(stem)), round(Math.log((double) n / df.getOrDefault(stem, 1)))));
            }
            List<String> names = names(phrases);
            String id = inheritedId(members.get(t).keySet(), previous, matched)
                    .orElseGet(() -> freshId(names, taken, previous));
            taken.add(id);
            found.add(new Found(id, name(names), description(phrases), phrases, members.get(t)));
        }
        found = mergeAlike(found);
        Set<String> present = new HashSet<>();
        library.forEach(s -> present.add(s.id()));
        found.addAll(carryOver(previous, pinned, present, matched));
        return found;
    }

    /**
     * The topics of sections that came after the topics were found: a section joins the topics whose
     * phrases it repeats, weighed by their rarity when the topics were found, its strongest three.
     * Returns each section's topics (by index in {@code topics}) with their affinity.
     */
    static Map<String, Map<Integer, Double>> join(Collection<Section> sections, List<Found> topics) {
        Map<String, List<int[]>> byStem = new HashMap<>();
        Map<String, Double> idf = new HashMap<>();
        for (int t = 0; t < topics.size(); t++) {
            for (Phrase p : topics.get(t).phrases()) {
                byStem.computeIfAbsent(p.stem(), s -> new ArrayList<>()).add(new int[] {t});
                idf.merge(p.stem(), p.idf(), Math::max);
            }
        }
        Map<String, Map<Integer, Double>> joined = new ConcurrentHashMap<>();
        sections.parallelStream().forEach(section -> {
            Map<String, Phrases.Count> counts = Phrases.of(section);
            Map<Integer, Double> affinity = new HashMap<>();
            counts.forEach((stem, c) -> {
                List<int[]> in = byStem.get(stem);
                if (in == null || c.count < MIN_COUNT) {
                    return;
                }
                double w = saturate(c.count, 1) * idf.get(stem) * (stem.indexOf(' ') > 0 ? BIGRAM_BOOST : 1);
                in.forEach(t -> affinity.merge(t[0], w, Double::sum));
            });
            Map<Integer, Double> kept = new LinkedHashMap<>();
            for (Map.Entry<Integer, Double> e : strongest(affinity)) {
                kept.put(e.getKey(), round(e.getValue()));
            }
            joined.put(section.id(), kept);
        });
        return joined;
    }

    /**
     * Two topics whose top three phrases share two ("Pattern, match and arm", "Arm, match and
     * pattern") are one: the weaker one's sections join the stronger.
     */
    private static List<Found> mergeAlike(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        List<Set<String>> tops = new ArrayList<>();
        for (Found f : found) {
            Set<String> top = new HashSet<>();
            f.phrases().stream().limit(3).forEach(p -> top.add(p.stem()));
            int into = -1;
            for (int k = 0; k < kept.size() && into < 0; k++) {
                Set<String> both = new HashSet<>(tops.get(k));
                both.retainAll(top);
                into = both.size() >= Math.min(2, top.size()) ? k : -1;
            }
            if (into < 0) {
                kept.add(f);
                tops.add(top);
            } else {
                Map<String, Double> sections = new LinkedHashMap<>(kept.get(into).sections());
                f.sections().forEach((id, a) -> sections.merge(id, a, Math::max));
                kept.set(into, kept.get(into).withSections(sections));
            }
        }
        return kept;
    }

    /**
     * A short section with no topic of its own ("See also", a synopsis that is all code, a heading
     * over its subsections) takes the topic most of its article's other sections have, with the least
     * affinity: it is about what its article is about.
     */
    static void inherit(List<Section> sections, List<Map<String, Double>> members) {
        inherit(sections, members, i -> words(Phrases.of(sections.get(i))));
    }

    /** As {@link #inherit(List, List)}, given each section's length in words (by its place in {@code sections}). */
    static void inherit(List<Section> sections, List<Map<String, Double>> members,
                        java.util.function.IntUnaryOperator wordsOf) {
        // Per article and topic: how many of its sections have the topic, then their affinity.
        Map<String, Map<Integer, double[]>> byArticle = new HashMap<>();
        Set<String> placed = new HashSet<>();
        Map<String, String> articleOf = new HashMap<>();
        sections.forEach(s -> articleOf.put(s.id(), s.articleId()));
        for (int t = 0; t < members.size(); t++) {
            for (Map.Entry<String, Double> e : members.get(t).entrySet()) {
                String article = articleOf.get(e.getKey());
                if (article != null) {
                    double[] w = byArticle.computeIfAbsent(article, a -> new HashMap<>()).computeIfAbsent(t, k -> new double[2]);
                    w[0]++;
                    w[1] += e.getValue();
                    placed.add(e.getKey());
                }
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Map<Integer, double[]> weights = byArticle.get(s.articleId());
            if (placed.contains(s.id()) || weights == null || wordsOf.applyAsInt(i) >= SHORT_SECTION) {
                continue;
            }
            int best = -1;
            for (Map.Entry<Integer, double[]> e : weights.entrySet()) {
                double[] w = e.getValue();
                double[] b = best < 0 ? null : weights.get(best);
                if (b == null || w[0] > b[0] || w[0] == b[0] && (w[1] > b[1] || w[1] == b[1] && e.getKey() < best)) {
                    best = e.getKey();
                }
            }
            members.get(best).put(s.id(), INHERITED);
        }
    }

    private static List<Map.Entry<Integer, Double>> strongest(Map<Integer, Double> affinity) {
        List<Map.Entry<Integer, Double>> sorted = new ArrayList<>(affinity.entrySet());
        sorted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<Integer, Double>> kept = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : sorted) {
            if (kept.size() == MAX_TOPICS_PER_SECTION || e.getValue() < RELATIVE_CUTOFF * sorted.get(0).getValue()) {
                break;
            }
            kept.add(e);
        }
        return kept;
    }

    private static List<KeyPhrase> keyPhrases(Map<String, Phrases.Count> counts, int words, Map<String, Integer> df,
                                              int n, int maxDf, double averageLength) {
        double norm = 1 - B + B * Math.max(1, words) / averageLength;
        List<KeyPhrase> all = new ArrayList<>();
        counts.forEach((stem, c) -> {
            int d = df.getOrDefault(stem, 0);
            if (c.count < MIN_COUNT || d < 2 || d > maxDf || isParticiple(stem, c)) {
                return;
            }
            double w = saturate(c.count, norm) * Math.log((double) n / d) * (stem.indexOf(' ') > 0 ? BIGRAM_BOOST : 1);
            all.add(new KeyPhrase(stem, w, c.forms));
        });
        all.sort(Comparator.comparingDouble(KeyPhrase::weight).reversed().thenComparing(KeyPhrase::stem));
        return List.copyOf(all.subList(0, Math.min(KEY_PHRASES, all.size())));
    }

    /**
     * A word on its own written mostly as a past participle or an adverb ("submitted", "fetched",
     * "explicitly") says how, not what: it is no key phrase (in a pair, "installed packages", it may be).
     */
    private static boolean isParticiple(String stem, Phrases.Count c) {
        if (stem.indexOf(' ') >= 0) {
            return false;
        }
        int participle = 0;
        int all = 0;
        for (Map.Entry<String, Integer> f : c.forms.entrySet()) {
            all += f.getValue();
            participle += f.getKey().endsWith("ed") || f.getKey().endsWith("ly") ? f.getValue() : 0;
        }
        return participle * 2 > all;
    }

    private static int words(Map<String, Phrases.Count> counts) {
        int words = 0;
        for (Map.Entry<String, Phrases.Count> e : counts.entrySet()) {
            words += e.getKey().indexOf(' ') < 0 ? e.getValue().count : 0;
        }
        return words;
    }

    private static double saturate(int tf, double norm) {
        return tf * (K1 + 1) / (tf + K1 * norm);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The form a phrase is most often written in; ties go to the form that sorts first. */
    private static String label(Map<String, Integer> forms) {
        String best = "";
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The two or three strongest phrases, skipping one that shares a word with a stronger one. */
    static List<String> names(List<Phrase> phrases) {
        List<String> names = new ArrayList<>();
        List<Set<String>> used = new ArrayList<>();
        for (Phrase candidate : phrases) {
            // A word is named by the pair it stands in when the topic has that pair too ("dry" by "dry run").
            Phrase p = candidate;
            if (p.stem().indexOf(' ') < 0) {
                for (Phrase pair : phrases) {
                    if (pair.stem().indexOf(' ') > 0 && List.of(pair.stem().split(" ")).contains(p.stem())) {
                        p = pair;
                        break;
                    }
                }
            }
            Set<String> words = Set.of(p.stem().split(" "));
            if (used.stream().anyMatch(u -> u.stream().anyMatch(words::contains))) {
                continue;
            }
            int length = names.stream().mapToInt(String::length).sum() + p.label().length();
            if (names.size() == 3 || (names.size() == 2 && length > 36)) {
                break;
            }
            names.add(p.label());
            used.add(words);
        }
        return names;
    }

    static String name(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(names.get(i));
        }
        if (sb.isEmpty()) {
            return "";
        }
        return sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
    }

    /** The topic's top phrases, as the articles write them: no prose of ours. */
    static String description(List<Phrase> phrases) {
        List<String> labels = new ArrayList<>();
        for (Phrase p : phrases) {
            if (!labels.contains(p.label())) {
                labels.add(p.label());
            }
            if (labels.size() == 8) {
                break;
            }
        }
        return "Key phrases: " + String.join(", ", labels) + ".";
    }

    /** The id of the topic found before that shares the most with these sections, if it shares enough. */
    private static java.util.Optional<String> inheritedId(Set<String> sections, List<Found> previous, Set<String> matched) {
        Found best = null;
        double bestJaccard = 0.3;
        for (Found p : previous) {
            if (matched.contains(p.id())) {
                continue;
            }
            int shared = 0;
            for (String id : p.sections().keySet()) {
                shared += sections.contains(id) ? 1 : 0;
            }
            double jaccard = (double) shared / (sections.size() + p.sections().size() - shared);
            if (jaccard >= bestJaccard) {
                best = p;
                bestJaccard = jaccard;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        matched.add(best.id());
        return java.util.Optional.of(best.id());
    }

    private static String freshId(List<String> names, Set<String> taken, List<Found> previous) {
        Set<String> previousIds = new HashSet<>();
        previous.forEach(p -> previousIds.add(p.id()));
        String base = "d-" + String.join("-", names.subList(0, Math.min(2, names.size())).stream()
                .map(TopicDiscovery::slug).filter(s -> !s.isEmpty()).toList());
        if (base.equals("d-")) {
            base = "d-topic";
        }
        String id = base;
        for (int k = 2; taken.contains(id) || previousIds.contains(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** The pinned topics found before that nothing new took the place of, with the sections still there. */
    private static List<Found> carryOver(List<Found> previous, Set<String> pinned, Set<String> present, Set<String> matched) {
        List<Found> kept = new ArrayList<>();
        for (Found p : previous) {
            if (pinned.contains(p.id()) && !matched.contains(p.id())) {
                Map<String, Double> still = new LinkedHashMap<>();
                p.sections().forEach((id, a) -> {
                    if (present.contains(id)) {
                        still.put(id, a);
                    }
                });
                kept.add(p.withSections(still));
            }
        }
        return kept;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
