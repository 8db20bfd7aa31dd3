package dev.gloss.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a short title for a group of paragraphs from the phrases that set it apart from the rest
 * of its article: candidate phrases are runs of one to three content words; each is scored by how
 * often the group uses it against how many of the article's paragraphs do (tf-idf), words of the
 * article's own title count for little, and the best one or two phrases become the title.
 */
final class TitleGenerator {
    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "due", "during", "each", "either", "even",
            "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let",
            "like", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of",
            "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "per", "same", "shall",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon",
            "us", "very", "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while",
            "who", "whom", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
            // Words that carry no topic in informative prose.
            "additionally", "furthermore", "moreover", "addition", "important", "note", "shown", "suggested",
            "suggests", "research", "studies", "study", "needed", "potential", "known", "called", "certain",
            "helps", "help", "key", "ability", "makes", "make", "many", "several", "various", "often", "including",
            "include", "includes", "individuals", "people", "considering", "recommended", "emerging", "lesser",
            "promise", "shows", "show", "understand", "fully", "long", "term", "effects", "effect", "role",
            "responsible", "ensure", "ensuring", "leading", "increased", "reduced", "reducing", "reduce", "risk",
            "higher", "lower", "indicated", "exerts", "sufficient", "obtaining", "solely", "making", "option",
            "benefits", "benefit", "appropriate", "determine", "existing", "crucial", "essential", "rich",
            "maintaining", "maintain", "promote", "promoting", "support", "supporting", "particularly",
            "commonly", "associated", "primarily", "involved", "gaining", "recognition", "form", "well-rounded");
    private static final int MAX_WORDS = 3;

    /** In how many of the article's paragraphs each phrase occurs, counted once: scoring asks for it per phrase. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int paragraphCount;
    private final Set<String> titleWords;

    /**
     * Past this many paragraphs, phrase frequencies are counted on an evenly spaced sample of them
     * and scaled up: the table of every phrase of a book-length text would not fit in memory.
     */
    static final int MAX_COUNTED_PARAGRAPHS = 2000;
    private final double frequencyScale;
    /** In a text too long to count whole, a section's title is drawn from at most this many of its paragraphs, evenly spaced. */
    static final int MAX_TITLED_PARAGRAPHS = 12;

    private static List<String> sample(List<String> paragraphs, int max) {
        if (paragraphs.size() <= max) {
            return paragraphs;
        }
        List<String> picked = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            picked.add(paragraphs.get((int) ((long) k * paragraphs.size() / max)));
        }
        return picked;
    }

    TitleGenerator(List<String> paragraphs, String articleTitle) {
        int n = paragraphs.size();
        int step = n <= MAX_COUNTED_PARAGRAPHS ? 1 : (n + MAX_COUNTED_PARAGRAPHS - 1) / MAX_COUNTED_PARAGRAPHS;
        int counted = 0;
        for (int i = 0; i < n; i += step) {
            phraseCounts(paragraphs.get(i)).keySet().forEach(phrase -> documentFrequency.merge(phrase, 1, Integer::sum));
            counted++;
        }
        this.frequencyScale = counted == 0 ? 1.0 : (double) n / counted;
        this.paragraphCount = n;
        this.titleWords = Set.copyOf(contentWordCounts(articleTitle).keySet());
    }

    /** A title for a group of paragraphs; phrases that run through the whole group weigh more. */
    String titleFor(List<String> allOfGroup) {
        List<String> group = frequencyScale == 1.0 ? allOfGroup : sample(allOfGroup, MAX_TITLED_PARAGRAPHS);
        String text = String.join("\n", group);
        List<List<String>> runs = contentRuns(text);
        Map<String, Integer> counts = phraseCounts(runs);
        List<Map<String, Integer>> perParagraph = group.stream().map(TitleGenerator::phraseCounts).toList();
        String best = null;
        double bestScore = 0;
        String second = null;
        double secondScore = 0;
        List<String> candidates = new ArrayList<>(counts.keySet());
        // Longer phrases first, then alphabetical, so that ties always resolve the same way.
        candidates.sort(java.util.Comparator.comparingInt((String c) -> -c.length()).thenComparing(c -> c));
        // In how many of the group's paragraphs each phrase occurs, counted in one pass.
        Map<String, Integer> spreads = new HashMap<>();
        perParagraph.forEach(p -> p.keySet().forEach(phrase -> spreads.merge(phrase, 1, Integer::sum)));
        for (String phrase : candidates) {
            long spread = spreads.getOrDefault(phrase, 0);
            double score = score(phrase, counts.get(phrase)) * spread;
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                best = phrase;
                bestScore = score;
            } else if (score > secondScore && (best == null || !overlaps(best, phrase))) {
                second = phrase;
                secondScore = score;
            }
        }
        if (second != null && overlaps(best, second)) {
            second = null;
        }
        if (best == null) {
            return "Continued";
        }
        String title = displayForm(runs, best);
        if (second != null && secondScore >= bestScore * 0.5) {
            title = title + " and " + displayForm(runs, second);
        }
        return capitalise(title);
    }

    private double scaledFrequency(int counted) {
        return frequencyScale == 1.0 ? counted : counted * frequencyScale;
    }

    private double score(String phrase, int count) {
        String[] words = phrase.split(" ");
        double df = scaledFrequency(documentFrequency.getOrDefault(phrase, 0));
        double idf = Math.log((paragraphCount + 1.0) / (df + 0.5));
        double titlePenalty = 1.0;
        for (String w : words) {
            if (titleWords.contains(w)) {
                titlePenalty *= 0.25;
            }
        }
        double lengthBonus = words.length == 1 ? 1.0 : 1.0 + 0.35 * (words.length - 1);
        return count * idf * titlePenalty * lengthBonus;
    }

    private static boolean overlaps(String a, String b) {
        // A phrase can repeat a word ("widget widget"), which Set.of refuses.
        Set<String> wa = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
        for (String w : b.split(" ")) {
            if (wa.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Phrases of one to three content words, keyed in lower case with plurals folded. */
    static Map<String, Integer> phraseCounts(String text) {
        return phraseCounts(contentRuns(text));
    }

    private static Map<String, Integer> phraseCounts(List<List<String>> runs) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder key = new StringBuilder();
        for (List<String> run : runs) {
            String[] keys = new String[run.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key(run.get(i));
            }
            for (int len = 1; len <= MAX_WORDS; len++) {
                for (int i = 0; i + len <= run.size(); i++) {
                    if (isPhrase(run, i, i + len)) {
                        key.setLength(0);
                        for (int j = i; j < i + len; j++) {
                            if (j > i) {
                                key.append(' ');
                            }
                            key.append(keys[j]);
                        }
                        counts.merge(key.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /**
     * A noun phrase, roughly: in English the plural is the head noun at the end, and modifiers
     * before it are neither plural nor verbs in -ing, -ed or adverbs in -ly; a lone word is no adverb.
     */
    static boolean isPhrase(List<String> words) {
        return isPhrase(words, 0, words.size());
    }

    private static boolean isPhrase(List<String> words, int from, int to) {
        String lastWord = words.get(to - 1).toLowerCase(Locale.ROOT);
        if (lastWord.endsWith("ly") || lastWord.endsWith("ed")) {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (!w.equals(key(w)) || w.endsWith("ing") || w.endsWith("ly") || w.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Integer> contentWordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> run : contentRuns(text)) {
            for (String w : run) {
                counts.merge(key(w), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How a phrase key first appears in the text, to keep "K2" and "MK-7" as written; the key itself if it does not. */
    private static String displayForm(List<List<String>> runs, String phrase) {
        int len = phrase.split(" ").length;
        for (List<String> run : runs) {
            for (int i = 0; i + len <= run.size(); i++) {
                List<String> words = run.subList(i, i + len);
                String key = String.join(" ", words.stream().map(TitleGenerator::key).toList());
                if (key.equals(phrase)) {
                    return String.join(" ", words.stream().map(TitleGenerator::displayWord).toList());
                }
            }
        }
        return phrase;
    }

    /**
     * Runs of consecutive content words, broken at stop words and punctuation. One pass over the
     * text: a word is a letter or digit followed by letters, digits, hyphens and apostrophes, and
     * a clause break ({@code . , ; : ! ? ( ) [ ] “ ” " — –}) ends the run it is in.
     */
    private static List<List<String>> contentRuns(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isClauseBreak(c)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                i++;
                continue;
            }
            if (!Character.isLetter(c) && !isNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int d = text.codePointAt(i);
                if (!Character.isLetter(d) && !isNumber(d) && d != '-' && d != '’' && d != '\'') {
                    break;
                }
                i += Character.charCount(d);
            }
            String w = text.substring(start, i);
            String lower = w.toLowerCase(Locale.ROOT);
            if (STOP_WORDS.contains(lower) || lower.length() < 3 && !hasDigit(lower) || allDigits(lower)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(w);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isClauseBreak(int c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '“', '”', '"', '—', '–' -> true;
            default -> false;
        };
    }

    /** What {@code \p{N}} matches: a decimal digit, a letter number or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String displayWord(String word) {
        int upper = 0;
        for (int i = 0; i < word.length() && upper < 2; i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        boolean acronym = upper > 1 || hasDigit(word);
        return acronym ? word : word.toLowerCase(Locale.ROOT);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
