package dev.gloss.core.corpus;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a synthetic corpus is written with: every word of a real library, drawn as often as
 * the library uses it and after the words it follows there, plus generated words on a Zipf
 * curve, which give a large corpus the long tail of rare words a real one has.
 */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");
    private static final String[] SYLLABLES = {
        "ka", "lo", "min", "tre", "os", "phy", "cal", "ine", "ase", "gen", "dro", "vex", "ul", "mar", "ti",
        "zo", "per", "quin", "sel", "bra", "ent", "ox", "ry", "lum", "cor", "den", "fa", "gli", "hem", "ide",
        "jun", "kel", "nu", "pho", "ros", "sta", "tho", "va", "wen", "yl",
    };
    /** Real words are drawn this often; generated words make up the rest. */
    private static final double REAL_SHARE = 0.8;

    private final String[] real;
    private final double[] realCumulative;
    private final String[] generated;
    private final double[] generatedCumulative;
    private final String[] headingWords;
    private final Map<String, String[]> followers;

    private Vocabulary(String[] real, double[] realCumulative, String[] generated, double[] generatedCumulative,
                       String[] headingWords, Map<String, String[]> followers) {
        this.real = real;
        this.realCumulative = realCumulative;
        this.generated = generated;
        this.generatedCumulative = generatedCumulative;
        this.headingWords = headingWords;
        this.followers = followers;
    }

    static Vocabulary of(Library library, int generatedCount, long seed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (Article article : library.articles()) {
            for (Section section : article.sections()) {
                for (String sentence : SENTENCE_END.split(section.plainText())) {
                    String previous = null;
                    Matcher m = WORD.matcher(sentence);
                    while (m.find()) {
                        String word = m.group().toLowerCase(Locale.ROOT);
                        counts.merge(word, 1, Integer::sum);
                        if (previous != null) {
                            next.computeIfAbsent(previous, k -> new ArrayList<>()).add(word);
                        }
                        previous = word;
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("the library has no words to draw a vocabulary from");
        }
        String[] real = counts.keySet().toArray(String[]::new);
        double[] realCumulative = cumulative(Arrays.stream(real).mapToDouble(counts::get).toArray());
        String[] generated = generate(generatedCount, counts.keySet(), new Random(seed));
        double[] zipf = new double[generated.length];
        for (int i = 0; i < zipf.length; i++) {
            zipf[i] = 1.0 / (i + 1);
        }
        String[] headingWords = Arrays.stream(real).filter(w -> w.length() >= 5 && counts.get(w) >= 2)
                .toArray(String[]::new);
        Map<String, String[]> followers = new HashMap<>();
        next.forEach((word, list) -> followers.put(word, list.toArray(String[]::new)));
        return new Vocabulary(real, realCumulative, generated, cumulative(zipf), headingWords, followers);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static String[] generate(int count, Set<String> taken, Random random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            int syllables = 2 + random.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String word = sb.toString();
            if (!taken.contains(word)) {
                words.add(word);
            }
        }
        return words.toArray(String[]::new);
    }

    /** A word drawn from the whole vocabulary. */
    String draw(Random random) {
        if (random.nextDouble() < REAL_SHARE) {
            return real[pick(realCumulative, random.nextDouble())];
        }
        return generated[pick(generatedCumulative, random.nextDouble())];
    }

    /** A word that follows {@code previous} somewhere in the library, or a fresh draw. */
    String drawAfter(String previous, Random random, double followShare) {
        String[] after = followers.get(previous);
        if (after != null && random.nextDouble() < followShare) {
            return after[random.nextInt(after.length)];
        }
        return draw(random);
    }

    /** A word long and common enough for a title or heading. */
    String headingWord(Random random) {
        return headingWords.length == 0 ? draw(random) : headingWords[random.nextInt(headingWords.length)];
    }

    int size() {
        return real.length + generated.length;
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }
}
