package dev.gloss.core.search;

import dev.gloss.core.search.UserQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The index's own words, unstemmed: whether it knows a word, the words a beginning completes
 * to, and the nearest words to a misspelt one. One instance serves one search.
 */
final class IndexWords {

    /** A beginning completes to this many words at most, the most frequent; this many are scanned. */
    static final int COMPLETIONS = 16;
    private static final int MAX_SCANNED = 5_000;
    private static final int MIN_SPELLED = 4;
    /** Spelling suggestions are looked up for this many unknown words of a query at most. */
    private static final int MAX_SPELLED = 4;
    private static final int SUGGESTIONS = 3;

    private final IndexReader reader;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private int spelled;

    IndexWords(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * A word is known when the index holds it, one of its forms ({@code terms}: its stems in the
     * library's languages, its unstemmed form in code), or (while typed) a word it begins. A word
     * in Chinese, Japanese or Korean characters is never corrected: spelling distance means
     * nothing there.
     */
    boolean known(Word word, boolean asPrefix, List<String> terms) throws IOException {
        if (word.text().codePoints().anyMatch(Language::isCjk)) {
            return true;
        }
        if (reader.docFreq(new Term(SearchFields.WORDS, word.text())) > 0) {
            return true;
        }
        for (String term : terms) {
            if (reader.docFreq(new Term(SearchFields.TEXT, term)) > 0) {
                return true;
            }
        }
        return asPrefix && !completions(word.text(), 1).isEmpty();
    }

    /** The words longer than {@code prefix} that begin with it, most frequent first. */
    List<String> completions(String prefix, int max) throws IOException {
        return completions(SearchFields.WORDS, prefix, max);
    }

    /** The terms of {@code field} longer than {@code prefix} that begin with it, most frequent first. */
    List<String> completions(String field, String prefix, int max) throws IOException {
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        eachStartingWith(reader, field, prefix, MAX_SCANNED, (term, docFreq) -> {
            if (term.length() > prefix.length()) {
                top.add(Map.entry(term, docFreq));
                if (top.size() > max) {
                    top.poll();
                }
            }
        });
        List<String> words = new ArrayList<>();
        while (!top.isEmpty()) {
            words.add(0, top.poll().getKey());
        }
        return words;
    }

    /** What {@link #eachStartingWith} hands over: a term and the number of documents that hold it. */
    interface TermVisitor {
        void visit(String term, int docFreq);
    }

    /** Visits the terms of {@code field} that begin with {@code prefix}, in order, at most {@code maxScanned}. */
    static void eachStartingWith(IndexReader reader, String field, String prefix, int maxScanned, TermVisitor visitor)
            throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum e = terms.iterator();
        BytesRef wanted = new BytesRef(prefix);
        if (e.seekCeil(wanted) == TermsEnum.SeekStatus.END) {
            return;
        }
        int scanned = 0;
        for (BytesRef term = e.term(); term != null && StringHelper.startsWith(term, wanted) && scanned < maxScanned;
             term = e.next(), scanned++) {
            visitor.visit(term.utf8ToString(), e.docFreq());
        }
    }

    /** The index's words nearest to {@code word}, best first; none for short words or numbers. */
    List<String> suggestions(String word) throws IOException {
        if (word.length() < MIN_SPELLED || spelled >= MAX_SPELLED || word.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        spelled++;
        // One edit is cheaper to look for and catches most slips; two only when one finds nothing.
        spelling.setMaxEdits(1);
        SuggestWord[] found = spelling.suggestSimilar(new Term(SearchFields.WORDS, word), SUGGESTIONS, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (found.length == 0) {
            spelling.setMaxEdits(2);
            found = spelling.suggestSimilar(new Term(SearchFields.WORDS, word), SUGGESTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        }
        List<String> words = new ArrayList<>();
        for (SuggestWord s : found) {
            words.add(s.string);
        }
        return words;
    }
}
