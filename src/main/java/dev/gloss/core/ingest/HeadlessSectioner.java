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
    /** The most units a text is compared in, neighbour with neighbour: see {@link #groupBounded}. */
    static final int MAX_UNITS = 40_000;
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
        // Each block's text as it is read, not all at once: a paragraph held as part of its file's
        // text makes its string when asked, and a million of them need not be alive together.
        List<String> texts = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return blocks.get(index).plainText();
            }

            @Override
            public int size() {
                return blocks.size();
            }
        };
        int end = blocks.size();
        Block conclusion = null;
        if (CONCLUSION.matcher(texts.get(end - 1)).matches()) {
            conclusion = blocks.get(end - 1);
            end--;
        }
        List<Block> middle = blocks.subList(1, end);
        List<String> middleTexts = texts.subList(1, end);
        Cuts cuts = atMost(mergeSmall(groupBounded(middleTexts), middleTexts), MAX_SECTIONS);
        List<List<Block>> groups = cuts.apply(middle);
        TitleGenerator titles = new TitleGenerator(texts, articleTitle);
        // The groups hold the middle blocks in order: each one's texts are the next so many.
        int at = 0;
        for (List<Block> group : groups) {
            String title = titles.titleFor(middleTexts.subList(at, at + group.size()));
            at += group.size();
            drafts.add(new ArticleAssembler.Draft(title, TitleKind.GENERATED, new ArrayList<>(group)));
        }
        if (conclusion != null) {
            drafts.add(new ArticleAssembler.Draft("Conclusion", TitleKind.GENERATED, new ArrayList<>(List.of(conclusion))));
        }
        return drafts;
    }

    /**
     * Where a text's groups start, as indices of its blocks (the first is 0), and how alike each
     * starting block is to the block before it (tf-idf cosine; the first group's is infinite): the
     * likeness decides which cuts stay when groups are joined.
     */
    record Cuts(int blocks, int[] starts, double[] links) {
        List<List<Block>> apply(List<Block> all) {
            List<List<Block>> groups = new ArrayList<>(starts.length);
            for (int k = 0; k < starts.length; k++) {
                groups.add(new ArrayList<>(all.subList(starts[k], k + 1 < starts.length ? starts[k + 1] : blocks)));
            }
            return groups;
        }

        private int end(int k) {
            return k + 1 < starts.length ? starts[k + 1] : blocks;
        }
    }

    /**
     * {@link #group} with its work bounded: past {@link #MAX_UNITS} blocks, runs of neighbouring
     * blocks are compared as one unit each, so that a text of two million one-line paragraphs costs
     * what a text of {@code MAX_UNITS} paragraphs does. With at most {@link #MAX_SECTIONS} sections
     * in the end, a cut can still fall at any of a hundred places within each of them.
     */
    private static Cuts groupBounded(List<String> texts) {
        int n = texts.size();
        if (n <= MAX_UNITS) {
            return group(texts);
        }
        int per = (n + MAX_UNITS - 1) / MAX_UNITS;
        List<String> unitTexts = new ArrayList<>();
        for (int from = 0; from < n; from += per) {
            unitTexts.add(String.join("\n", texts.subList(from, Math.min(n, from + per))));
        }
        Cuts units = group(unitTexts);
        int[] starts = new int[units.starts().length];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = units.starts()[k] * per;
        }
        return new Cuts(n, starts, units.links());
    }

    /**
     * Groups neighbouring blocks that share distinctive vocabulary: the text is cut wherever two
     * neighbours are less alike than neighbours are on average (tf-idf cosine), and a group longer
     * than three blocks is cut again at its weakest link.
     */
    static Cuts group(List<String> texts) {
        int n = texts.size();
        if (n == 0) {
            return new Cuts(0, new int[0], new double[0]);
        }
        // Each block's words counted once, as sorted word numbers and counts, all blocks in two
        // flat arrays (block i at start[i] to start[i + 1]): memory grows with the text's words, not
        // with a map or an array per block, and neighbours compare in one merge.
        WordIds ids = new WordIds();
        int[] start = new int[n + 1];
        int[] words = new int[Math.max(16, n)];
        int[] tfs = new int[words.length];
        int[] df = new int[256];
        int used = 0;
        for (int b = 0; b < n; b++) {
            Map<String, Integer> counts = TitleGenerator.contentWordCounts(texts.get(b));
            // Word number and count packed in one long, so that sorting by number keeps them together.
            long[] pairs = new long[counts.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int id = ids.idOf(e.getKey());
                if (id == df.length) {
                    df = java.util.Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
                pairs[k++] = ((long) id << 32) | e.getValue();
            }
            java.util.Arrays.sort(pairs);
            if (used + pairs.length > words.length) {
                int size = Math.max(words.length * 2, used + pairs.length);
                words = java.util.Arrays.copyOf(words, size);
                tfs = java.util.Arrays.copyOf(tfs, size);
            }
            for (long pair : pairs) {
                words[used] = (int) (pair >>> 32);
                tfs[used] = (int) pair;
                used++;
            }
            start[b + 1] = used;
        }
        double[] idf = new double[ids.size()];
        for (int id = 0; id < idf.length; id++) {
            idf[id] = Math.log((double) n / df[id]);
        }
        double[] link = new double[n];
        double sum = 0;
        for (int i = 1; i < n; i++) {
            link[i] = cosine(words, tfs, start[i - 1], start[i], start[i], start[i + 1], idf);
            sum += link[i];
        }
        double mean = n > 1 ? sum / (n - 1) : 0;
        List<Integer> base = new ArrayList<>();
        base.add(0);
        for (int i = 1; i < n; i++) {
            if (link[i] < mean) {
                base.add(i);
            }
        }
        base.add(n);
        List<Integer> cuts = new ArrayList<>(base.size());
        for (int k = 0; k + 1 < base.size(); k++) {
            cuts.add(base.get(k));
            cutAtWeakestLinks(link, base.get(k), base.get(k + 1), cuts);
        }
        int[] starts = cuts.stream().mapToInt(Integer::intValue).toArray();
        double[] links = new double[starts.length];
        for (int k = 0; k < starts.length; k++) {
            links[k] = k == 0 ? Double.POSITIVE_INFINITY : link[starts[k]];
        }
        return new Cuts(n, starts, links);
    }

    /**
     * Cuts the blocks {@code [from, to)}, while longer than {@link #MAX_GROUP}, at their weakest link
     * (the first, where several are as weak), and each part again, adding the cuts in order. The
     * weakest link of every part is found in a tree of the links built once (each link's parent is
     * the nearest weaker one), so that a run of equal links costs linear time, not quadratic.
     */
    private static void cutAtWeakestLinks(double[] link, int from, int to, List<Integer> cuts) {
        if (to - from <= MAX_GROUP) {
            return;
        }
        // Links from + 1 .. to - 1, numbered 0 .. count - 1: a tree with the weakest (first) at the root.
        int count = to - from - 1;
        int[] left = new int[count];
        int[] right = new int[count];
        java.util.Arrays.fill(left, -1);
        java.util.Arrays.fill(right, -1);
        int[] stack = new int[count];
        int depth = 0;
        for (int j = 0; j < count; j++) {
            int last = -1;
            while (depth > 0 && link[from + 1 + stack[depth - 1]] > link[from + 1 + j]) {
                last = stack[--depth];
            }
            left[j] = last;
            if (depth > 0) {
                right[stack[depth - 1]] = j;
            }
            stack[depth++] = j;
        }
        // In order: a part's left half, its cut, its right half. A frame is {link, low, high} (link -1 for none), or {cut}.
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.push(new int[] {stack[0], from, to});
        while (!todo.isEmpty()) {
            int[] frame = todo.pop();
            if (frame.length == 1) {
                cuts.add(frame[0]);
                continue;
            }
            int low = frame[1];
            int high = frame[2];
            if (high - low <= MAX_GROUP) {
                continue;
            }
            int weakest = from + 1 + frame[0];
            todo.push(new int[] {right[frame[0]], weakest, high});
            todo.push(new int[] {weakest});
            todo.push(new int[] {left[frame[0]], low, weakest});
        }
    }

    /**
     * Joins every group of fewer than {@link #MIN_SECTION_WORDS} words to the smaller of its
     * neighbours; {@code texts} are the blocks' texts. A join takes out the cut between the two.
     */
    static Cuts mergeSmall(Cuts groups, List<String> texts) {
        int n = groups.starts().length;
        int[] counts = new int[n];
        // The groups as a chain: a merge takes its group out in constant time, so the whole is linear.
        int[] prev = new int[n];
        int[] next = new int[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int b = groups.starts()[i], end = groups.end(i); b < end; b++) {
                counts[i] += dev.gloss.core.model.Words.count(texts.get(b));
            }
            prev[i] = i - 1;
            next[i] = i + 1 < n ? i + 1 : -1;
        }
        int size = n;
        // Groups before the last merge are all long enough and unchanged, so the scan goes on from there.
        int from = n == 0 ? -1 : 0;
        boolean merged = true;
        while (merged && size > 1) {
            merged = false;
            for (int i = from; i >= 0; i = next[i]) {
                if (counts[i] >= MIN_SECTION_WORDS) {
                    continue;
                }
                int into = prev[i] < 0 ? next[i] : next[i] < 0 ? prev[i]
                        : counts[prev[i]] <= counts[next[i]] ? prev[i] : next[i];
                int low = Math.min(i, into);
                int high = Math.max(i, into);
                gone[high] = true;
                counts[low] += counts[high];
                next[low] = next[high];
                if (next[high] >= 0) {
                    prev[next[high]] = low;
                }
                size--;
                from = low;
                merged = true;
                break;
            }
        }
        return keep(groups, gone, size);
    }

    /**
     * Joins neighbouring groups so that there are at most {@code max}: the text is seen as
     * {@code max} equal stretches, and each stretch's middle part keeps the one cut nearest to where
     * the text is least alike, so that the sections stay of a similar length and still begin where
     * the subject changes.
     */
    static Cuts atMost(Cuts groups, int max) {
        int n = groups.starts().length;
        if (n <= max) {
            return groups;
        }
        boolean[] gone = new boolean[n];
        java.util.Arrays.fill(gone, 1, n, true);
        double stretch = (double) groups.blocks() / max;
        int k = 1;
        for (int window = 1; window < max; window++) {
            double low = (window - 0.5) * stretch;
            double high = (window + 0.5) * stretch;
            double ideal = window * stretch;
            int best = -1;
            while (k < n && groups.starts()[k] < low) {
                k++;
            }
            for (; k < n && groups.starts()[k] < high; k++) {
                if (best < 0 || groups.links()[k] < groups.links()[best]
                        || groups.links()[k] == groups.links()[best]
                        && Math.abs(groups.starts()[k] - ideal) < Math.abs(groups.starts()[best] - ideal)) {
                    best = k;
                }
            }
            if (best >= 0) {
                gone[best] = false;
            }
        }
        int size = 0;
        for (boolean g : gone) {
            size += g ? 0 : 1;
        }
        return keep(groups, gone, size);
    }

    private static Cuts keep(Cuts groups, boolean[] gone, int size) {
        int[] starts = new int[size];
        double[] links = new double[size];
        int at = 0;
        for (int i = 0; i < gone.length; i++) {
            if (!gone[i]) {
                starts[at] = groups.starts()[i];
                links[at] = groups.links()[i];
                at++;
            }
        }
        return new Cuts(groups.blocks(), starts, links);
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

    /**
     * The tf-idf cosine of two blocks given as sorted word numbers and their counts, at
     * {@code [a, aEnd)} and {@code [b, bEnd)} of the flat arrays; the same as {@link #cosine(Map, Map)} of their vectors.
     */
    private static double cosine(int[] w, int[] t, int a, int aEnd, int b, int bEnd, double[] idf) {
        double na = 0;
        for (int i = a; i < aEnd; i++) {
            double v = t[i] * idf[w[i]];
            na += v * v;
        }
        double nb = 0;
        for (int i = b; i < bEnd; i++) {
            double v = t[i] * idf[w[i]];
            nb += v * v;
        }
        double dot = 0;
        for (int i = a, j = b; i < aEnd && j < bEnd; ) {
            if (w[i] == w[j]) {
                dot += t[i] * idf[w[i]] * t[j] * idf[w[j]];
                i++;
                j++;
            } else if (w[i] < w[j]) {
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


    /**
     * Numbers words 0, 1, 2... in the order first seen, keyed by a 64-bit hash of the word in one
     * open-addressed table: a text of two million distinct words costs two arrays, not two million
     * map entries holding their strings. Two words sharing a hash (about one chance in 10^7 at that
     * size) would only count as one word in the likeness of neighbours.
     */
    static final class WordIds {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        int size() {
            return size;
        }

        /** The word's number, given the next free one if it is new. */
        int idOf(String word) {
            long key = hash(word);
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (values[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot] - 1;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = ++size;
            if (size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldValues.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    long key = oldKeys[i];
                    int slot = (int) (key ^ (key >>> 32)) & mask;
                    while (values[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = key;
                    values[slot] = oldValues[i];
                }
            }
        }

        /** FNV-1a over the word's chars, 64 bits. */
        private static long hash(String word) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < word.length(); i++) {
                h ^= word.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }
}
