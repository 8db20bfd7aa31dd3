package dev.gloss.core.search;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The full-text index of a library: one Lucene document per section. Any number of threads may
 * search while one thread adds or replaces articles; a search sees each write whole or not at
 * all. Searches never throw on what a person types. I/O failures, which only an on-disk
 * directory can have, surface as {@link UncheckedIOException}.
 */
public final class SearchIndex implements Closeable {

    private static final FieldType WORDS_TYPE = wordsType();
    private static final FieldType TEXT_TYPE = textType();

    private final Directory directory;
    private final boolean ownsDirectory;
    private final Function<String, Set<String>> topicsOfSection;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();

    /** How to make an index: in memory by default, or in a directory the caller owns. */
    public static final class Builder {
        private Directory directory;
        private Function<String, Set<String>> topicsOfSection = sectionId -> Set.of();

        private Builder() {
        }

        /** Keep the index in this directory (for example an FSDirectory); the caller closes it. */
        public Builder directory(Directory dir) {
            this.directory = Objects.requireNonNull(dir, "directory");
            return this;
        }

        /** The topic ids of a section, indexed with it for {@link Scope#topic(String)}. */
        public Builder topics(Function<String, Set<String>> topics) {
            this.topicsOfSection = Objects.requireNonNull(topics, "topics");
            return this;
        }

