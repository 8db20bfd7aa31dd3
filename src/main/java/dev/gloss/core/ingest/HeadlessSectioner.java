package dev.gloss.core.ingest;

import dev.gloss.core.model.Block;
import dev.gloss.core.model.TitleKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Divides an article that has no headings into sections: the first paragraph stays an untitled
 * introduction, a closing "In conclusion" paragraph becomes a conclusion, and the paragraphs in
 * between are grouped, one to three at a time, where the vocabulary changes. Each group gets a short
 * title drawn from its own words, marked as generated.
 */
final class HeadlessSectioner {
    /** Fewer blocks than this read well as one section. */
    static final int MIN_BLOCKS = 4;
    private static final int MAX_GROUP = 3;
    /** A group of fewer words than this joins its neighbour: a section of a sentence or two is no section. */
    static final int MIN_SECTION_WORDS = 50;
    private static final Pattern CONCLUSION = Pattern.compile(
            "(?i)^(in conclusion|in summary|to conclude|to sum up|in short|all in all)\\b.*", Pattern.DOTALL);

    private HeadlessSectioner() {
    }

    static List<ArticleAssembler.Draft> divide(List<Block> blocks, String articleTitle) {
        List<ArticleAssembler.Draft> drafts = new ArrayList<>();
        if (blocks.size() < MIN_BLOCKS) {
            drafts.add(new ArticleAssembler.Draft("", TitleKind.NONE, new ArrayList<>(blocks)));
            return drafts;
        }
        drafts.add(new ArticleAssembler.Draft("", TitleKind.NONE, new ArrayList<>(blocks.subList(0, 1))));
        int end = blocks.size();
        Block conclusion = null;
        if (CONCLUSION.matcher(blocks.get(end - 1).plainText()).matches()) {
            conclusion = blocks.get(end - 1);
            end--;
        }
        List<Block> middle = blocks.subList(1, end);
        List<List<Block>> groups = mergeSmall(group(middle));
        TitleGenerator titles = new TitleGenerator(blocks.stream().map(Block::plainText).toList(), articleTitle);
        for (List<Block> group : groups) {
            String title = titles.titleFor(group.stream().map(Block::plainText).toList());
            drafts.add(new ArticleAssembler.Draft(title, TitleKind.GENERATED, new ArrayList<>(group)));
        }
        if (conclusion != null) {
            drafts.add(new ArticleAssembler.Draft("Conclusion", TitleKind.GENERATED, new ArrayList<>(List.of(conclusion))));
        }
        return drafts;
    }

    /**
     * Groups neighbouring blocks that share distinctive vocabulary: the text is cut wherever two
     * neighbours are less alike than neighbours are on average (tf-idf cosine), and a group longer
     * than three blocks is cut again at its weakest link.
     */
    static List<List<Block>> group(List<Block> blocks) {
        int n = blocks.size();
        List<List<Block>> groups = new ArrayList<>();
        if (n == 0) {
            return groups;
        }
        List<Map<String, Double>> vectors = tfIdfVectors(blocks);
        double[] link = new double[n];
        double sum = 0;
        for (int i = 1; i < n; i++) {
            link[i] = cosine(vectors.get(i - 1), vectors.get(i));
            sum += link[i];
        }
        double mean = n > 1 ? sum / (n - 1) : 0;
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < n; i++) {
            if (link[i] < mean) {
                cuts.add(i);
            }
        }
        cuts.add(n);
        for (int k = 0; k + 1 < cuts.size(); k++) {
            int from = cuts.get(k);
            int to = cuts.get(k + 1);
            if (to - from > MAX_GROUP) {
                int weakest = from + 1;
                for (int i = from + 1; i < to; i++) {
                    if (link[i] < link[weakest]) {
                        weakest = i;
                    }
                }
                cuts.add(k + 1, weakest);
                k--;
            }
        }
        for (int k = 0; k + 1 < cuts.size(); k++) {
            groups.add(new ArrayList<>(blocks.subList(cuts.get(k), cuts.get(k + 1))));
        }
        return groups;
    }

    /** Joins every group of fewer than {@link #MIN_SECTION_WORDS} words to the smaller of its neighbours. */
    static List<List<Block>> mergeSmall(List<List<Block>> groups) {
        List<List<Block>> out = new ArrayList<>(groups);
        boolean merged = true;
        while (merged && out.size() > 1) {
            merged = false;
            for (int i = 0; i < out.size(); i++) {
                if (words(out.get(i)) >= MIN_SECTION_WORDS) {
                    continue;
                }
                int into = i == 0 ? 1 : i == out.size() - 1 ? i - 1
                        : words(out.get(i - 1)) <= words(out.get(i + 1)) ? i - 1 : i + 1;
                List<Block> joined = new ArrayList<>(out.get(Math.min(i, into)));
                joined.addAll(out.get(Math.max(i, into)));
                out.set(Math.min(i, into), joined);
                out.remove(Math.max(i, into));
                merged = true;
                break;
            }
        }
        return out;
    }

    private static int words(List<Block> group) {
        return group.stream().mapToInt(b -> dev.gloss.core.model.Words.count(b.plainText())).sum();
    }

    /** Content-word vectors weighted by tf-idf across the given blocks, so words every block uses weigh nothing. */
    static List<Map<String, Double>> tfIdfVectors(List<Block> blocks) {
        List<Map<String, Integer>> counts = blocks.stream()
                .map(b -> TitleGenerator.contentWordCounts(b.plainText())).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            c.forEach((w, tf) -> v.put(w, tf * Math.log((double) blocks.size() / df.get(w))));
            vectors.add(v);
        }
        return vectors;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

}
