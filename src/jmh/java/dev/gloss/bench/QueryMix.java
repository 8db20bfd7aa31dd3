package dev.gloss.bench;

import dev.gloss.core.search.SearchRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fixed queries of the benchmark, four of each kind, with words of the bundled library that
 * the synthetic corpus draws from. They are sent as the search field sends them: last word as a
 * prefix, 20 hits with snippets.
 */
final class QueryMix {

    static final Map<String, List<String>> KINDS = Map.of(
            "one-word", List.of("osteocalcin", "calcium", "microbiota", "arteries"),
            "two-words", List.of("vitamin bone", "gut inflammation", "calcium arteries", "skin health"),
            "phrase", List.of("\"vitamin k2\"", "\"gut microbiota\"", "\"bone density\"", "\"soft tissues\""),
            "prefix", List.of("osteo", "calc", "micro", "neuro"),
            "typo", List.of("osteocalsin", "calcuim", "microbiata", "inflamation"));

    static final List<String> KIND_NAMES = List.of("one-word", "two-words", "phrase", "prefix", "typo");

    private QueryMix() {
    }

    /** The queries of one kind, or of all kinds interleaved for "mix". */
    static List<String> texts(String kind) {
        if (!kind.equals("mix")) {
            return KINDS.get(kind);
        }
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (String k : KIND_NAMES) {
                mix.add(KINDS.get(k).get(i));
            }
        }
        return mix;
    }

    static List<SearchRequest> requests(String kind) {
        return texts(kind).stream().map(SearchRequest::typing).toList();
    }

    /**
     * What a plain scan looks for: every word as a whole word, a phrase's words in a row, a
     * prefix as the start of a word. A scan has no dictionary to correct a typo with.
     */
    static List<Pattern> patterns(String text) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (text.startsWith("\"")) {
            String words = text.substring(1, text.length() - 1).trim().replaceAll("\\s+", "\\\\s+");
            return List.of(Pattern.compile("\\b" + words + "\\b", flags));
        }
        String[] words = text.trim().split("\\s+");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = Pattern.quote(words[i].toLowerCase(Locale.ROOT));
            boolean last = i == words.length - 1;
            patterns.add(Pattern.compile("\\b" + word + (last ? "\\w*" : "\\b"), flags));
        }
        return patterns;
    }
}