        public SearchIndex build() {
            try {
                return new SearchIndex(directory == null ? new ByteBuffersDirectory() : directory,
                        directory == null, topicsOfSection);
            } catch (IOException e) {
                throw new UncheckedIOException("The search index cannot be opened: " + e.getMessage(), e);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An in-memory index of every article of {@code library}: the bundled library's index. */
    public static SearchIndex of(Library library) {
        SearchIndex index = builder().build();
        index.addArticles(library.articles());
        return index;
    }

    private SearchIndex(Directory directory, boolean ownsDirectory, Function<String, Set<String>> topicsOfSection)
            throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.topicsOfSection = topicsOfSection;
        IndexWriterConfig config = new IndexWriterConfig(Analysis.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    private static FieldType wordsType() {
        // Prefixes and spelling only ask which sections hold a word: no positions, no norms.
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The offsets of every word of a section's text are indexed: snippets are marked from them. */
    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Adds articles that are not in the index yet; searches see them all once this returns. */
    public void addArticles(Collection<Article> articles) {
        write(() -> {
            for (Article article : articles) {
                writer.addDocuments(documents(SearchDocument.of(article, topicsOfSection)));
            }
        });
    }

    /** Adds or replaces an article: searches see its old sections or its new ones, never a mix. */
    public void putArticle(Article article) {
        putDocuments(article.id(), SearchDocument.of(article, topicsOfSection));
    }

    /** Adds or replaces an article's sections, given as documents: for callers that build them. */
    public void putDocuments(String articleId, List<SearchDocument> sections) {
        write(() -> writer.updateDocuments(new Term(SearchFields.ARTICLE_ID, articleId), documents(sections)));
    }

    /**
     * Removes and adds or replaces many articles in one commit: a batch of thousands is one write,
     * not thousands. Searches see the whole change or none of it.
     */
    public void replaceArticles(Collection<String> removedIds, Collection<Article> articles) {
        write(() -> {
            for (String id : removedIds) {
                writer.deleteDocuments(new Term(SearchFields.ARTICLE_ID, id));
            }
            for (Article article : articles) {
                writer.updateDocuments(new Term(SearchFields.ARTICLE_ID, article.id()),
                        documents(SearchDocument.of(article, topicsOfSection)));
            }
        });
    }

    public void removeArticle(String articleId) {
        write(() -> writer.deleteDocuments(new Term(SearchFields.ARTICLE_ID, articleId)));
    }

    /** The number of sections in the index. */
    public int sectionCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    public SearchResult search(SearchRequest request) {
        return withSearcher(searcher -> search(searcher, request));
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Optional<Query> scope = scopeQuery(request.scope());
        UserQuery query = UserQuery.parse(request.text(), request.lastWordIsPrefix());
        Optional<QueryPlanner.Plan> planned = new QueryPlanner(searcher.getIndexReader())
                .plan(request.text(), query, scope.orElse(null));
        if (planned.isEmpty()) {
            return SearchResult.empty(request);
        }
        QueryPlanner.Plan plan = planned.get();
        int limit = request.limit();
        HitReader reader = new HitReader(searcher);
        TopDocs best = searcher.search(plan.allWords(), plan.proximity().isPresent() ? limit * 2 : limit);
        if (plan.proximity().isPresent()) {
            best = QueryRescorer.rescore(searcher, best, plan.proximity().get(), 1, limit);
        }
        List<SearchHit> hits = new ArrayList<>(reader.read(best.scoreDocs, plan.strict(), true));
        if (hits.size() < limit && plan.anyWord().isPresent()) {
            Set<Integer> seen = new HashSet<>();
            for (ScoreDoc sd : best.scoreDocs) {
                seen.add(sd.doc);
            }
            List<ScoreDoc> more = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(plan.anyWord().get(), limit).scoreDocs) {
                if (hits.size() + more.size() < limit && seen.add(sd.doc)) {
                    more.add(sd);
                }
            }
            hits.addAll(reader.read(more.toArray(ScoreDoc[]::new), plan.loose(), false));
        }
        return new SearchResult(request, hits, plan.didYouMean());
    }

    private static Optional<Query> scopeQuery(Scope scope) {
        if (scope instanceof Scope.InArticle a) {
            return Optional.of(new TermQuery(new Term(SearchFields.ARTICLE_ID, a.articleId())));
        }
        if (scope instanceof Scope.InTopic t) {
            return Optional.of(new TermQuery(new Term(SearchFields.TOPIC, t.topicId())));
        }
        if (scope instanceof Scope.InSections s) {
            if (s.sectionIds().isEmpty()) {
                return Optional.of(new MatchNoDocsQuery("an empty set of sections"));
            }
            List<BytesRef> ids = s.sectionIds().stream().map(BytesRef::new).toList();
            return Optional.of(new TermInSetQuery(SearchFields.SECTION_ID, ids));
        }
        return Optional.empty();
    }

    private static List<Document> documents(List<SearchDocument> sections) {
        List<Document> docs = new ArrayList<>(sections.size());
        for (SearchDocument s : sections) {
            Document doc = new Document();
            doc.add(new StringField(SearchFields.ARTICLE_ID, s.articleId(), Field.Store.NO));
            doc.add(new StringField(SearchFields.SECTION_ID, s.sectionId(), Field.Store.NO));
            for (String topic : s.topicIds()) {
                doc.add(new StringField(SearchFields.TOPIC, topic, Field.Store.NO));
            }
            doc.add(new Field(SearchFields.TEXT, s.body(), TEXT_TYPE));
            doc.add(new Field(SearchFields.TEXT, s.sectionTitle(), TEXT_TYPE));
            doc.add(new Field(SearchFields.TEXT, s.articleTitle(), TEXT_TYPE));
            doc.add(new TextField(SearchFields.ARTICLE_TITLE, s.articleTitle(), Field.Store.NO));
            doc.add(new TextField(SearchFields.SECTION_TITLE, s.sectionTitle(), Field.Store.NO));
            doc.add(new Field(SearchFields.WORDS, s.articleTitle(), WORDS_TYPE));
            doc.add(new Field(SearchFields.WORDS, s.sectionTitle(), WORDS_TYPE));
            doc.add(new Field(SearchFields.WORDS, s.body(), WORDS_TYPE));
            doc.add(new BinaryDocValuesField(SearchFields.HIT, HitReader.encode(s)));
            docs.add(doc);
        }
        return docs;
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** One writer at a time; the commit keeps an on-disk index whole, the refresh shows the change. */
    private void write(IndexWrite work) {
        synchronized (writeLock) {
            try {
                work.run();
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("The search index cannot be updated: " + e.getMessage(), e);
            }
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                searchers.close();
                writer.close();
                if (ownsDirectory) {
                    directory.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The search index cannot be closed: " + e.getMessage(), e);
            }
        }
    }
}
