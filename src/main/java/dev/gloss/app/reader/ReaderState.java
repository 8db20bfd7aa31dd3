package dev.gloss.app.reader;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.ReadingPosition;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import dev.gloss.core.topics.TopicIndex;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.NumberFormat;
import dev.gloss.app.history.NavigationHistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reader's state that the views share: the library, the article being read, the place the
 * reader asked for, and the status line. Knows nothing of the views.
 */
public final class ReaderState {
    private static final String LOADING = "Loading the library…";
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    /** One read-only view, held here: the wrapper listens to {@link #articles} only weakly. */
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Article> currentArticle = new ReadOnlyObjectWrapper<>(this, "currentArticle");
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(this, "place");
    private final ReadOnlyObjectWrapper<Section> currentSection = new ReadOnlyObjectWrapper<>(this, "currentSection");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyStringWrapper articleStatus = new ReadOnlyStringWrapper(this, "articleStatus", "");
    private final ReadOnlyStringWrapper sectionStatus = new ReadOnlyStringWrapper(this, "sectionStatus", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final NavigationHistory<Place> history = new NavigationHistory<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    /** Where the reader was in each article and how far they have read it. */
    private final Map<String, ReadingPosition> readingPositions = new HashMap<>();
    /** The position in the article being read, as the view last reported it (or as it was opened). */
    private final ReadOnlyObjectWrapper<ReadingPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    /** How much of the article being read is above the bottom of the view, from 0 to 1. */
    private double through;
    private final ReadOnlyStringWrapper progressStatus = new ReadOnlyStringWrapper(this, "progressStatus", "");
    /** Counts changes of what the library shows as an article's progress (unread, a percent, finished). */
    private final javafx.beans.property.ReadOnlyIntegerWrapper progressRevision =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "progressRevision");
    private final javafx.beans.property.ObjectProperty<ReadingSettings> reading =
            new javafx.beans.property.SimpleObjectProperty<>(this, "reading", ReadingSettings.defaults());
    private final ZoomModel zoom = new ZoomModel();
    private final ReadOnlyObjectWrapper<TopicIndex> topics = new ReadOnlyObjectWrapper<>(this, "topics");
    private final List<Consumer<Library>> readyTasks = new ArrayList<>();
    private final Object topicsLock = new Object();
    /** The library {@link #topicsComputed} was computed for; guarded by {@link #topicsLock}. */
    private Library topicsLibrary;
    private TopicIndex topicsComputed;
    private dev.gloss.core.topics.TopicService topicService = dev.gloss.core.topics.TopicService.inMemory();
    private boolean firstFramePainted;
    private boolean holdLibraryUntilFirstFrame;
    private final List<Runnable> firstFrameListeners = new ArrayList<>();
    private Background background = Background.sameThread();
    private final ReadOnlyObjectWrapper<String> requestedTopic = new ReadOnlyObjectWrapper<>(this, "requestedTopic");
    private final ReadOnlyObjectWrapper<String> requestedTerm = new ReadOnlyObjectWrapper<>(this, "requestedTerm");
    private final BooleanProperty glossaryMarking = new SimpleBooleanProperty(this, "glossaryMarking", true);
    private java.util.function.Function<Runnable, Runnable> messageTimer = clear -> () -> { };
    private Runnable cancelMessage = () -> { };
    private String told;

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
     * Has {@link #load} read the rest of the library only once the first article has been painted,
     * so that reading it does not take the processor from the first frame. For a window that is
     * about to be shown (a view reports {@link #firstFramePainted}); without one the library would
     * wait for ever.
     */
    public void holdLibraryUntilFirstFrame() {
        holdLibraryUntilFirstFrame = true;
    }

    /**
     * Shows the start article as soon as it alone is read, then loads the whole library, all in the
     * background; what is computed from the library waits for {@link #whenReady}.
     */
    public void load(LibrarySource source, Background background, Optional<String> startArticleId) {
        this.background = background;
        loading.set(true);
        if (message.get().isEmpty()) {
            message.set(LOADING);
        }
        Runnable loadLibrary = () -> loadLibrary(source, background, startArticleId);
        background.run(() -> startArticleId.flatMap(source::article)
                        .or(() -> source.firstArticleId().flatMap(source::article)),
                first -> {
                    first.ifPresent(this::showFirst);
                    if (holdLibraryUntilFirstFrame && currentArticle.get() != null) {
                        whenFirstFramePainted(loadLibrary);
                    } else {
                        loadLibrary.run();
                    }
                },
                error -> loadLibrary.run());
        // Topics go first on the worker: they are ready in a second or two, the glossary's mentions take longer.
        readyTasks.add(0, loaded -> background.run(() -> topicIndexOf(loaded), computed -> {
                    topics.set(computed);
                    StartupProbe.mark("GLOSS_TOPICS_READY");
                },
                error -> message.set("Topics are not available: " + error.getMessage())));
        runReadyTasks();
    }

    private void loadLibrary(LibrarySource source, Background background, Optional<String> startArticleId) {
        background.run(source::load, loaded -> {
            library.set(loaded);
            articles.setAll(loaded.articles());
            if (message.get().equals(LOADING)) {
                message.set("");
            }
            Article shown = currentArticle.get();
            Optional<Article> start = Optional.ofNullable(shown).flatMap(a -> loaded.article(a.id()))
                    .or(() -> startArticleId.flatMap(loaded::article))
                    .or(() -> loaded.articles().stream().findFirst());
            if (shown == null || !start.map(shown::equals).orElse(false)) {
                start.ifPresent(a -> openArticle(a.id()));
            } else {
                history.visit(place.get());
            }
            loading.set(false);
            StartupProbe.mark("GLOSS_LIBRARY_READY");
            runReadyTasks();
        }, error -> {
            message.set("The library could not be loaded: " + error.getMessage());
            loading.set(false);
        });
    }

    /**
     * Puts a changed library in place (after an import, a removal or an undo) without a restart:
     * the reader stays where they were; an article that was updated is shown in its new version,
     * at the same section when that section persists; a removed article gives way to its
     * neighbour. Topics are computed anew in the background; views that derive from the library
     * listen to {@link #libraryProperty()}.
     */
    public void replaceLibrary(Library replacement) {
        Library before = library.get();
        Article shown = currentArticle.get();
        int shownIndex = shown == null ? -1 : articles.indexOf(shown);
        library.set(replacement);
        articles.setAll(replacement.articles());
        if (shown != null) {
            Optional<Article> now = replacement.article(shown.id());
            if (now.isPresent() && !now.get().equals(shown)) {
                Article updated = now.get();
                currentArticle.set(updated);
                articleStatus.set(describe(updated));
                Place at = place.get();
                Optional<String> sectionId = Optional.ofNullable(currentSection.get()).map(Section::id)
                        .filter(id -> updated.section(id).isPresent());
                place.set(sectionId.map(id -> Place.section(updated.id(), id)).orElse(Place.article(updated.id())));
                sectionInView(sectionId.flatMap(updated::section)
                        .orElse(updated.sections().isEmpty() ? null : updated.sections().get(0)));
                if (at != null && at.equals(place.get())) {
                    // Same place, new text: the view must show the article again all the same.
                    place.set(null);
                    place.set(at);
                }
            } else if (now.isEmpty() && !replacement.articles().isEmpty()) {
                int next = Math.max(0, Math.min(shownIndex, replacement.size() - 1));
                openArticle(replacement.articles().get(next).id());
            }
        } else if (!replacement.articles().isEmpty()) {
            openArticle(replacement.articles().get(0).id());
        }
        if (before == null) {
            loading.set(false);
            runReadyTasks();
        } else {
            background.run(() -> topicIndexOf(replacement), computed -> {
                if (library.get() == replacement) {
                    topics.set(computed);
                }
            }, error -> message.set("Topics are not available: " + error.getMessage()));
        }
    }

    /**
     * The topic index of a library, computed once whoever asks first (the topics sidebar, the
     * search index): safe on any thread. The articles a library shares with the one before keep
     * their tags, so after an import only the new ones are tagged.
     */
    public TopicIndex topicIndexOf(Library of) {
        synchronized (topicsLock) {
            if (topicsLibrary != of) {
                topicsComputed = topicService.index(of);
                topicsLibrary = of;
            }
            return topicsComputed;
        }
    }

    /** Where the topics come from: the data folder's (discovered topics kept, the reader's own); before {@link #load}. */
    public void useTopics(dev.gloss.core.topics.TopicService service) {
        synchronized (topicsLock) {
            topicService = service;
        }
    }

    public dev.gloss.core.topics.TopicService topicService() {
        synchronized (topicsLock) {
            return topicService;
        }
    }

    /**
     * Shows topics computed anew for the current library (the reader changed one, or asked to find
     * them again); on the FX thread. A result for a library since replaced is dropped.
     */
    public void topicsChanged(Library of, TopicIndex index) {
        synchronized (topicsLock) {
            if (of != library.get()) {
                return;
            }
            topicsLibrary = of;
            topicsComputed = index;
        }
        topics.set(index);
    }

    /** The first article, before the library is known: shown where the reader left it. */
    private void showFirst(Article a) {
        if (currentArticle.get() != null) {
            return;
        }
        currentArticle.set(a);
        articleStatus.set(describe(a));
        Place saved = savedPlace(a);
        place.set(saved);
        position.set(readingPositions.get(a.id()));
        sectionInView(saved.sectionId().flatMap(a::section).orElse(a.sections().isEmpty() ? null : a.sections().get(0)));
    }

    /**
     * Runs {@code task} once the library is loaded and the first article has been painted, so that
     * heavy work (indexes, mentions) never delays the first frame; at once if both have happened.
     */
    public void whenReady(Consumer<Library> task) {
        readyTasks.add(task);
        runReadyTasks();
    }

    /** The window reports that the first article has been painted. */
    public void firstFramePainted() {
        firstFramePainted = true;
        List<Runnable> listeners = new ArrayList<>(firstFrameListeners);
        firstFrameListeners.clear();
        listeners.forEach(Runnable::run);
        runReadyTasks();
    }

    /** Runs {@code listener} once the first article has been painted (at once if it has). */
    public void whenFirstFramePainted(Runnable listener) {
        if (firstFramePainted) {
            listener.run();
        } else {
            firstFrameListeners.add(listener);
        }
    }

    public boolean isFirstFramePainted() {
        return firstFramePainted;
    }

    private void runReadyTasks() {
        Library loaded = library.get();
        if (loaded == null || !firstFramePainted) {
            return;
        }
        List<Consumer<Library>> tasks = new ArrayList<>(readyTasks);
        readyTasks.clear();
        tasks.forEach(t -> t.accept(loaded));
    }

    /** Opens an article where the reader left it, or at its start. */
    public void openArticle(String articleId) {
        dismissMessage(told);
        findArticle(articleId).ifPresent(a -> go(savedPlace(a), true));
    }

    /**
     * Where an article was left: the character at the top of the view, or the section when only
     * that was saved; the top when nothing was, or the section is gone.
     */
    private Place savedPlace(Article a) {
        ReadingPosition saved = readingPositions.get(a.id());
        if (saved == null || saved.sectionId().isEmpty() || a.section(saved.sectionId().get()).isEmpty()) {
            return Place.article(a.id());
        }
        return Place.at(a.id(), saved.sectionId().get(), saved.offset());
    }

    public void openSection(String sectionId) {
        dismissMessage(told);
        Library lib = library.get();
        if (lib != null) {
            lib.articleOf(sectionId).ifPresent(a -> go(Place.section(a.id(), sectionId), true));
        }
    }

    public void back() {
        dismissMessage(told);
        rememberWhereTheReaderIs();
        history.back().ifPresent(p -> go(p, false));
    }

    public void forward() {
        dismissMessage(told);
        rememberWhereTheReaderIs();
        history.forward().ifPresent(p -> go(p, false));
    }

    private void go(Place target, boolean record) {
        Optional<Article> article = findArticle(target.articleId());
        if (article.isEmpty()) {
            return;
        }
        Article a = article.get();
        if (record) {
            rememberWhereTheReaderIs();
            history.visit(target);
        }
        if (a != currentArticle.get()) {
            currentArticle.set(a);
            articleStatus.set(describe(a));
        }
        place.set(target);
        Section section = target.sectionId().flatMap(a::section)
                .orElse(a.sections().isEmpty() ? null : a.sections().get(0));
        sectionInView(section);
        // Until the view reports where it is, the place asked for is the reading position.
        positionInView(a.id(), new ReadingPosition(0, target.sectionId(), target.offset(), 0));
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    /** Back returns to where the reader had scrolled, not only to where they had jumped. */
    private void rememberWhereTheReaderIs() {
        Article a = currentArticle.get();
        Section s = currentSection.get();
        if (a != null && s != null && history.current().isPresent()) {
            ReadingPosition at = readingPositions.get(a.id());
            history.replaceCurrent(at != null && at.sectionId().filter(s.id()::equals).isPresent()
                    ? Place.at(a.id(), s.id(), at.offset()) : Place.section(a.id(), s.id()));
        }
    }

    /**
     * Shows a one-line message to the reader in the status bar, until the reader goes to another
     * place or the message timer says it has been read (the window gives it a few seconds); then
     * the status bar shows the article's length again.
     */
    public void tell(String text) {
        cancelMessage.run();
        told = text;
        message.set(text);
        cancelMessage = messageTimer.apply(() -> dismissMessage(text));
    }

    /** Takes a message told with {@link #tell} off the status bar, if it is still the one shown. */
    private void dismissMessage(String text) {
        if (text != null && text.equals(told) && message.get().equals(text)) {
            cancelMessage.run();
            cancelMessage = () -> { };
            told = null;
            message.set("");
        }
    }

    /**
     * How a told message is cleared after a while: given the clearing, starts the wait and returns
     * what cancels it. The window passes a pause on the FX timeline; the default never clears.
     */
    public void setMessageTimer(java.util.function.Function<Runnable, Runnable> timer) {
        this.messageTimer = timer;
    }

    /** Opens the article {@code step} places after (or before) the current one, if there is one. */
    public void openNeighbourArticle(int step) {
        dismissMessage(told);
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
        sectionStatus.set(section == null || !section.hasVisibleTitle() ? "" : section.title());
        showProgress();
    }

    /**
     * The article view reports where the reader is in the article being read: the character at the
     * top of the view, and how much of the article has been on screen. The furthest point reached
     * is kept.
     */
    public void positionInView(ReadingPosition now) {
        Article a = currentArticle.get();
        if (a != null) {
            positionInView(a.id(), now);
        }
    }

    private void positionInView(String articleId, ReadingPosition now) {
        ReadingPosition before = readingPositions.get(articleId);
        ReadingPosition merged = before == null ? now : before.movedTo(now);
        readingPositions.put(articleId, merged);
        if (before == null || !progressLabel(before).equals(progressLabel(merged))) {
            progressRevision.set(progressRevision.get() + 1);
        }
        through = now.furthest();
        position.set(merged);
        showProgress();
    }

    /** "section 2 of 5 · 41 %": where the reader is, for the status bar. */
    private void showProgress() {
        Article a = currentArticle.get();
        Section s = currentSection.get();
        if (a == null || s == null || a.sections().isEmpty()) {
            progressStatus.set("");
            return;
        }
        int index = Math.max(0, a.sections().indexOf(s));
        progressStatus.set("section " + (index + 1) + " of " + a.sections().size()
                + " · " + Math.round(through * 100) + " %");
    }

    /** What the library shows of an article's progress: "unread", "42 %" or "finished". */
    public String progressLabel(String articleId) {
        ReadingPosition p = readingPositions.get(articleId);
        return p == null ? "unread" : progressLabel(p);
    }

    private static String progressLabel(ReadingPosition p) {
        return p.finished() ? "finished" : Math.round(p.furthest() * 100) + " %";
    }

    /** The saved reading positions, article id to section id, for the settings file. */
    public Map<String, String> readingPositions() {
        Map<String, String> sections = new HashMap<>();
        readingPositions.forEach((id, p) -> p.sectionId().ifPresent(s -> sections.put(id, s)));
        return Map.copyOf(sections);
    }

    /** Sections to reopen articles at, as an earlier version kept them. */
    public void restoreReadingPositions(Map<String, String> positions) {
        positions.forEach((id, section) -> readingPositions.put(id, ReadingPosition.of(0, section)));
    }

    /** Where the reader was in each article and how far they had read, from the settings file. */
    public void restorePositions(Map<String, ReadingPosition> positions) {
        readingPositions.putAll(positions);
        progressRevision.set(progressRevision.get() + 1);
    }

    /** The position in the article being read; changes as the reader scrolls. */
    public ReadOnlyObjectProperty<ReadingPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "section 2 of 5 · 41 %" */
    public ReadOnlyStringProperty progressStatusProperty() {
        return progressStatus.getReadOnlyProperty();
    }

    /** Changes whenever an article's progress as the library shows it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty progressRevisionProperty() {
        return progressRevision.getReadOnlyProperty();
    }

    /** How the article is set: font, size, spacing, column, margins, justification, glossary marks. */
    public javafx.beans.property.ObjectProperty<ReadingSettings> readingProperty() {
        return reading;
    }

    /** The topic index, once it has been computed in the background; null until then. */
    public ReadOnlyObjectProperty<TopicIndex> topicsProperty() {
        return topics.getReadOnlyProperty();
    }

    /** Asks the sidebar to show a topic (a topic chip was clicked). */
    public void showTopic(String topicId) {
        requestedTopic.set(null);
        requestedTopic.set(topicId);
    }

    public ReadOnlyObjectProperty<String> requestedTopicProperty() {
        return requestedTopic.getReadOnlyProperty();
    }

    /** Asks the sidebar to show a glossary term ("Open in glossary", "Look up"). */
    public void showTerm(String termId) {
        requestedTerm.set(null);
        requestedTerm.set(termId);
    }

    public ReadOnlyObjectProperty<String> requestedTermProperty() {
        return requestedTerm.getReadOnlyProperty();
    }

    /** Whether glossary terms are marked in the article: the reader's setting, View > Mark Glossary Terms. */
    public BooleanProperty glossaryMarkingProperty() {
        return glossaryMarking;
    }

    public ZoomModel zoom() {
        return zoom;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private Optional<Article> findArticle(String id) {
        Library loaded = library.get();
        if (loaded != null) {
            return loaded.article(id);
        }
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    static String describe(Article a) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        int minutes = a.readingMinutes();
        return n.format(a.wordCount()) + " words · " + minutes + (minutes == 1 ? " minute" : " minutes") + " of reading";
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

    public ReadOnlyStringProperty articleStatusProperty() {
        return articleStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sectionStatusProperty() {
        return sectionStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
