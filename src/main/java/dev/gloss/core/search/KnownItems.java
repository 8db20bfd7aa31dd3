package dev.gloss.core.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Known items first: a person who types a page's title, or most of it, wants that page, and one
 * who types a heading wants that section, however often other sections use the same words. The
 * sections whose heading (or, for an article's first section, the article's title) holds every
 * word typed are looked up in their own small field; those whose title is at least half made of
 * the words typed come before every other hit, the most fully covered first.
 */
final class KnownItems {

    /** A title counts as typed when at least this share of its words was. */
    static final double MIN_COVERAGE = 0.5;

    private KnownItems() {
    }

    private record Known(ScoreDoc doc, double coverage, boolean article) {
    }

    /** {@code best} with the known items for the plan put first, at most {@code limit} hits. */
    static ScoreDoc[] first(IndexSearcher searcher, QueryPlanner.Plan plan, ScoreDoc[] best, int limit)
            throws IOException {
        if (plan.known().isEmpty()) {
            return best;
        }
        ScoreDoc[] candidates = searcher.search(plan.known().get(), limit).scoreDocs;
        if (candidates.length == 0) {
            return best;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Known> known = new ArrayList<>();
        for (ScoreDoc sd : candidates) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SearchDocument doc = HitReader.section(leaf, sd.doc - leaf.docBase);
            Language language = Language.ofCode(doc.language());
            double heading = coverage(doc.sectionTitle(), language, plan.knownTerms());
            double article = doc.first() ? coverage(doc.articleTitle(), language, plan.knownTerms()) : 0;
            double coverage = Math.max(heading, article);
            if (coverage >= MIN_COVERAGE) {
                known.add(new Known(sd, coverage, article >= heading));
            }
        }
        if (known.isEmpty()) {
            return best;
        }
        // Among equally covered titles an article's comes first; then the title search's order (its score) stays.
        known.sort(Comparator.comparingDouble(Known::coverage).reversed()
                .thenComparing(Known::article, Comparator.reverseOrder()));
        List<ScoreDoc> merged = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Known k : known) {
            if (merged.size() < limit && taken.add(k.doc().doc)) {
                merged.add(k.doc());
            }
        }
        for (ScoreDoc sd : best) {
            if (merged.size() < limit && taken.add(sd.doc)) {
                merged.add(sd);
            }
        }
        return merged.toArray(ScoreDoc[]::new);
    }

    /** The share of a title's words (stop words aside) that the query's terms stand for. */
    static double coverage(String title, Language language, Set<String> typed) {
        if (title.isEmpty()) {
            return 0;
        }
        Set<String> words = new LinkedHashSet<>();
        List<Analysis.Token> tokens = Analysis.tokens(Analysis.stemmed(language), title);
        // CJK text is typed and matched by its bigrams; its single characters stand beside them.
        boolean bigrams = tokens.stream().anyMatch(t -> CJKBigramFilter.DOUBLE_TYPE.equals(t.type()));
        for (Analysis.Token t : tokens) {
            if (!(bigrams && CJKBigramFilter.SINGLE_TYPE.equals(t.type()))) {
                words.add(t.term());
            }
        }
        if (words.isEmpty()) {
            return 0;
        }
        long matched = words.stream().filter(typed::contains).count();
        return matched / (double) words.size();
    }
}
