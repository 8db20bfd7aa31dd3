package dev.gloss.app.glossary;

import dev.gloss.app.reader.Requests;
import dev.gloss.core.glossary.AutoTerm;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.glossary.Mention;
import dev.gloss.core.glossary.SectionMentions;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chosen term's entry as the panel shows it: its name, other names, definition (or, for a term
 * found in the articles, the sentence quoted as one) and explanation, its related terms, and the
 * sections of the library that mention it, which open with the mention selected.
 */
public final class TermEntryViewModel {
    private final GlossaryViewModel glossary;
    private final ReadOnlyObjectWrapper<Term> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObservableList<Term> related = FXCollections.observableArrayList();
    private final ObservableList<MentionRow> mentions = FXCollections.observableArrayList();
    /** Read-only views, held here: each listens to its list only weakly. */
    private final ObservableList<Term> relatedView = FXCollections.unmodifiableObservableList(related);
    private final ObservableList<MentionRow> mentionsView = FXCollections.unmodifiableObservableList(mentions);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper aliases = new ReadOnlyStringWrapper(this, "aliases", "");
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper(this, "definition", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper quoteSource = new ReadOnlyStringWrapper(this, "quoteSource", "");
    private final ReadOnlyStringWrapper mentionsHeading = new ReadOnlyStringWrapper(this, "mentionsHeading", "");
    private final ReadOnlyBooleanWrapper auto = new ReadOnlyBooleanWrapper(this, "auto");
    private final ReadOnlyBooleanWrapper quoted = new ReadOnlyBooleanWrapper(this, "quoted");
    private final ReadOnlyBooleanWrapper undefined = new ReadOnlyBooleanWrapper(this, "undefined");
    private final ReadOnlyBooleanWrapper mentioned = new ReadOnlyBooleanWrapper(this, "mentioned");
    private final Requests<Term> shown = new Requests<>();
    private final Requests<Mention> passages = new Requests<>();
    private Optional<AutoTerm.Quote> quote = Optional.empty();

    TermEntryViewModel(GlossaryViewModel glossary) {
        this.glossary = glossary;
    }

    /** Shows a term of the open glossary: its entry, related terms and mentions. */
    void show(Term term, GlossaryService service) {
        Library library = glossary.library();
        related.setAll(service.glossary().related(term));
        List<MentionRow> rows = new ArrayList<>();
        for (SectionMentions s : service.mentions().of(term.id()).sections()) {
            String article = library.article(s.articleId()).map(Article::title).orElse("");
            String section = library.section(s.sectionId()).map(Section::displayTitle).orElse("");
            rows.add(new MentionRow(article, section, s.count(), s.mentions().get(0)));
        }
        mentions.setAll(rows);
        quote = glossary.quoteOf(term);
        name.set(term.term());
        aliases.set(term.aliases().isEmpty() ? "" : "Also: " + String.join(", ", term.aliases()));
        definition.set(!term.isAuto() ? term.definition() : quote.map(q -> "“" + q.text() + "”")
                .orElse("None of your articles defines it in so many words; its mentions are below."));
        explanation.set(term.explanation());
        quoteSource.set(quote.map(q -> "From your articles: " + glossary.quoteSource(q)).orElse(""));
        auto.set(term.isAuto());
        quoted.set(quote.isPresent());
        undefined.set(term.isAuto() && quote.isEmpty());
        int sections = rows.size();
        int total = rows.stream().mapToInt(MentionRow::count).sum();
        mentionsHeading.set(sections == 0 ? "Not mentioned in the library"
                : "Mentioned in " + sections + (sections == 1 ? " section" : " sections")
                + (total > sections ? " (" + total + " times)" : ""));
        mentioned.set(sections > 0);
        chosen.set(term);
        shown.send(term);
    }

    /** Shows the chosen term anew from a glossary that changed, or nothing if it is no longer there. */
    void showAgain(GlossaryService service) {
        Term current = chosen.get();
        if (current != null) {
            service.glossary().term(current.id()).ifPresentOrElse(term -> show(term, service), this::clear);
        }
    }

    private void clear() {
        chosen.set(null);
        related.clear();
        mentions.clear();
        quote = Optional.empty();
        auto.set(false);
        quoted.set(false);
        undefined.set(false);
    }

    /** Opens the section of a mention and asks the article to select the term there. */
    public void openMention(MentionRow row) {
        glossary.reader().openSection(row.sectionId());
        passages.send(row.first());
    }

    /** Opens the section the chosen term's quote is from, with the quoted sentence selected. */
    public void openQuote() {
        Term term = chosen.get();
        if (term == null) {
            return;
        }
        quote.ifPresent(q -> {
            glossary.reader().openSection(q.sectionId());
            passages.send(new Mention(term.id(), q.sectionId().split("/", 2)[0], q.sectionId(), q.start(),
                    q.start() + q.text().length(), q.text(), q.text(), q.start()));
        });
    }

    public ReadOnlyObjectProperty<Term> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Each term shown, also the same term again after the glossary changed: the panel shows its entry from the top. */
    public Requests<Term> shown() {
        return shown;
    }

    /** The mentions and quotes the reader chose to read, for the article to select. */
    public Requests<Mention> requestedPassages() {
        return passages;
    }

    public ObservableList<Term> related() {
        return relatedView;
    }

    public ObservableList<MentionRow> mentions() {
        return mentionsView;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    /** "Also: MGP", or empty for a term known by one name. */
    public ReadOnlyStringProperty aliasesProperty() {
        return aliases.getReadOnlyProperty();
    }

    public String getAliases() {
        return aliases.get();
    }

    /** The definition, or for a term found in the articles the sentence quoted as one, in quotation marks. */
    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    public String getDefinition() {
        return definition.get();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public String getExplanation() {
        return explanation.get();
    }

    /** "From your articles: Article › Section", where a quoted definition is from; empty without a quote. */
    public ReadOnlyStringProperty quoteSourceProperty() {
        return quoteSource.getReadOnlyProperty();
    }

    public String getQuoteSource() {
        return quoteSource.get();
    }

    /** "Mentioned in 3 sections (7 times)", or that the library does not mention it. */
    public ReadOnlyStringProperty mentionsHeadingProperty() {
        return mentionsHeading.getReadOnlyProperty();
    }

    public String getMentionsHeading() {
        return mentionsHeading.get();
    }

    /** Whether the term was found in the articles (not the glossary's, nor the reader's own). */
    public ReadOnlyBooleanProperty autoProperty() {
        return auto.getReadOnlyProperty();
    }

    public boolean isAuto() {
        return auto.get();
    }

    /** Whether the definition is a sentence quoted from an article, which Accept makes the reader's. */
    public ReadOnlyBooleanProperty quotedProperty() {
        return quoted.getReadOnlyProperty();
    }

    public boolean isQuoted() {
        return quoted.get();
    }

    /** Whether the term was found in the articles, none of which defines it. */
    public ReadOnlyBooleanProperty undefinedProperty() {
        return undefined.getReadOnlyProperty();
    }

    public boolean isUndefined() {
        return undefined.get();
    }

    /** Whether any section of the library mentions the term. */
    public ReadOnlyBooleanProperty mentionedProperty() {
        return mentioned.getReadOnlyProperty();
    }

    public boolean isMentioned() {
        return mentioned.get();
    }
}
