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
    /**
     * The most sections a headingless text is divided into: past this, neighbouring groups are
     * joined, so that a very long text (a whole book without headings) gets chapters of a readable
     * number rather than tens of thousands of sections.
     */
    static final int MAX_SECTIONS = 400;
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
        List<List<Block>> groups = atMost(mergeSmall(group(middle)), MAX_SECTIONS);
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
        // Each block's words counted once, as sorted word numbers and counts: memory grows with the
        // text's words, not with a map per block, and neighbours compare in one merge.
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> words = new ArrayList<>(n);
        List<int[]> tfs = new ArrayList<>(n);
        List<Integer> df = new ArrayList<>();
        for (Block b : blocks) {
            Map<String, Integer> counts = TitleGenerator.contentWordCounts(b.plainText());
            int[] w = new int[counts.size()];
            int k = 0;
            for (String word : counts.keySet()) {
                Integer id = ids.get(word);
                if (id == null) {
                    id = ids.size();
                    ids.put(word, id);
                    df.add(0);
                }
                w[k++] = id;
                df.set(id, df.get(id) + 1);
            }
            java.util.Arrays.sort(w);
            Map<Integer, Integer> byId = new HashMap<>();
            counts.forEach((word, c) -> byId.put(ids.get(word), c));
            int[] tf = new int[w.length];
            for (int j = 0; j < w.length; j++) {
                tf[j] = byId.get(w[j]);
            }
            words.add(w);
            tfs.add(tf);
        }
        double[] idf = new double[df.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log((double) n / df.get(id));
        }
        double[] link = new double[n];
        double sum = 0;
        for (int i = 1; i < n; i++) {
            link[i] = cosine(words.get(i - 1), tfs.get(i - 1), words.get(i), tfs.get(i), idf);
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
        List<Integer> counts = new ArrayList<>(out.size());
        for (List<Block> g : out) {
            counts.add(words(g));
        }
        // Groups before the last merge are all long enough and unchanged, so the scan goes on from there.
        int from = 0;
        boolean merged = true;
        while (merged && out.size() > 1) {
            merged = false;
            for (int i = from; i < out.size(); i++) {
                if (counts.get(i) >= MIN_SECTION_WORDS) {
                    continue;
                }
                int into = i == 0 ? 1 : i == out.size() - 1 ? i - 1
                        : counts.get(i - 1) <= counts.get(i + 1) ? i - 1 : i + 1;
                int low = Math.min(i, into);
                int high = Math.max(i, into);
                List<Block> joined = new ArrayList<>(out.get(low));
                joined.addAll(out.get(high));
                out.set(low, joined);
                counts.set(low, counts.get(low) + counts.get(high));
                out.remove(high);
                counts.remove(high);
                from = low;
                merged = true;
                break;
            }
        }
        return out;
    }

    /** Neighbouring groups joined in runs of equal length, so that there are at most {@code max}. */
    static List<List<Block>> atMost(List<List<Block>> groups, int max) {
        if (groups.size() <= max) {
            return groups;
        }
        int per = (groups.size() + max - 1) / max;
        List<List<Block>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i += per) {
            List<Block> joined = new ArrayList<>();
            for (List<Block> g : groups.subList(i, Math.min(groups.size(), i + per))) {
                joined.addAll(g);
            }
            out.add(joined);
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

    /** The tf-idf cosine of two blocks given as sorted word numbers and their counts; the same as {@link #cosine(Map, Map)} of their vectors. */
    private static double cosine(int[] wa, int[] ta, int[] wb, int[] tb, double[] idf) {
        double na = 0;
        for (int i = 0; i < wa.length; i++) {
            double v = ta[i] * idf[wa[i]];
            na += v * v;
        }
        double nb = 0;
        for (int i = 0; i < wb.length; i++) {
            double v = tb[i] * idf[wb[i]];
            nb += v * v;
        }
        double dot = 0;
        for (int i = 0, j = 0; i < wa.length && j < wb.length; ) {
            if (wa[i] == wb[j]) {
                dot += ta[i] * idf[wa[i]] * tb[j] * idf[wb[j]];
                i++;
                j++;
            } else if (wa[i] < wb[j]) {
                i++;
            } else {
                j++;
            }
        }
        na = Math.sqrt(na);
        nb = Math.sqrt(nb);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
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
