package dev.gloss.core.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Related in your library": the sections of other articles most like a section, in the manner
 * of Lucene's MoreLikeThis. The section's text is read again as the index read it; each of its
 * terms is weighed by how often the section uses it and how rare it is in the library
 * (tf·idf); the most telling terms, each boosted by its weight, are searched in every other
 * article, and at least a few of them must be there.
 */
final class RelatedSections {

    static final int MAX_TERMS = 25;
    /** A section needs this many telling terms to have related reading, and a related one shares at least this many. */
    private static final int MIN_TERMS = 6;
    private static final int MIN_SHARED = 3;
    private static final int MIN_LENGTH = 3;
    /** A term in more than this share of the sections tells nothing about any of them. */
    private static final double MAX_SHARE = 0.2;

    private RelatedSections() {
    }

    private record Weighted(String term, double weight) {
    }

    static List<SearchHit> find(IndexSearcher searcher, String sectionId, int max) throws IOException {
        ScoreDoc[] self = searcher.search(new TermQuery(new Term(SearchFields.SECTION_ID, sectionId)), 1).scoreDocs;
        if (self.length == 0 || max < 1) {
            return List.of();
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(self[0].doc, leaves));
        SearchDocument section = HitReader.section(leaf, self[0].doc - leaf.docBase);
        List<Weighted> terms = tellingTerms(searcher.getIndexReader(), section);
        if (terms.size() < MIN_TERMS) {
            // A section of a line or two says too little to be like anything.
            return List.of();
        }
        double top = terms.get(0).weight();
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        Set<String> stems = new HashSet<>();
        for (Weighted w : terms) {
            TermQuery q = new TermQuery(new Term(SearchFields.TEXT, w.term()));
            like.add(new BoostQuery(q, (float) (w.weight() / top)), Occur.SHOULD);
            marks.add(q, Occur.SHOULD);
            stems.add(w.term());
        }
        like.setMinimumNumberShouldMatch(Math.max(MIN_SHARED, terms.size() / 5));
        like.add(new TermQuery(new Term(SearchFields.ARTICLE_ID, section.articleId())), Occur.MUST_NOT);
        ScoreDoc[] found = searcher.search(like.build(), max).scoreDocs;
        Query marking = marks.build();
        return new HitReader(searcher).read(found,
                new QueryPlanner.Marking(marking, new Highlight(stems, List.of(), List.of())), true);
    }

    /** The section's terms, most telling first: frequent in it, rare in the library, words not numbers. */
    private static List<Weighted> tellingTerms(IndexReader reader, SearchDocument section) throws IOException {
        Language language = Language.ofCode(section.language());
        Map<String, Integer> counts = new HashMap<>();
        String text = section.sectionTitle() + "\n" + section.body();
        for (Analysis.Token t : Analysis.tokens(Analysis.stemmed(language), text)) {
            String term = t.term();
            if (term.length() >= MIN_LENGTH && !term.chars().allMatch(Character::isDigit)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        int docs = Math.max(1, reader.numDocs());
        List<Weighted> weighted = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int df = reader.docFreq(new Term(SearchFields.TEXT, e.getKey()));
            if (df < 2 || df > docs * MAX_SHARE + 1) {
                continue;
            }
            double idf = Math.log((double) docs / df) + 1;
            weighted.add(new Weighted(e.getKey(), Math.sqrt(e.getValue()) * idf));
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        return weighted.size() > MAX_TERMS ? weighted.subList(0, MAX_TERMS) : weighted;
    }
}
