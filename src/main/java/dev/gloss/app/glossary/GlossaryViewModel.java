package dev.gloss.app.glossary;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.article.SectionMark;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.AutoTerm;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The glossary as the window has it open, and its parts: the {@linkplain #list() terms A to Z}
 * under the filter, the {@linkplain #entry() chosen term's entry}, the {@linkplain #suggestions()
 * suggestions} of the library, the reader's {@linkplain #definitions() own definitions}, and the
 * {@linkplain #article() terms in the article}. The glossary opens in the background once the
 * library has loaded and the first article has been painted, and again when either changes.
 */
public final class GlossaryViewModel {
    static final String GETTING_READY = "Getting the glossary ready…";

    private final ReaderState reader;
    private final Background background;
    private final Path dataDir;
    private GlossaryService service;
    private String pendingChoice;
    private boolean opened;

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", GETTING_READY);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final TermListViewModel list = new TermListViewModel(ready);
    private final TermEntryViewModel entry = new TermEntryViewModel(this);
    private final SuggestionsViewModel suggestions = new SuggestionsViewModel(this);
    private final DefinitionsViewModel definitions = new DefinitionsViewModel(this);
    private final ArticleTermsViewModel article = new ArticleTermsViewModel(this);

    public GlossaryViewModel(ReaderState reader, Background background, Path dataDir) {
        this.reader = reader;
        this.background = background;
        this.dataDir = dataDir;
        reader.termRequests().listen(this::choose);
        // Matching every term against the library is heavy: it waits until the first article is painted.
        reader.startup().whenReady(this::open);
        // A library that changes later (an import) is matched anew.
        reader.libraryProperty().addListener((obs, o, library) -> {
            if (library != null && opened) {
                open(library);
            }
        });
    }

    private void open(Library library) {
        opened = true;
        ready.set(false);
        status.set(GETTING_READY);
        // After an import, the articles that were there keep their mentions: only the new ones are matched.
        GlossaryService before = service;
        background.task(() -> GlossaryService.open(library, dataDir, before))
                .onSuccess(this::opened)
                .onError(error -> status.set("The glossary could not be loaded: " + error.getMessage()))
                .start();
    }

    private void opened(GlossaryService opened) {
        if (service == null) {
            StartupProbe.mark("GLOSS_GLOSSARY_READY");
        }
        service = opened;
        if (!opened.warnings().isEmpty()) {
            reader.status().tell(String.join(" ", opened.warnings()));
        }
        status.set("");
        ready.set(true);
        changed();
        if (pendingChoice != null) {
            String id = pendingChoice;
            pendingChoice = null;
            choose(id);
        }
    }

    /**
     * The reader's definitions changed on disk (another computer's were merged in): the glossary is
     * opened again in the background, its mentions with it, and shown anew.
     */
    public void userGlossaryChanged() {
        Library library = reader.libraryProperty().get();
        if (opened && library != null) {
            open(library);
        }
    }

    /** Everything shown depends on the glossary: after it opens or changes, show it anew. */
    void changed() {
        list.show(service.glossary());
        suggestions.show(service.candidates());
        entry.showAgain(service);
        revision.set(revision.get() + 1);
    }

    /**
     * Shows a term: its entry, related terms and mentions. A term the filter hides brings the whole
     * list back, so that it can be seen chosen. Before the glossary is ready, the choice waits for it.
     */
    public void choose(String termId) {
        if (service == null) {
            pendingChoice = termId;
            return;
        }
        service.glossary().term(termId).ifPresent(term -> {
            if (!list.terms().contains(term)) {
                list.showAll();
            }
            suggestions.showingProperty().set(false);
            entry.show(term, service);
        });
    }

    /** Shows a term in the glossary panel, bringing the panel forward ("Open in glossary"). */
    public void showInPanel(String termId) {
        reader.termRequests().send(termId);
    }

    /**
     * Look Up of a selection in the article: the term whose mention there holds the selection comes
     * first ("vitamin" selected inside "vitamin K2" is vitamin K2), then the words themselves.
     */
    public void lookUp(String text, Optional<String> sectionId, Optional<SectionMark> selection) {
        article.lookUp(text, sectionId, selection);
    }


    /** The sentence quoted from the library as an automatic term's definition, if one was mined. */
    public Optional<AutoTerm.Quote> quoteOf(Term term) {
        return service == null || term == null || !term.isAuto() ? Optional.empty() : service.quote(term.id());
    }

    /** Where a quote is from, as the reader knows it: "Article › Section". */
    String quoteSource(AutoTerm.Quote q) {
        Library library = library();
        String article = library == null ? "" : library.articleOf(q.sectionId()).map(Article::title).orElse("");
        String section = library == null ? "" : library.section(q.sectionId()).filter(Section::hasVisibleTitle)
                .map(Section::title).orElse("");
        return section.isEmpty() ? article : article + " › " + section;
    }

    /** The glossary, once it is open. */
    Optional<GlossaryService> service() {
        return Optional.ofNullable(service);
    }

    Library library() {
        return reader.libraryProperty().get();
    }

    public ReaderState reader() {
        return reader;
    }

    Background background() {
        return background;
    }

    /** The terms A to Z under the filter. */
    public TermListViewModel list() {
        return list;
    }

    /** The chosen term's entry. */
    public TermEntryViewModel entry() {
        return entry;
    }

    /** The words that look like terms, and the terms found in the articles. */
    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    /** The reader's own definitions. */
    public DefinitionsViewModel definitions() {
        return definitions;
    }

    /** The glossary's terms in the article: marks, popovers and Look Up. */
    public ArticleTermsViewModel article() {
        return article;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "Getting the glossary ready…" while it loads, why it failed if it did, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Goes up by one each time the glossary opens or changes, so the article marks its terms anew. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether the article marks the glossary's terms (View > Mark Glossary Terms). */
    public BooleanProperty markingProperty() {
        return reader.glossaryMarkingProperty();
    }
}
