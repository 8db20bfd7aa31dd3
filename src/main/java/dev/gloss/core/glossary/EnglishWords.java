package dev.gloss.core.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * General English, as the automatic glossary compares a library with it: how common a word is
 * (its SCOWL size, 10 for the most common words to 60 for uncommon ones; a word not listed is
 * rare) and what it can be (noun, verb, adjective, adverb, function word), from the resource
 * english-words.txt (see english-words.NOTICE for its sources). Words are looked up in lower case.
 */
final class EnglishWords {
    static final String RESOURCE = "english-words.txt";
    /** The size given to a word the list does not hold: rarer than any it does. */
    static final int RARE = 80;

    private static final int NOUN = 1, VERB = 2, ADJECTIVE = 4, ADVERB = 8, FUNCTION = 16, NAME_ONLY = 32;
    /** Set when the word's most frequent part of speech is a verb, an adverb or a function word. */
    private static final int MAINLY_NOT_NOMINAL = 64;
    /** Set when the word's most frequent part of speech is a noun. */
    private static final int FIRST_NOUN = 128;

    /**
     * Words that never begin, end or sit inside a term, whatever the list says of them: pronouns,
     * determiners, auxiliaries, conjunctions, prepositions and the like. The list's own function
     * words are added to these.
     */
    private static final Set<String> STOP = Set.copyOf(java.util.List.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
            "either", "neither", "no", "not", "nor", "and", "or", "but", "if", "then", "than", "so", "as", "at",
            "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with", "without", "within", "about",
            "above", "after", "before", "below", "between", "during", "over", "under", "through", "via", "per",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
            "had", "having", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "it",
            "its", "it's", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
            "they", "them", "their", "there", "here", "what", "which", "who", "whom", "whose", "when", "where",
            "why", "how", "whether", "also", "only", "just", "very", "more", "most", "less", "least", "much",
            "many", "few", "other", "another", "such", "same", "own", "one", "ones", "etc", "eg", "ie", "vs",
            "yes", "ok", "okay", "enough", "cannot", "let's", "let’s", "that's", "there's", "here's", "hello", "hi", "please", "thanks", "let", "lets", "get", "gets", "got",
            "make", "makes", "made", "use", "uses", "used", "using", "see", "need", "needs", "want", "like",
            "new", "old", "good", "great", "best", "better", "way", "thing", "things", "lot", "lots", "kind",
            "example", "examples", "following", "follows", "now", "often", "usually", "even",
            "still", "already", "however", "therefore", "thus", "instead", "rather", "because", "while",
            "although", "though", "until", "unless", "since", "again", "ever", "never", "always", "sometimes",
            "well", "really", "first", "second", "last", "next", "previous", "able", "various", "several",
            "certain", "possible", "different", "similar", "important", "specific", "general", "particular"));

    private static final EnglishWords INSTANCE = load();

    private final Map<String, Integer> levels;
    private final Map<String, Integer> classes;

    private EnglishWords(Map<String, Integer> levels, Map<String, Integer> classes) {
        this.levels = levels;
        this.classes = classes;
    }

    static EnglishWords get() {
        return INSTANCE;
    }

    private static EnglishWords load() {
        Map<String, Integer> levels = new HashMap<>(200_000);
        Map<String, Integer> classes = new HashMap<>(40_000);
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab + 1);
                if (tab <= 0 || tab2 < 0) {
                    continue;
                }
                String word = line.substring(0, tab);
                levels.put(word, Integer.parseInt(line, tab + 1, tab2, 10));
                int c = classOf(line, tab2 + 1);
                if (c != 0) {
                    classes.put(word, c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The general-English word list cannot be read: " + e.getMessage(), e);
        }
        return new EnglishWords(levels, classes);
    }

    private static int classOf(String line, int from) {
        int c = 0;
        boolean first = true;
        for (int i = from; i < line.length(); i++) {
            char ch = line.charAt(i);
            int bit = switch (ch) {
                case 'N' -> NOUN;
                case 'V' -> VERB;
                case 'J' -> ADJECTIVE;
                case 'R' -> ADVERB;
                case 'F' -> FUNCTION;
                case 'c' -> NAME_ONLY;
                default -> 0;
            };
            if (bit != NAME_ONLY && bit != 0) {
                if (first && (bit == VERB || bit == ADVERB || bit == FUNCTION)) {
                    c |= MAINLY_NOT_NOMINAL;
                }
                if (first && bit == NOUN) {
                    c |= FIRST_NOUN;
                }
                first = false;
            }
            c |= bit;
        }
        return c;
    }

    /** The word's SCOWL size (10 most common ... 60), or {@link #RARE} when the list lacks it. */
    int level(String lower) {
        return levels.getOrDefault(lower, RARE);
    }

    boolean isKnown(String lower) {
        return levels.containsKey(lower);
    }

    /** A function word, or one no term begins or ends with ("whether", "also", "example"). */
    boolean isStop(String lower) {
        if (STOP.contains(lower)) {
            return true;
        }
        int c = classes.getOrDefault(lower, 0);
        return (c & FUNCTION) != 0 && (c & MAINLY_NOT_NOMINAL) != 0;
    }

    /**
     * Whether a word can stand in a noun phrase: not a stop word, and not a word that is mostly a
     * verb or an adverb and never a noun or an adjective ("install", "quickly"). Words the list
     * does not know (most terms) can.
     */
    boolean canBeInPhrase(String lower) {
        if (isStop(lower)) {
            return false;
        }
        int c = classes.getOrDefault(lower, 0);
        if (lower.endsWith("ed") && (c & VERB) != 0) {
            // A past participle can describe a noun: "sorted string table", "scoped package".
            return true;
        }
        if (c == 0 || (c & ~NAME_ONLY) == 0) {
            return !lower.endsWith("ly") || !isKnown(lower);
        }
        return (c & (NOUN | ADJECTIVE)) != 0 && !((c & ADVERB) != 0 && (c & MAINLY_NOT_NOMINAL) != 0 && (c & NOUN) == 0);
    }

    /** Whether the word is most often a verb ("improving", "installed"). */
    boolean isMainlyVerb(String lower) {
        int c = classes.getOrDefault(lower, 0);
        return (c & MAINLY_NOT_NOMINAL) != 0 && (c & VERB) != 0;
    }

    boolean canBeNoun(String lower) {
        return (classes.getOrDefault(lower, 0) & NOUN) != 0;
    }

    boolean canBeVerb(String lower) {
        return (classes.getOrDefault(lower, 0) & VERB) != 0;
    }

    /** Whether the list's most frequent part of speech for the word is a noun, or it has none. */
    boolean isMainlyNoun(String lower) {
        int c = classes.getOrDefault(lower, 0);
        return (c & (NOUN | VERB | ADJECTIVE | ADVERB | FUNCTION)) == 0 || (c & FIRST_NOUN) != 0;
    }

    /** Whether a word can end a noun phrase: it can be a noun, or the list does not know it. */
    boolean canBeHead(String lower) {
        if (!canBeInPhrase(lower)) {
            return false;
        }
        int c = classes.getOrDefault(lower, 0);
        if ((c & (NOUN | VERB | ADJECTIVE | ADVERB)) == 0) {
            // Not in the part-of-speech list: an adjective's ending is a hint; anything else may be a noun.
            return !(lower.endsWith("ous") || lower.endsWith("ful") || lower.endsWith("ive") && isKnown(lower)
                    || lower.endsWith("able") && madeFromWord(lower, 4) || lower.endsWith("ible") && isKnown(lower)
                    || lower.endsWith("ular") || lower.endsWith("ical")
                    || lower.endsWith("ed") && !lower.endsWith("eed") || lower.endsWith("ize"));
        }
        // A noun, unless the list says it is above all an adjective or an adverb ("multiple", "incomplete").
        return (c & NOUN) != 0 && (c & FIRST_NOUN) != 0 || (c & NOUN) != 0 && (c & MAINLY_NOT_NOMINAL) != 0
                && (c & ADVERB) == 0 || (c & NOUN) != 0 && (c & ADJECTIVE) == 0;
    }

    /** Whether a word less its suffix of {@code n} letters is a word ("readable", "usable"), unlike "memtable". */
    private boolean madeFromWord(String lower, int n) {
        String stem = lower.substring(0, lower.length() - n);
        return isKnown(stem) || isKnown(stem + "e");
    }

    /** Whether the list gives the word any part of speech. */
    boolean hasClass(String lower) {
        return (classes.getOrDefault(lower, 0) & (NOUN | VERB | ADJECTIVE | ADVERB | FUNCTION)) != 0;
    }

    /**
     * How much more often than chance a word of this size turns up in general English, as a share
     * of all words: a rough Zipf estimate from the size's place in the list (size 10 are about the
     * first 4,000 words, size 35 the first 48,000...).
     */
    static double generalShare(int level) {
        double rank = switch (level) {
            case 10 -> 1_200;
            case 20 -> 7_000;
            case 35 -> 25_000;
            case 40 -> 45_000;
            case 50 -> 60_000;
            case 55 -> 75_000;
            case 60 -> 90_000;
            default -> 250_000;
        };
        return 0.1 / rank;
    }
}
