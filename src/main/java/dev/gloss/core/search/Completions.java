package dev.gloss.core.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion as one types, from titles and headings (and, given by the caller, glossary terms).
 * Each title is kept in the index once for every word it has, as the folded text from that word
 * on, followed by the title as written: "front matter\u0001Front matter" and
 * "matter\u0001Front matter". What is typed is looked up as a beginning of those texts, so the
 * titles come from the index on disk, not from memory.
 */
public final class Completions {

    private static final char SEPARATOR = '\u0001';
    private static final int MAX_TITLE = 160;
    private static final int MAX_WORDS = 12;
    private static final int MAX_SCANNED = 2_000;

    private Completions() {
    }

    /** The folded text of a title or of what is typed: lowercase, accents folded, spaces made one. */
    static String normalize(String text) {
        return Analysis.fold(text.strip()).replaceAll("\\s+", " ");
    }

    static void add(Document doc, String title) {
        String shown = title.strip().replaceAll("\\s+", " ");
        if (shown.isEmpty() || shown.length() > MAX_TITLE) {
            return;
        }
        String folded = normalize(shown);
        int words = 0;
        for (int i = 0; i < folded.length() && words < MAX_WORDS; i++) {
            boolean starts = Character.isLetterOrDigit(folded.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)));
            if (starts) {
                doc.add(new StringField(SearchFields.COMPLETION, folded.substring(i) + SEPARATOR + shown, Field.Store.NO));
                words++;
            }
        }
    }

    static List<String> of(IndexReader reader, String typed, int max) throws IOException {
        String wanted = normalize(typed);
        if (wanted.length() < QueryPlanner.MIN_PREFIX || max < 1) {
            return List.of();
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        IndexWords.eachStartingWith(reader, SearchFields.COMPLETION, wanted, MAX_SCANNED, (t, docFreq) -> {
            int sep = t.indexOf(SEPARATOR);
            String title = t.substring(sep + 1);
            boolean fromStart = normalize(title).equals(t.substring(0, sep));
            found.merge(title, fromStart, Boolean::logicalOr);
        });
        return ranked(found, wanted, max);
    }

    /**
     * {@code candidates} (a glossary's terms, for example) that what is typed begins, or begins a
     * word of, ranked as titles are: for merging with {@link SearchIndex#completions}.
     */
    public static List<String> matching(Collection<String> candidates, String typed, int max) {
        String wanted = normalize(typed);
        if (wanted.length() < QueryPlanner.MIN_PREFIX || max < 1) {
            return List.of();
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (String c : candidates) {
            String folded = normalize(c);
            if (folded.startsWith(wanted)) {
                found.merge(c, true, Boolean::logicalOr);
            } else if (folded.contains(" " + wanted) || folded.contains("-" + wanted)) {
                found.merge(c, false, Boolean::logicalOr);
            }
        }
        return ranked(found, wanted, max);
    }

    private static List<String> ranked(Map<String, Boolean> found, String wanted, int max) {
        List<Map.Entry<String, Boolean>> all = new ArrayList<>(found.entrySet());
        // A title that is exactly what was typed completes nothing.
        all.removeIf(en -> normalize(en.getKey()).equals(wanted));
        all.sort(Comparator.<Map.Entry<String, Boolean>, Boolean>comparing(Map.Entry::getValue).reversed()
                .thenComparingInt(en -> en.getKey().length())
                .thenComparing(Map.Entry::getKey));
        return all.stream().limit(max).map(Map.Entry::getKey).toList();
    }
}
