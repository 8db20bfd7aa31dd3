package dev.gloss.app.reader;

import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.ReadingPosition;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The reader's state that the window's parts share: the library, the article being read and the
 * place the reader asked for, and the reader's settings. Its other jobs are parts of their own,
 * reached from here: when heavy work may start ({@link #startup()}), the library's topics
 * ({@link #topics()}), where each article was left ({@link #positions()}), back and forward
 * ({@link #navigation()}) and the status bar ({@link #status()}). Knows nothing of the views.
 */
public final class ReaderState {
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    /** One read-only view, held here: the wrapper listens to {@link #articles} only weakly. */
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Article> currentArticle = new ReadOnlyObjectWrapper<>(this, "currentArticle");
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(this, "place");
    private final ReadOnlyObjectWrapper<Section> currentSection = new ReadOnlyObjectWrapper<>(this, "currentSection");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ObjectProperty<ReadingSettings> reading =
            new SimpleObjectProperty<>(this, "reading", ReadingSettings.defaults());
    private final BooleanProperty glossaryMarking = new SimpleBooleanProperty(this, "glossaryMarking", true);
    private final ZoomModel zoom = new ZoomModel();
    private final StartupGate startup = new StartupGate();
    private final LibraryTopics topics = new LibraryTopics(library::get);
    private final ReadingPositions positions = new ReadingPositions();
    private final Navigation navigation = new Navigation();
    private final StatusLine status = new StatusLine(currentArticle, currentSection, positions.throughProperty());
    private final Requests<String> topicRequests = new Requests<>();
    private final Requests<String> termRequests = new Requests<>();
    private final Requests<Place> shownAgain = new Requests<>();
    private final Requests<Export> exportRequests = new Requests<>();
    private final Requests<String> searchRequests = new Requests<>();
    private LibraryLoading loader = new LibraryLoading(this, Background.sameThread());

    public ReaderState() {
        // View > Mark Glossary Terms and the reading settings' density of marks are one setting.
        glossaryMarking.addListener((obs, o, on) -> {
            TermMarks marks = reading.get().termMarks();
            if (!on && marks != TermMarks.NONE) {
                reading.set(reading.get().withTermMarks(TermMarks.NONE));
            } else if (on && marks == TermMarks.NONE) {
                reading.set(reading.get().withTermMarks(TermMarks.FIRST_IN_SECTION));
            }
        });
        reading.addListener((obs, o, r) -> glossaryMarking.set(r.termMarks() != TermMarks.NONE));
    }

    /**
     * Shows the start article as soon as it alone is read, then loads the whole library, all in the
     * background; what is computed from the library waits for {@link StartupGate#whenReady}.
     */
    public void load(LibrarySource source, Background background, Optional<String> startArticleId) {
        loader = new LibraryLoading(this, background);
        loader.load(source, startArticleId);
    }

    /**
     * Puts a changed library in place (after an import, a removal or an undo) without a restart:
     * the reader stays where they were; an article that was updated is shown in its new version,
     * at the same section when that section persists; a removed article gives way to its
     * neighbour. Topics are computed anew in the background; views that derive from the library
     * listen to {@link #libraryProperty()}.
     */
    public void replaceLibrary(Library replacement) {
        loader.replace(replacement);
    }

    /** The library read or replaced: in place, its articles listed; by {@link LibraryLoading}. */
    void putLibrary(Library loaded) {
        library.set(loaded);
        articles.setAll(loaded.articles());
    }

    void setLoading(boolean on) {
        loading.set(on);
    }

    /** The index of the article being read among the library's, or -1. */
    int shownIndex() {
        Article shown = currentArticle.get();
        return shown == null ? -1 : articles.indexOf(shown);
    }

    /** The place being read is visited now that the library is known (the first article was shown before). */
    void visitPlaceShown() {
        navigation.visit(place.get());
    }

    /** The article being read has a new version: shown at the same section when it persists. */
    void showUpdated(Article updated) {
        currentArticle.set(updated);
        Place at = place.get();
        Optional<String> sectionId = Optional.ofNullable(currentSection.get()).map(Section::id)
                .filter(id -> updated.section(id).isPresent());
        place.set(sectionId.map(id -> Place.section(updated.id(), id)).orElse(Place.article(updated.id())));
        sectionInView(sectionId.flatMap(updated::section).orElse(firstSection(updated)));
        if (at != null && at.equals(place.get())) {
            // Same place, new text: the view must show the article again all the same.
            shownAgain.send(at);
        }
    }

    /** The first article, before the library is known: shown where the reader left it. */
    void showFirst(Article a) {
        if (currentArticle.get() != null) {
            return;
        }
        currentArticle.set(a);
        Place saved = positions.reopenAt(a);
        place.set(saved);
        positions.opened(a.id());
        sectionInView(saved.sectionId().flatMap(a::section).orElse(firstSection(a)));
    }

    /** Opens an article where the reader left it, or at its start. */
    public void openArticle(String articleId) {
        status.moved();
        findArticle(articleId).ifPresent(a -> go(positions.reopenAt(a), true));
    }

    public void openSection(String sectionId) {
        status.moved();
        Library lib = library.get();
        if (lib != null) {
            lib.articleOf(sectionId).ifPresent(a -> go(Place.section(a.id(), sectionId), true));
        }
    }

    public void back() {
        status.moved();
        navigation.rememberScrolled(currentArticle.get(), currentSection.get(), positions);
        navigation.back().ifPresent(p -> go(p, false));
    }

    public void forward() {
        status.moved();
        navigation.rememberScrolled(currentArticle.get(), currentSection.get(), positions);
        navigation.forward().ifPresent(p -> go(p, false));
    }

    private void go(Place target, boolean record) {
        Optional<Article> article = findArticle(target.articleId());
        if (article.isEmpty()) {
            return;
        }
        Article a = article.get();
        if (record) {
            navigation.rememberScrolled(currentArticle.get(), currentSection.get(), positions);
            navigation.visit(target);
        }
        currentArticle.set(a);
        place.set(target);
        sectionInView(target.sectionId().flatMap(a::section).orElse(firstSection(a)));
        // Until the view reports where it is, the place asked for is the reading position.
        positions.moved(a.id(), new ReadingPosition(0, target.sectionId(), target.offset(), 0));
    }

    /** Opens the article {@code step} places after (or before) the current one, if there is one. */
    public void openNeighbourArticle(int step) {
        status.moved();
        Article current = currentArticle.get();
        int index = current == null ? -1 : articles.indexOf(current);
        int target = index + step;
        if (index >= 0 && target >= 0 && target < articles.size()) {
            openArticle(articles.get(target).id());
        }
    }

    /** The article view reports the section at the top of the viewport as the reader scrolls. */
    public void sectionInView(Section section) {
        currentSection.set(section);
    }

    /**
     * The article view reports where the reader is in the article being read: the character at the
     * top of the view, and how much of the article has been on screen.
     */
    public void positionInView(ReadingPosition now) {
        Article a = currentArticle.get();
        if (a != null) {
            positions.moved(a.id(), now);
        }
    }

    private static Section firstSection(Article a) {
        return a.sections().isEmpty() ? null : a.sections().get(0);
    }

    private Optional<Article> findArticle(String id) {
        Library loaded = library.get();
        if (loaded != null) {
            return loaded.article(id);
        }
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Requests to show a topic in the sidebar (a topic chip was clicked). */
    public Requests<String> topicRequests() {
        return topicRequests;
    }

    /** Requests to show a glossary term in the sidebar ("Open in glossary", "Look up"). */
    public Requests<String> termRequests() {
        return termRequests;
    }

    /** The place being read, to be shown again because its article has a new text. */
    public Requests<Place> shownAgain() {
        return shownAgain;
    }

    /** Words to search the library for (Look Up found no glossary entry); the search listens. */
    public Requests<String> searchRequests() {
        return searchRequests;
    }

    /** What the reader asked to export; the window's export part listens. */
    public Requests<Export> exportRequests() {
        return exportRequests;
    }

    public StartupGate startup() {
        return startup;
    }

    public LibraryTopics topics() {
        return topics;
    }

    public ReadingPositions positions() {
        return positions;
    }

    public Navigation navigation() {
        return navigation;
    }

    public StatusLine status() {
        return status;
    }

    /** How the article is set: font, size, spacing, column, margins, justification, glossary marks. */
    public ObjectProperty<ReadingSettings> readingProperty() {
        return reading;
    }

    /** Whether glossary terms are marked in the article: the reader's setting, View > Mark Glossary Terms. */
    public BooleanProperty glossaryMarkingProperty() {
        return glossaryMarking;
    }

    public ZoomModel zoom() {
        return zoom;
    }

    public ObservableList<Article> articles() {
        return articlesView;
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> currentArticleProperty() {
        return currentArticle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Section> currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
