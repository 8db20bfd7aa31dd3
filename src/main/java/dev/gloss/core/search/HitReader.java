package dev.gloss.core.search;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns top documents into hits. Snippets are where search engines lose their time (reading
 * back the stored text, analysing it again); here a hit's text is kept uncompressed in a doc
 * values field, and the words to mark come from the offsets the index holds for what the query
 * matched, so a snippet costs a read and a walk over a few offsets.
 */
final class HitReader {

    /** A section where the query matches more often than this is marked from its first matches. */
    private static final int MAX_MARKS = 2_000;

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;

    HitReader(IndexSearcher searcher) {
        this.searcher = searcher;
        this.leaves = searcher.getIndexReader().leaves();
    }

    /** Hits for {@code docs}, in their order, marked with what {@code marking} finds in their text. */
    List<SearchHit> read(ScoreDoc[] docs, QueryPlanner.Marking marking, boolean allWords) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        Weight weight = marking.reread() ? null
                : searcher.createWeight(searcher.rewrite(marking.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int doc = sd.doc - leaf.docBase;
            SearchDocument section = section(leaf, doc);
            List<Marks.Range> marks = marking.reread() ? List.of()
                    : Marks.merge(section.body(), marks(weight.matches(leaf, doc)));
            // A phrase through a word written as code ("package-lock.json") can come without offsets: read again.
            Snippet snippet = marks.isEmpty() ? marking.highlight().snippet(section.body())
                    : Marks.snippet(section.body(), marks);
            hits.add(new SearchHit(section.articleId(), section.articleTitle(), section.sectionId(),
                    section.sectionTitle(), sd.score, snippet,
                    allWords, marking.highlight(), Optional.ofNullable(section.published())));
        }
        return hits;
    }

    private static List<Marks.Range> marks(Matches matches) throws IOException {
        List<Marks.Range> marks = new ArrayList<>();
        MatchesIterator it = matches == null ? null : matches.getMatches(SearchFields.TEXT);
        while (it != null && it.next() && marks.size() < MAX_MARKS) {
            if (it.startOffset() >= 0) {
                marks.add(new Marks.Range(it.startOffset(), it.endOffset()));
            }
        }
        return marks;
    }

    /** What the index keeps of a document for showing it: ids, titles, text, language, date, and whether it opens its article. */
    static SearchDocument section(LeafReaderContext leaf, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(SearchFields.HIT);
        if (values == null || !values.advanceExact(doc)) {
            throw new IOException("the index lacks the text of document " + doc + "; it was made by another version");
        }
        BytesRef bytes = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String articleId = in.readString();
        String articleTitle = in.readString();
        String sectionId = in.readString();
        String sectionTitle = in.readString();
        String body = in.readString();
        String language = in.readString();
        String published = in.readString();
        boolean first = in.readString().equals("1");
        return new SearchDocument(articleId, articleTitle, sectionId, sectionTitle, body, Set.of(), language, null,
                published.isEmpty() ? null : published, null, List.of(), List.of(), first);
    }

    static BytesRef encode(SearchDocument s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.body().length() + 256);
        for (String field : new String[] {s.articleId(), s.articleTitle(), s.sectionId(), s.sectionTitle(), s.body(),
                s.language(), s.published() == null ? "" : s.published(), s.first() ? "1" : ""}) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            writeVInt(out, utf8.length);
            out.write(utf8, 0, utf8.length);
        }
        return new BytesRef(out.toByteArray());
    }

    /** Lucene's variable-length int, as ByteArrayDataInput.readString reads it. */
    private static void writeVInt(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }
}
