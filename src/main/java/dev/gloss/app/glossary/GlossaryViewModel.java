package dev.gloss.app.glossary;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.article.SectionMark;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.AutoTerm;
import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Glossary;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.glossary.Lookup;
import dev.gloss.core.glossary.Mention;
import dev.gloss.core.glossary.SectionMentions;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserDefinition;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The glossary as the window shows it: the terms A to Z filtered as the reader types, the chosen
 * term with its related terms and where the library mentions it, the candidate terms the glossary
 * lacks, and the marks of terms in the article's sections. The glossary opens in the background
 * once the library has loaded and the first article has been painted.
 */
public final class GlossaryViewModel {
    static final String GETTING_READY = "Getting the glossary ready…";
    /** Selections longer than this are passages, not words to look up. */
    static final int MAX_LOOKUP_LENGTH = 60;

    /** One section that mentions the chosen term: where it is, how often, and its first mention. */
    public record MentionRow(String articleTitle, String sectionTitle, int count, Mention first) {
        public String sectionId() {
            return first.sectionId();
        }
    }

    private final ReaderState reader;
    private final Background background;
    private final Path dataDir;
    private GlossaryService service;
    private String pendingChoice;
    private boolean opened;

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", GETTING_READY);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Term> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObservableList<Term> related = FXCollections.observableArrayList();
    private final ObservableList<MentionRow> mentions = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final BooleanProperty showingCandidates = new SimpleBooleanProperty(this, "showingCandidates");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Mention> requestedPassage = new ReadOnlyObjectWrapper<>(this, "requestedPassage");
    private Consumer<String> searchFallback;
    /** Read-only views, held here: each listens to its list only weakly. */
    private final ObservableList<Term> termsView = FXCollections.unmodifiableObservableList(terms);
    private final ObservableList<Term> relatedView = FXCollections.unmodifiableObservableList(related);
    private final ObservableList<MentionRow> mentionsView = FXCollections.unmodifiableObservableList(mentions);
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);

    public GlossaryViewModel(ReaderState reader, Background background, Path dataDir) {
        this.reader = reader;
        this.background = background;
        this.dataDir = dataDir;
        filter.addListener((obs, o, text) -> refilter());
        reader.requestedTermProperty().addListener((obs, o, termId) -> {
            if (termId != null) {
                choose(termId);
            }
        });
        // Matching every term against the library is heavy: it waits until the first article is painted.
        reader.whenReady(this::open);
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
        background.run(() -> GlossaryService.open(library, dataDir, before), opened -> {
            if (service == null) {
                StartupProbe.mark("GLOSS_GLOSSARY_READY");
            }
            service = opened;
            if (!opened.warnings().isEmpty()) {
                reader.tell(String.join(" ", opened.warnings()));
            }
            status.set("");
            ready.set(true);
            refresh();
            if (pendingChoice != null) {
                String id = pendingChoice;
                pendingChoice = null;
                choose(id);
            }
        }, error -> status.set("The glossary could not be loaded: " + error.getMessage()));
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
    private void refresh() {
        refilter();
        candidates.setAll(service.candidates());
        Term current = chosen.get();
        if (current != null) {
            chosen.set(null);
            service.glossary().term(current.id()).ifPresent(this::show);
        }
        revision.set(revision.get() + 1);
    }

    private void refilter() {
        if (service != null) {
            terms.setAll(service.glossary().filter(filter.get() == null ? "" : filter.get()));
        }
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
            if (!terms.contains(term)) {
                filter.set("");
            }
            showingCandidates.set(false);
            show(term);
        });
    }

    private void show(Term term) {
        Glossary glossary = service.glossary();
        Library library = reader.libraryProperty().get();
        related.setAll(glossary.related(term));
        List<MentionRow> rows = new ArrayList<>();
        for (SectionMentions s : service.mentions().of(term.id()).sections()) {
            String article = library.article(s.articleId()).map(Article::title).orElse("");
            String section = library.section(s.sectionId()).map(GlossaryViewModel::sectionTitle).orElse("");
            rows.add(new MentionRow(article, section, s.count(), s.mentions().get(0)));
        }
        mentions.setAll(rows);
        chosen.set(term);
    }

    static String sectionTitle(Section s) {
        return s.displayTitle();
    }

    /** Opens the section of a mention and asks the article to select the term there. */
    public void openMention(MentionRow row) {
        reader.openSection(row.sectionId());
        requestedPassage.set(null);
        requestedPassage.set(row.first());
    }

    /** Shows a term in the glossary panel, bringing the panel forward ("Open in glossary"). */
    public void showInPanel(String termId) {
        reader.showTerm(termId);
    }

    /** The term a mark in the article stands for. */
    public Optional<Term> term(String termId) {
        return service == null ? Optional.empty() : service.glossary().term(termId);
    }

    /**
     * Marks for the article, as dense as the reading settings say: by default the first mention of
     * each term in a section (marking every mention would underline "vitamin K2" and "calcium" in
     * nearly every line of a library about them), or every mention, or none.
     */
    public List<SectionMark> marksOf(String sectionId) {
        dev.gloss.core.settings.TermMarks density = reader.readingProperty().get().termMarks();
        if (service == null || density == dev.gloss.core.settings.TermMarks.NONE) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<SectionMark> marks = new ArrayList<>();
        for (Mention m : service.mentions().inSection(sectionId)) {
            if (density == dev.gloss.core.settings.TermMarks.EVERY || seen.add(m.termId())) {
                marks.add(new SectionMark(m.start(), m.end(), m.termId()));
            }
        }
        return marks;
    }

    /** The reading settings, whose density of marks {@link #marksOf} follows. */
    public javafx.beans.value.ObservableValue<dev.gloss.core.settings.ReadingSettings> readingSettings() {
        return reader.readingProperty();
    }

    /** Whether a selection is something to look up: a word or phrase on one line. */
    public static boolean canLookUp(String text) {
        String t = text == null ? "" : text.strip();
        return !t.isEmpty() && t.length() <= MAX_LOOKUP_LENGTH && t.indexOf('\n') < 0;
    }

    /**
     * Looks up a word or phrase from the article: shows its glossary entry when the glossary has
     * the term, one of its aliases, or a near miss of one; otherwise hands the text to the library
     * search, when there is one.
     */
    /**
     * Look Up of a selection in the article: the term whose mention there holds the selection comes
     * first ("vitamin" selected inside "vitamin K2" is vitamin K2), then the words themselves.
     */
    public void lookUp(String text, Optional<String> sectionId, Optional<SectionMark> selection) {
        if (service != null && sectionId.isPresent() && selection.isPresent()) {
            SectionMark at = selection.get();
            for (Mention m : service.mentions().inSection(sectionId.get())) {
                if (m.start() <= at.start() && at.end() <= m.end()) {
                    showInPanel(m.termId());
                    return;
                }
            }
        }
        lookUp(text);
    }

    public void lookUp(String text) {
        String query = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (query.isEmpty()) {
            reader.tell("Select a word or phrase to look up.");
            return;
        }
        if (service == null) {
            reader.tell("The glossary is still getting ready; try again in a moment.");
            return;
        }
        Optional<Lookup> found = service.glossary().find(query)
                .filter(l -> l.isExact() || l.kind() == Lookup.Kind.TYPO);
        if (found.isPresent()) {
            showInPanel(found.get().term().id());
        } else if (searchFallback != null) {
            searchFallback.accept(query);
        } else {
            reader.tell("No glossary entry for “" + query + "”.");
        }
    }

    /** Where "Look up" goes when the glossary has no entry: the library search, once there is one. */
    public void setSearchFallback(Consumer<String> fallback) {
        this.searchFallback = fallback;
    }

    /** The sentence quoted from the library as an automatic term's definition, if one was mined. */
    public Optional<AutoTerm.Quote> quoteOf(Term term) {
        return service == null || term == null || !term.isAuto() ? Optional.empty() : service.quote(term.id());
    }

    /** Where a quote is from, as the reader knows it: "Article › Section". */
    public String quoteSource(AutoTerm.Quote q) {
        Library library = reader.libraryProperty().get();
        String article = library == null ? "" : library.articleOf(q.sectionId()).map(Article::title).orElse("");
        String section = library == null ? "" : library.section(q.sectionId()).filter(Section::hasVisibleTitle)
                .map(Section::title).orElse("");
        return section.isEmpty() ? article : article + " › " + section;
    }

    /** Opens the section a term's quote is from, with the quoted sentence selected. */
    public void openQuote(Term term) {
        quoteOf(term).ifPresent(q -> {
            reader.openSection(q.sectionId());
            Mention passage = new Mention(term.id(), q.sectionId().split("/", 2)[0], q.sectionId(), q.start(),
                    q.start() + q.text().length(), q.text(), q.text(), q.start());
            requestedPassage.set(null);
            requestedPassage.set(passage);
        });
    }

    /** "Quoted from “Article”, section “Section”.": the explanation a quote starts the reader's definition with. */
    public String quotedFrom(AutoTerm.Quote q) {
        return service == null ? "" : service.quotedFrom(q);
    }

    /** Tells the reader something in the status bar. */
    public void tell(String message) {
        reader.tell(message);
    }

    /** The line a popover shows under an automatic term's name; null for the glossary's own terms. */
    public String popoverNote(Term term) {
        if (term == null || !term.isAuto()) {
            return null;
        }
        return quoteOf(term).map(q -> "From your articles: " + quoteSource(q))
                .orElse("Found in your articles; none of them defines it.");
    }

    /**
     * Makes an automatic term the reader's own, with its quoted definition; it can be edited
     * afterwards like any of theirs. {@code onError} gets a sentence to show when it cannot be.
     */
    public void accept(String termId, Consumer<String> onError) {
        if (service == null) {
            return;
        }
        GlossaryService target = service;
        background.run(() -> target.accept(termId), saved -> {
            refresh();
            choose(saved.id());
            reader.tell("“" + saved.term() + "” is in your glossary now, with the definition quoted from your articles.");
        }, error -> onError.accept(messageOf(error)));
    }

    /** Dismisses an automatic term: it is no longer shown or marked, now or after a restart. */
    public void dismiss(String termId) {
        if (service == null) {
            return;
        }
        GlossaryService target = service;
        String name = target.glossary().term(termId).map(Term::term).orElse("");
        background.run(() -> target.dismiss(termId), done -> {
            refresh();
            reader.tell("“" + name + "” will not be suggested again.");
        }, error -> reader.tell(messageOf(error)));
    }

    /** "MK-7, menaquinone 7 ,," as ["MK-7", "menaquinone 7"]. */
    static List<String> aliases(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /**
     * Saves the reader's definition of a term in their overlay. On success the term is in the
     * list, chosen and marked in the text; otherwise {@code onError} gets a sentence to show.
     */
    public void define(String term, String aliases, String definition, String explanation, Runnable onSaved,
                       Consumer<String> onError) {
        if (service == null) {
            onError.accept("The glossary is still getting ready; try again in a moment.");
            return;
        }
        GlossaryService target = service;
        UserDefinition d = new UserDefinition(term, aliases(aliases), definition,
                explanation == null ? "" : explanation.strip(), List.of(), "");
        background.run(() -> target.define(d), saved -> {
            refresh();
            filter.set("");
            choose(saved.id());
            reader.tell("“" + saved.term() + "” is in your glossary now.");
            onSaved.run();
        }, error -> onError.accept(messageOf(error)));
    }

    private static String messageOf(Throwable error) {
        if (error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        if (error instanceof IOException) {
            return "Your definition could not be saved: " + error.getMessage();
        }
        return "Your definition could not be saved (" + error + ").";
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "Getting the glossary ready…" while it loads, why it failed if it did, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the reader typed into the filter field. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The terms that match the filter: all of them A to Z when it is empty. */
    public ObservableList<Term> terms() {
        return termsView;
    }

    public ReadOnlyObjectProperty<Term> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ObservableList<Term> related() {
        return relatedView;
    }

    public ObservableList<MentionRow> mentions() {
        return mentionsView;
    }

    /** Words and phrases of the library that look like terms but have no entry, most frequent first. */
    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }

    /** Whether the panel shows the candidate terms instead of the chosen term. */
    public BooleanProperty showingCandidatesProperty() {
        return showingCandidates;
    }

    /** Goes up by one each time the glossary opens or changes, so the article marks its terms anew. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** A mention the reader chose in the panel, for the article to select. */
    public ReadOnlyObjectProperty<Mention> requestedPassageProperty() {
        return requestedPassage.getReadOnlyProperty();
    }

    public BooleanProperty markingProperty() {
        return reader.glossaryMarkingProperty();
    }
}
