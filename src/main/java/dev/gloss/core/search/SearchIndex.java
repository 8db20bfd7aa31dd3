package dev.gloss.core.search;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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
        private boolean readOnly;

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

        /**
         * Only search the directory's last commit, without its write lock: for a reader of an
         * index that another Gloss may be writing. Writes throw {@link IllegalStateException}.
         */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        public SearchIndex build() {
            if (readOnly && directory == null) {
                throw new IllegalStateException("A read-only index needs a directory to read");
            }
            try {
                return new SearchIndex(directory == null ? new ByteBuffersDirectory() : directory,
                        directory == null, topicsOfSection, readOnly);
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

    private SearchIndex(Directory directory, boolean ownsDirectory, Function<String, Set<String>> topicsOfSection,
                        boolean readOnly) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.topicsOfSection = topicsOfSection;
        if (readOnly) {
            // Readers need no lock: they see the last commit, whoever holds the writer.
            this.writer = null;
            this.searchers = new SearcherManager(directory, new SearcherFactory());
            return;
        }
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

    /** Whether this index was opened to search only. */
    public boolean readOnly() {
        return writer == null;
    }

    /** Whether the index holds a section of this id. */
    public boolean hasSection(String sectionId) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(SearchFields.SECTION_ID, sectionId))) > 0);
    }

    /** Whether the index holds sections of this article. */
    public boolean hasArticle(String articleId) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(SearchFields.ARTICLE_ID, articleId))) > 0);
    }

    /** The number of sections in the index. */
    public int sectionCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    public SearchResult search(SearchRequest request) {
        return withSearcher(searcher -> search(searcher, request));
    }

    /** Whether any article in the index has a date, so that hits can be ordered by it. */
    public boolean hasDates() {
        return withSearcher(searcher -> FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                .fieldInfo(SearchFields.PUBLISHED) != null);
    }

    /**
     * Titles and headings that what is typed begins, or begins a word of ("front ma" and "matter"
     * both give "Front matter"), those it begins first, then the shortest; at most {@code max}.
     */
    public List<String> completions(String typed, int max) {
        return withSearcher(searcher -> Completions.of(searcher.getIndexReader(), typed, max));
    }

    /**
     * The sections of other articles most like this one, best first: its most telling words (many
     * times in it, rare in the library) looked for elsewhere, with the words they share marked in
     * their snippets. Empty for a section the index does not hold.
     */
    public List<SearchHit> related(String sectionId, int max) {
        return withSearcher(searcher -> RelatedSections.find(searcher, sectionId, max));
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Optional<Query> scope = scopeQuery(request.scope());
        UserQuery query = UserQuery.parse(request.text(), request.lastWordIsPrefix());
        Optional<QueryPlanner.Plan> planned = new QueryPlanner(searcher.getIndexReader(), languages(searcher))
                .plan(request.text(), query, scope.orElse(null), request.here());
        if (planned.isEmpty()) {
            return SearchResult.empty(request);
        }
        QueryPlanner.Plan plan = planned.get();
        int limit = request.limit();
        HitReader reader = new HitReader(searcher);
        boolean byDate = request.order() == SearchRequest.Order.NEWEST;
        ScoreDoc[] best;
        if (byDate) {
            best = searcher.search(plan.allWords(), limit, NEWEST_FIRST, true).scoreDocs;
        } else {
            TopDocs top = searcher.search(plan.allWords(), plan.proximity().isPresent() ? limit * 2 : limit);
            if (plan.proximity().isPresent()) {
                top = QueryRescorer.rescore(searcher, top, plan.proximity().get(), 1, limit);
            }
            best = KnownItems.first(searcher, plan, top.scoreDocs, limit);
        }
        List<SearchHit> hits = new ArrayList<>(reader.read(best, plan.strict(), true));
        if (hits.size() < limit && plan.anyWord().isPresent()) {
            Set<Integer> seen = new HashSet<>();
            for (ScoreDoc sd : best) {
                seen.add(sd.doc);
            }
            List<ScoreDoc> more = new ArrayList<>();
            ScoreDoc[] any = byDate ? searcher.search(plan.anyWord().get(), limit, NEWEST_FIRST, true).scoreDocs
                    : searcher.search(plan.anyWord().get(), limit).scoreDocs;
            for (ScoreDoc sd : any) {
                if (hits.size() + more.size() < limit && seen.add(sd.doc)) {
                    more.add(sd);
                }
            }
            hits.addAll(reader.read(more.toArray(ScoreDoc[]::new), plan.loose(), false));
        }
        return new SearchResult(request, hits, plan.didYouMean(), plan.phrase());
    }

    /** Newest first; an article without a date after every dated one; equal dates by score. */
    private static final Sort NEWEST_FIRST = newestFirst();

    private static Sort newestFirst() {
        SortField date = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /** The languages of the index's text, English first: a query's words are read in each. */
    private static List<Language> languages(IndexSearcher searcher) throws IOException {
        List<Language> languages = new ArrayList<>(List.of(Language.ENGLISH));
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SearchFields.LANGUAGE);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                Language l = Language.ofCode(t.utf8ToString());
                if (!languages.contains(l)) {
                    languages.add(l);
                }
            }
        }
        return languages;
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
            Language language = Language.ofCode(s.language());
            Analyzer stemmed = Analysis.stemmed(language);
            Analyzer words = Analysis.words(language);
            String meta = s.metaText();
            Document doc = new Document();
            doc.add(new StringField(SearchFields.ARTICLE_ID, s.articleId(), Field.Store.NO));
            doc.add(new StringField(SearchFields.SECTION_ID, s.sectionId(), Field.Store.NO));
            for (String topic : s.topicIds()) {
                doc.add(new StringField(SearchFields.TOPIC, topic, Field.Store.NO));
            }
            if (language != Language.ENGLISH) {
                doc.add(new StringField(SearchFields.LANGUAGE, language.code, Field.Store.NO));
            }
            doc.add(new AnalysedField(SearchFields.TEXT, s.body(), TEXT_TYPE,
                    () -> Analysis.indexStream(language, s.body(), s.code(), true)));
            doc.add(new AnalysedField(SearchFields.TEXT, s.sectionTitle(), TEXT_TYPE, stemmed));
            doc.add(new AnalysedField(SearchFields.TEXT, s.articleTitle(), TEXT_TYPE, stemmed));
            if (!meta.isEmpty()) {
                doc.add(new AnalysedField(SearchFields.TEXT, meta, TEXT_TYPE, stemmed));
            }
            doc.add(new AnalysedField(SearchFields.ARTICLE_TITLE, s.articleTitle(), TextField.TYPE_NOT_STORED, stemmed));
            doc.add(new AnalysedField(SearchFields.SECTION_TITLE, s.sectionTitle(), TextField.TYPE_NOT_STORED, stemmed));
            if (s.first() && !meta.isEmpty()) {
                doc.add(new AnalysedField(SearchFields.META, meta, TextField.TYPE_NOT_STORED, stemmed));
            }
            if (!s.sectionTitle().isEmpty()) {
                doc.add(new AnalysedField(SearchFields.KNOWN, s.sectionTitle(), TextField.TYPE_NOT_STORED, stemmed));
                Completions.add(doc, s.sectionTitle());
            }
            if (s.first()) {
                doc.add(new AnalysedField(SearchFields.KNOWN_ARTICLE, s.articleTitle(), TextField.TYPE_NOT_STORED, stemmed));
                Completions.add(doc, s.articleTitle());
            }
            if (s.author() != null) {
                doc.add(new AnalysedField(SearchFields.AUTHOR, s.author(), TextField.TYPE_NOT_STORED, words));
            }
            for (String tag : s.tags()) {
                doc.add(new StringField(SearchFields.TAG, Analysis.slug(tag), Field.Store.NO));
            }
            Dates.epochDay(s.published())
                    .ifPresent(day -> doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, day)));
            doc.add(new AnalysedField(SearchFields.WORDS, s.articleTitle(), WORDS_TYPE, words));
            doc.add(new AnalysedField(SearchFields.WORDS, s.sectionTitle(), WORDS_TYPE, words));
            doc.add(new AnalysedField(SearchFields.WORDS, s.body(), WORDS_TYPE, words));
            if (!meta.isEmpty()) {
                doc.add(new AnalysedField(SearchFields.WORDS, meta, WORDS_TYPE, words));
            }
            doc.add(new BinaryDocValuesField(SearchFields.HIT, HitReader.encode(s)));
            docs.add(doc);
        }
        return docs;
    }

    /**
     * A field that brings its own token stream, made when the index reads it: each section is
     * read in its article's language, its code unstemmed.
     */
    private static final class AnalysedField extends Field {
        private final java.util.function.Supplier<TokenStream> stream;

        AnalysedField(String name, String value, FieldType type, Analyzer analyzer) {
            this(name, value, type, () -> analyzer.tokenStream(name, value));
        }

        AnalysedField(String name, String value, FieldType type, java.util.function.Supplier<TokenStream> stream) {
            super(name, value, type);
            this.stream = stream;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return stream.get();
        }
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** One writer at a time; the commit keeps an on-disk index whole, the refresh shows the change. */
    private void write(IndexWrite work) {
        if (writer == null) {
            throw new IllegalStateException("This search index was opened to read only");
        }
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
                if (writer != null) {
                    writer.close();
                }
                if (ownsDirectory) {
                    directory.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The search index cannot be closed: " + e.getMessage(), e);
            }
        }
    }
}
