package dev.gloss.core.glossary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds terms the glossary lacks: abbreviations, names with digits and capitalised phrases that
 * no glossary entry covers. A capitalised word that only starts a sentence is not a name, and a
 * line's opening words before a colon are a list label ("Consider Health Supplements:"), so both
 * are skipped.
 */
public final class CandidateFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "de", "la", "von", "van", "der");
    /** Capitalised words that are never a name on their own, whatever the punctuation before them. */
    private static final Set<String> NEVER_NAMES = Set.of("The", "This", "These", "That", "Those", "It", "Its",
            "A", "An", "In", "On", "At", "Our", "Your", "We", "You", "They", "He", "She");
    /** A line that begins with up to this many characters and a colon begins with a label. */
    private static final int MAX_LABEL = 60;

    private CandidateFinder() {
    }

    private record Found(Candidate.Kind kind, String text, String sectionId) {
    }

    /** The candidates, and what each article gave, so that the next search can take over the unchanged ones. */
    static final class Scanned {
        private final Library library;
        private final Map<String, List<Found>> byArticle;
        private final List<Candidate> candidates;

        private Scanned(Library library, Map<String, List<Found>> byArticle, List<Candidate> candidates) {
            this.library = library;
            this.byArticle = byArticle;
            this.candidates = candidates;
        }

        List<Candidate> candidates() {
            return candidates;
        }
    }

    /** The candidates, most frequent first. */
    public static List<Candidate> find(Library library, MentionIndex mentions) {
        return scan(library, mentions, null).candidates();
    }

    /**
     * The candidates, most frequent first; the articles that are the very same as in {@code previous}
     * (made with the same glossary terms, so with the same mentions) are not read again.
     */
    static Scanned scan(Library library, MentionIndex mentions, Scanned previous) {
        // Sections are scanned on all cores; what they found is tallied in library order.
        List<List<Found>> perArticle = library.articles().parallelStream().map(article -> {
            List<Found> kept = previous == null || previous.library.article(article.id()).orElse(null) != article
                    ? null : previous.byArticle.get(article.id());
            if (kept != null) {
                return kept;
            }
            List<Found> found = new ArrayList<>();
            for (Section section : article.sections()) {
                String text = section.proseText();
                new SectionScan(text, Tokens.words(text), mentions.inSection(section.id()))
                        .run((kind, start, end) -> found.add(new Found(kind, text.substring(start, end), section.id())));
            }
            return found;
        }).toList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        // The same names come back thousands of times: each is folded once.
        Map<String, String> folded = new HashMap<>();
        for (List<Found> found : perArticle) {
            for (Found f : found) {
                String key = f.kind() + ":" + folded.computeIfAbsent(f.text(), Tokens::fold);
                tallies.computeIfAbsent(key, k -> new Tally(f.text(), f.kind())).add(f.sectionId());
            }
        }
        List<Candidate> candidates = tallies.values().stream()
                .map(t -> new Candidate(t.text, t.kind, t.count, List.copyOf(t.sections)))
                .sorted(Comparator.comparingInt(Candidate::count).reversed()
                        .thenComparing(c -> folded.computeIfAbsent(c.text(), Tokens::fold)))
                .toList();
        Map<String, List<Found>> byArticle = new HashMap<>();
        for (int a = 0; a < perArticle.size(); a++) {
            byArticle.put(library.articles().get(a).id(), perArticle.get(a));
        }
        return new Scanned(library, byArticle, candidates);
    }

    private static final class Tally {
        final String text;
        final Candidate.Kind kind;
        final Set<String> sections = new LinkedHashSet<>();
        int count;

        Tally(String text, Candidate.Kind kind) {
            this.text = text;
            this.kind = kind;
        }

        void add(String sectionId) {
            count++;
            sections.add(sectionId);
        }
    }

    private interface Sink {
        void found(Candidate.Kind kind, int start, int end);
    }

    /** One section's tokens, with those inside glossary mentions marked as covered. */
    private static final class SectionScan {
        private final String text;
        private final List<Tokens.Token> tokens;
        /** Tokens to leave alone: inside a glossary mention, or part of a label. */
        private final boolean[] covered;

        SectionScan(String text, List<Tokens.Token> tokens, List<Mention> mentions) {
            this.text = text;
            this.tokens = tokens;
            this.covered = new boolean[tokens.size()];
            int[] labels = labelEnds(text);
            int m = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Tokens.Token t = tokens.get(i);
                while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
                    m++;
                }
                covered[i] = m < mentions.size() && mentions.get(m).start() < t.end() || t.end() <= labels[t.start()];
            }
        }

        /**
         * For each offset, where the label of its line ends (the colon), or -1: a line opens with a
         * label when a colon comes within a few words and no sentence ends before it.
         */
        private static int[] labelEnds(String text) {
            int[] ends = new int[text.length()];
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                int colon = text.substring(lineStart, Math.min(lineEnd, lineStart + MAX_LABEL + 1)).indexOf(':');
                String label = colon < 0 ? "" : text.substring(lineStart, lineStart + colon);
                int end = colon >= 0 && label.chars().noneMatch(c -> c == '.' || c == '!' || c == '?')
                        ? lineStart + colon : -1;
                java.util.Arrays.fill(ends, lineStart, lineEnd, end);
                lineStart = lineEnd + 1;
            }
            return ends;
        }

        void run(Sink sink) {
            int i = 0;
            while (i < tokens.size()) {
                i = covered[i] ? i + 1 : scanAt(i, sink);
            }
        }

        /** Reports what starts at token i and returns the index of the next token to look at. */
        private int scanAt(int i, Sink sink) {
            Tokens.Token t = tokens.get(i);
            String w = t.text();
            if (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() + 1 && text.startsWith("-", t.end())
                    && !covered[i + 1] && isLetters(w) && isDigits(tokens.get(i + 1).text())) {
                sink.found(Candidate.Kind.NAME_WITH_DIGITS, t.start(), tokens.get(i + 1).end());
                return i + 2;
            }
            if (hasLetter(w) && hasDigit(w)) {
                sink.found(Candidate.Kind.NAME_WITH_DIGITS, t.start(), t.end());
                return i + 1;
            }
            if (isAbbreviation(w)) {
                sink.found(Candidate.Kind.ABBREVIATION, t.start(), t.end());
                return i + 1;
            }
            if (isCapitalised(w)) {
                return capitalisedRun(i, sink);
            }
            return i + 1;
        }

        private int capitalisedRun(int first, Sink sink) {
            int last = first;
            int k = first + 1;
            while (k < tokens.size() && tokens.get(k).joined() && !covered[k]) {
                if (isCapitalised(tokens.get(k).text())) {
                    last = k;
                    k++;
                } else if (CONNECTORS.contains(tokens.get(k).text()) && k + 1 < tokens.size()
                        && tokens.get(k + 1).joined() && !covered[k + 1]
                        && isCapitalised(tokens.get(k + 1).text())) {
                    last = k + 1;
                    k += 2;
                } else {
                    break;
                }
            }
            int next = last + 1;
            if (followedByColon(tokens.get(last).end())) {
                return next;
            }
            int start = first;
            if (startsSentence(tokens.get(first).start())) {
                start++;
                while (start <= last && !isCapitalised(tokens.get(start).text())) {
                    start++;
                }
            }
            if (start == last && NEVER_NAMES.contains(tokens.get(start).text())) {
                return next;
            }
            if (start <= last) {
                sink.found(Candidate.Kind.CAPITALISED_PHRASE, tokens.get(start).start(), tokens.get(last).end());
            }
            return next;
        }

        private boolean followedByColon(int end) {
            int i = end;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i < text.length() && text.charAt(i) == ':';
        }

        private boolean startsSentence(int start) {
            int i = start - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || "“\"‘'(".indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
        }
    }

    // Plain loops, not streams: these run for every word of the library.

    private static boolean all(String w, IntPredicate test) {
        for (int i = 0; i < w.length(); i++) {
            if (!test.test(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean any(String w, IntPredicate test) {
        for (int i = 0; i < w.length(); i++) {
            if (test.test(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String w) {
        return all(w, Character::isLetter);
    }

    private static boolean isDigits(String w) {
        return all(w, Character::isDigit);
    }

    private static boolean hasLetter(String w) {
        return any(w, Character::isLetter);
    }

    private static boolean hasDigit(String w) {
        return any(w, Character::isDigit);
    }

    /** "FDA", "US": two or more letters, all capitals. */
    private static boolean isAbbreviation(String w) {
        return w.length() >= 2 && isLetters(w) && all(w, Character::isUpperCase);
    }

    /** "Japan", "McDonald": a capital, then at least one small letter, letters only. */
    private static boolean isCapitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && isLetters(w) && any(w, Character::isLowerCase);
    }
}
