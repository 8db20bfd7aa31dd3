package dev.gloss.app.search;

import dev.gloss.core.model.Section;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.glossary.Glossary;
import dev.gloss.core.search.Completions;
import dev.gloss.core.search.Highlight;
import dev.gloss.core.search.Scope;
import dev.gloss.core.search.SearchHit;
import dev.gloss.core.search.SearchIndex;
import dev.gloss.core.search.SearchRequest;
import dev.gloss.core.search.SearchResult;
import dev.gloss.core.search.Snippet;
import dev.gloss.core.search.SearchService;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Search as you type: each change of the query is answered off the FX thread, and an answer that
 * arrives after a newer query was sent is dropped. The index is built once the library is loaded
 * and the first article painted; until then the field says that it is indexing.
 */
public final class SearchViewModel {

    /** Where to search: the whole library, the article being read, or one topic. */
    public record ScopeChoice(String label, String kind, String id) {
        static final ScopeChoice LIBRARY = new ScopeChoice("Whole library", "library", "");
        static final ScopeChoice ARTICLE = new ScopeChoice("This article", "article", "");

        static ScopeChoice topic(Topic topic) {
            return new ScopeChoice("Topic: " + topic.name(), "topic", topic.id());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One result as the list shows it, or (with a {@code heading}) the divider between the hits with
     * every word or the exact phrase and the looser ones after them.
     */
    public record Row(String articleId, String articleTitle, String sectionId, String sectionTitle,
                      List<Snippet.Part> snippet, boolean allWords, Highlight highlight, String heading) {

        public Row(String articleId, String articleTitle, String sectionId, String sectionTitle,
                   List<Snippet.Part> snippet, boolean allWords, Highlight highlight) {
            this(articleId, articleTitle, sectionId, sectionTitle, snippet, allWords, highlight, null);
        }

        static Row divider(String heading) {
            return new Row(null, "", null, "", List.of(), false, null, heading);
        }

        /** Whether this is the divider, which cannot be opened. */
        public boolean isDivider() {
            return heading != null;
        }
    }

    /** How results are ordered: best first, or newest first when the articles have dates. */
    public enum Order {
        RELEVANCE("Best match"), NEWEST("Newest first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Completions offered as one types: titles, headings and glossary terms. */
    private static final int COMPLETIONS = 5;

    /** The section last opened from a result, and the query's words to mark in it. */
    public record Opened(String sectionId, Highlight highlight) {
    }

    private final ReaderState reader;
    private final Background background;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ScopeChoice> scope = new SimpleObjectProperty<>(this, "scope", ScopeChoice.LIBRARY);
    private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList(ScopeChoice.LIBRARY, ScopeChoice.ARTICLE);
    private final ObservableList<Row> results = FXCollections.observableArrayList();
    private final ObservableList<String> completions = FXCollections.observableArrayList();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.RELEVANCE);
    private final ReadOnlyBooleanWrapper datesKnown = new ReadOnlyBooleanWrapper(this, "datesKnown");
    /** The glossary's terms, for completion: read once, on the search worker. */
    private volatile List<String> glossaryTerms;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper didYouMean = new ReadOnlyStringWrapper(this, "didYouMean", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final AtomicReference<SearchRequest> latest = new AtomicReference<>();
    /** The index searched: the one on disk as it was at first, then the one brought to the library. */
    private volatile SearchIndex index;
    /** The library the index was last asked to hold (on the FX thread). */
    private Library indexed;
    /** The index, opened, brought to the library and kept in step with it on the search worker. */
    private final SearchService.Kept kept;
    private volatile boolean closed;

    public SearchViewModel(ReaderState reader, Background background) {
        this(reader, background, Optional.empty());
    }

    /**
     * @param indexFolder where the index is kept between starts (the data folder's index folder);
     *                    empty for an index in memory, built at every start
     */
    public SearchViewModel(ReaderState reader, Background background, Optional<Path> indexFolder) {
        this.reader = reader;
        this.background = background;
        this.kept = SearchService.kept(indexFolder, library -> {
            TopicIndex topics = reader.topics().indexOf(library);
            return sectionId -> topicIds(topics, sectionId);
        });
        query.addListener((obs, o, q) -> search());
        order.addListener((obs, o, n) -> search());
        scope.addListener((obs, o, s) -> {
            if (s != null) {
                search();
            }
        });
        reader.currentArticleProperty().addListener((obs, o, a) -> {
            if (scope.get() == ScopeChoice.ARTICLE || query.get().contains("in:")) {
                search();
            }
        });
        reader.topics().topicsProperty().addListener((obs, o, topics) -> updateScopes(topics));
        // The words of a result are marked while that result is being read: going anywhere else lets them go.
        reader.placeProperty().addListener((obs, o, place) -> {
            Opened was = opened.get();
            if (was != null && (place == null || !place.sectionId().equals(Optional.of(was.sectionId())))) {
                opened.set(null);
            }
        });
        // The index on disk is opened as soon as the first article is painted, while the library is
        // still being read; it is brought to the library once that is loaded.
        // (Another Gloss holding the index leaves held unset: the build finds that again and searches in memory.)
        reader.startup().whenFirstFramePainted(() -> background.run(() -> closed ? null : kept.openAsHeld().orElse(null),
                nothing -> { }, error -> { }));
        reader.startup().whenReady(this::buildIndex);
        reader.libraryProperty().addListener((obs, o, library) -> {
            if (library != null && indexed != null && library != indexed) {
                update(library);
            }
        });
    }

    /**
     * Closes the index kept on disk, so that another Gloss (or the next start) may write it: for
     * a window that is closing. Searches and updates after this do nothing.
     */
    public void close() {
        closed = true;
        // On the search worker, after whatever it is doing with the index: never under a write.
        background.run(() -> {
            kept.close();
            return null;
        }, nothing -> { }, error -> { });
    }

    /**
     * Makes the index ready for the loaded library. An index on disk that was opened at the first
     * frame answers at once; it is checked against the library right after (a fingerprint of every
     * article: half a second at ten thousand articles) and brought up to date, and a search typed
     * meanwhile is run again if anything changed. Otherwise the index is opened or built here.
     */
    private void buildIndex(Library library) {
        status.set("Indexing…");
        indexed = library;
        if (closed) {
            return;
        }
        background.run(() -> kept.openAsHeld().orElseGet(() -> kept.bringTo(library)), built -> {
            index = built;
            refreshDatesKnown();
            StartupProbe.mark("GLOSS_SEARCH_READY");
            ready.set(true);
            status.set("");
            search();
            if (!kept.brought()) {
                // The library as it is now: a change that came meanwhile found no index to update.
                Library latest = indexed;
                background.run(() -> kept.bringTo(latest), checked -> {
                    index = checked;
                    refreshDatesKnown();
                    // Articles written or removed: what is shown is searched again.
                    search();
                }, error -> status.set("Search is not available: " + error.getMessage()));
            }
        }, error -> status.set("Search is not available: " + error.getMessage()));
    }

    /**
     * Brings the index to a changed library (an import, a removal, an undo) by writing only the
     * articles that were added, changed or removed; the background runs this after the build.
     */
    private void update(Library library) {
        indexed = library;
        // Comparing ten thousand articles takes seconds: the diff is made on the worker, not here.
        background.run(() -> kept.update(library), updated -> {
            if (updated) {
                refreshDatesKnown();
                search();
            }
        }, error -> status.set("Search could not take in the library's changes: " + error.getMessage()));
    }

    private static Set<String> topicIds(TopicIndex topics, String sectionId) {
        Set<String> ids = new HashSet<>();
        topics.topicsOf(sectionId).forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void updateScopes(TopicIndex topics) {
        List<ScopeChoice> all = new ArrayList<>(List.of(ScopeChoice.LIBRARY, ScopeChoice.ARTICLE));
        if (topics != null) {
            topics.topics().stream().filter(t -> !t.isGeneral()).map(ScopeChoice::topic).forEach(all::add);
        }
        ScopeChoice chosen = scope.get();
        scopes.setAll(all);
        scope.set(all.contains(chosen) ? chosen : ScopeChoice.LIBRARY);
    }

    private void search() {
        String text = query.get().strip();
        if (text.isEmpty()) {
            latest.set(null);
            results.clear();
            completions.clear();
            didYouMean.set("");
            status.set(ready.get() ? "" : status.get());
            return;
        }
        if (index == null) {
            status.set("Indexing…");
            return;
        }
        Article here = reader.currentArticleProperty().get();
        SearchRequest request = SearchRequest.typing(text).withScope(currentScope())
                .withOrder(order.get() == Order.NEWEST ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE)
                .withHere(here == null ? null : here.id());
        latest.set(request);
        SearchIndex searched = index;
        background.run(() -> latest.get() == request ? new Answer(searched.search(request),
                completionsFor(searched, text)) : null, answer -> {
            if (answer != null && answer.result().answers(latest.get())) {
                show(answer.result());
                completions.setAll(answer.completions());
            }
        }, error -> status.set("The search failed: " + error.getMessage()));
    }

    /** A search's hits and the completions of what was typed, made together on the worker. */
    private record Answer(SearchResult result, List<String> completions) {
    }

    /** Titles and headings of the library, then glossary terms, that what is typed begins. */
    private List<String> completionsFor(SearchIndex searched, String text) {
        List<String> found = new ArrayList<>(searched.completions(text, COMPLETIONS));
        if (found.size() < COMPLETIONS) {
            List<String> terms = glossaryTerms;
            if (terms == null) {
                terms = Glossary.bundled().terms().stream().map(dev.gloss.core.glossary.Term::term).toList();
                glossaryTerms = terms;
            }
            for (String term : Completions.matching(terms, text, COMPLETIONS)) {
                if (found.size() < COMPLETIONS && found.stream().noneMatch(term::equalsIgnoreCase)) {
                    found.add(term);
                }
            }
        }
        return found;
    }

    private void refreshDatesKnown() {
        SearchIndex searched = index;
        if (searched != null) {
            background.run(searched::hasDates, datesKnown::set, error -> { });
        }
    }

    /**
     * "Related in your library" for each of {@code sectionIds}: the few sections of other
     * articles most like it, found on the search worker and handed to {@code onFound} on the FX
     * thread. Nothing is found before the index is ready.
     */
    public void related(List<String> sectionIds, int max, Consumer<Map<String, List<SearchHit>>> onFound) {
        SearchIndex searched = index;
        if (searched == null || closed) {
            return;
        }
        background.run(() -> {
            Map<String, List<SearchHit>> found = new LinkedHashMap<>();
            for (String id : sectionIds) {
                found.put(id, searched.related(id, max));
            }
            return found;
        }, onFound, error -> { });
    }

    /** Opens a related section with the words it shares marked. */
    public void openRelated(SearchHit hit) {
        reader.openSection(hit.sectionId());
        opened.set(new Opened(hit.sectionId(), hit.highlight()));
    }

    private Scope currentScope() {
        ScopeChoice choice = scope.get() == null ? ScopeChoice.LIBRARY : scope.get();
        Article article = reader.currentArticleProperty().get();
        return switch (choice.kind()) {
            case "article" -> article == null ? Scope.library() : Scope.article(article.id());
            case "topic" -> Scope.topic(choice.id());
            default -> Scope.library();
        };
    }

    private void show(SearchResult result) {
        List<Row> rows = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            if (!hit.allWords() && rows.stream().noneMatch(Row::isDivider)) {
                rows.add(Row.divider(result.looseHeading()));
            }
            rows.add(new Row(hit.articleId(), hit.articleTitle(), hit.sectionId(),
                    Section.displayTitle(hit.sectionTitle()), hit.snippet().parts(),
                    hit.allWords(), hit.highlight()));
        }
        results.setAll(rows);
        didYouMean.set(result.didYouMean().orElse(""));
        int n = result.hits().size();
        boolean someWords = n > 0 && result.exactCount() == 0;
        String none = result.phrase() ? ", none with the exact phrase" : ", none with every word";
        status.set(n == 0 ? "No results" : (n == 1 ? "1 result" : n + " results") + (someWords ? none : ""));
    }

    /** Opens a result: its section, scrolled into view, with the query's words marked. */
    public void open(Row row) {
        if (row.isDivider()) {
            return;
        }
        reader.openSection(row.sectionId());
        opened.set(new Opened(row.sectionId(), row.highlight()));
    }

    /** Puts a completion in place of what was typed. */
    public void acceptCompletion(String completion) {
        query.set(completion);
    }

    public void acceptSuggestion() {
        if (!didYouMean.get().isEmpty()) {
            query.set(didYouMean.get());
        }
    }

    /** Esc or the panel's close button: the search is over, its results and its marks in the text go. */
    public void clear() {
        query.set("");
        opened.set(null);
    }

    /** Ranges of a section's text to mark for the last opened result. */
    public List<int[]> marksIn(String sectionId, String text) {
        Opened o = opened.get();
        if (o == null || !o.sectionId().equals(sectionId)) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (Snippet.Part part : o.highlight().mark(text)) {
            if (part.matched()) {
                ranges.add(new int[] {at, at + part.text().length()});
            }
            at += part.text().length();
        }
        return ranges;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ScopeChoice> scopeProperty() {
        return scope;
    }

    public ObservableList<ScopeChoice> scopes() {
        return scopes;
    }

    public ObservableList<Row> results() {
        return results;
    }

    public ObservableList<String> completions() {
        return completions;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Whether any article has a date, so that ordering by date means something. */
    public ReadOnlyBooleanProperty datesKnownProperty() {
        return datesKnown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty didYouMeanProperty() {
        return didYouMean.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
