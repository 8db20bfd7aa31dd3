package dev.gloss.app.search;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.model.Article;
import dev.gloss.core.search.Scope;
import dev.gloss.core.search.SearchHit;
import dev.gloss.core.search.SearchIndex;
import dev.gloss.core.search.SearchRequest;
import dev.gloss.core.search.SearchResult;
import dev.gloss.core.topics.TopicIndex;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Search as you type: each change of the query is answered off the FX thread, and an answer that
 * arrives after a newer query was sent is dropped. The index ({@link SearchedIndex}) is ready once
 * the library is loaded and the first article painted; until then the field says that it is indexing.
 */
public final class SearchViewModel {

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

    private final ReaderState reader;
    private final Background background;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ScopeChoice> scope = new SimpleObjectProperty<>(this, "scope", ScopeChoice.LIBRARY);
    private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList(ScopeChoice.LIBRARY, ScopeChoice.ARTICLE);
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<String> completions = FXCollections.observableArrayList();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.RELEVANCE);
    private final TypedCompletions typed = new TypedCompletions();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper didYouMean = new ReadOnlyStringWrapper(this, "didYouMean", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final OpenedResult opened;
    private final AtomicReference<SearchRequest> latest = new AtomicReference<>();
    private final SearchedIndex index;

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
        // Look Up that found no glossary entry searches the library for the words.
        reader.searchRequests().listen(query::set);
        this.opened = new OpenedResult(reader);
        this.index = new SearchedIndex(reader, background, indexFolder, new SearchedIndex.Events() {
            @Override
            public void indexing() {
                status.set("Indexing…");
            }

            @Override
            public void ready() {
                StartupProbe.mark("GLOSS_SEARCH_READY");
                SearchViewModel.this.ready.set(true);
                status.set("");
                search();
            }

            @Override
            public void changed() {
                search();
            }

            @Override
            public void failed(String sentence) {
                status.set(sentence);
            }
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
    }

    /**
     * Closes the index kept on disk, so that another Gloss (or the next start) may write it: for
     * a window that is closing. Searches and updates after this do nothing.
     */
    public void close() {
        index.close();
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
        SearchIndex searched = index.current();
        if (searched == null) {
            status.set("Indexing…");
            return;
        }
        Article here = reader.currentArticleProperty().get();
        SearchRequest request = SearchRequest.typing(text).withScope(currentScope())
                .withOrder(order.get() == Order.NEWEST ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE)
                .withHere(here == null ? null : here.id());
        latest.set(request);
        background.task(() -> latest.get() == request ? new Answer(searched.search(request), typed.of(searched, text)) : null)
                .onSuccess(answer -> {
                    if (answer != null && answer.result().answers(latest.get())) {
                        show(answer.result());
                        completions.setAll(answer.completions());
                    }
                })
                .onError(error -> status.set("The search failed: " + error.getMessage()))
                .start();
    }

    /** A search's hits and the completions of what was typed, made together on the worker. */
    private record Answer(SearchResult result, List<String> completions) {
    }

    /**
     * "Related in your library" for each of {@code sectionIds}: the few sections of other
     * articles most like it, found on the search worker and handed to {@code onFound} on the FX
     * thread. Nothing is found before the index is ready.
     */
    public void related(List<String> sectionIds, int max, Consumer<Map<String, List<SearchHit>>> onFound) {
        SearchIndex searched = index.current();
        if (searched == null || index.isClosed()) {
            return;
        }
        background.task(() -> {
            Map<String, List<SearchHit>> found = new LinkedHashMap<>();
            for (String id : sectionIds) {
                found.put(id, searched.related(id, max));
            }
            return found;
        }).onSuccess(onFound).start();
    }

    /** Opens a related section with the words it shares marked. */
    public void openRelated(SearchHit hit) {
        opened.open(hit.sectionId(), hit.highlight());
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
        results.setAll(ResultRow.of(result));
        didYouMean.set(result.didYouMean().orElse(""));
        int n = result.hits().size();
        boolean someWords = n > 0 && result.exactCount() == 0;
        String none = result.phrase() ? ", none with the exact phrase" : ", none with every word";
        status.set(n == 0 ? "No results" : (n == 1 ? "1 result" : n + " results") + (someWords ? none : ""));
    }

    /** Opens a result: its section, scrolled into view, with the query's words marked. */
    public void open(ResultRow row) {
        if (row.isDivider()) {
            return;
        }
        opened.open(row.sectionId(), row.highlight());
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
        opened.forget();
    }

    /** Ranges of a section's text to mark for the last opened result. */
    public List<int[]> marksIn(String sectionId, String text) {
        return opened.marksIn(sectionId, text);
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

    public ObservableList<ResultRow> results() {
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
        return index.datesKnownProperty();
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

    /** The section last opened from a result, while it is being read; null otherwise. */
    public ReadOnlyObjectProperty<?> openedProperty() {
        return opened.property();
    }
}
