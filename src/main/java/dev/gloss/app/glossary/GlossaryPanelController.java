package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The Glossary view of the sidebar: a filter field over the terms A to Z, the chosen term's entry
 * with its related terms and the sections that mention it, and the terms the glossary lacks.
 */
public final class GlossaryPanelController {
    private final GlossaryViewModel model;
    private final TermEntryViewModel entry;
    private EntryLayout layout;
    private TermSelection selection;
    @FXML private TextField glossaryFilter;
    @FXML private Label glossaryStatus;
    @FXML private ListView<Term> termList;
    @FXML private VBox termDetails;
    @FXML private ScrollPane entryScroll;
    @FXML private SplitPane glossarySplit;
    @FXML private VBox entryBox;
    @FXML private Label termDefinition;
    @FXML private Hyperlink quoteLink;
    @FXML private VBox relatedBox;
    @FXML private FlowPane relatedLinks;
    @FXML private ListView<MentionRow> mentionList;
    @FXML private Label chooseHint;
    @FXML private ListView<Candidate> candidateList;
    @FXML private ToggleButton suggestButton;
    @FXML private Button defineButton;

    public GlossaryPanelController(GlossaryViewModel model) {
        this.model = model;
        this.entry = model.entry();
    }

    @FXML
    private void initialize() {
        SuggestionsViewModel suggestions = model.suggestions();
        glossaryFilter.textProperty().bindBidirectional(model.list().filterProperty());
        glossaryStatus.textProperty().bind(model.statusProperty());
        glossaryStatus.visibleProperty().bind(model.statusProperty().isNotEmpty());
        glossaryStatus.managedProperty().bind(glossaryStatus.visibleProperty());
        termList.setItems(model.list().terms());
        termList.setCellFactory(list -> new GlossaryCells.TermCell());
        mentionList.setItems(entry.mentions());
        mentionList.setCellFactory(list -> new GlossaryCells.MentionCell());
        candidateList.setItems(suggestions.candidates());
        candidateList.setCellFactory(list -> new GlossaryCells.CandidateCell());
        suggestButton.selectedProperty().bindBidirectional(suggestions.showingProperty());
        suggestButton.disableProperty().bind(model.readyProperty().not());
        defineButton.disableProperty().bind(model.readyProperty().not());
        termDetails.visibleProperty().bind(suggestions.showingProperty().not().and(entry.chosenProperty().isNotNull()));
        chooseHint.visibleProperty().bind(model.readyProperty().and(entry.chosenProperty().isNull())
                .and(suggestions.showingProperty().not()));
        relatedBox.visibleProperty().bind(Bindings.isNotEmpty(entry.related()));
        relatedBox.managedProperty().bind(relatedBox.visibleProperty());
        entry.quotedProperty().addListener((obs, o, quoted) -> styleDefinition());
        layout = new EntryLayout(glossarySplit, termList, entryScroll, entryBox, mentionList,
                () -> entry.chosenProperty().get() != null);
        glossaryFilter.textProperty().addListener((obs, o, text) -> layout.lookingForTerm());
        entry.related().addListener((ListChangeListener<Term>) c -> showRelated());
        selection = new TermSelection(termList, entry.chosenProperty(), model::choose);
        entry.shown().listen(term -> onShown());
        glossaryFilter.addEventFilter(KeyEvent.KEY_PRESSED, this::onFilterKey);
        GlossaryCells.onActivate(mentionList, 1, entry::openMention);
        GlossaryCells.onActivate(candidateList, 2, c -> onDefine());
        styleDefinition();
        showRelated();
        layout.fit();
    }

    /** Down moves into the list; Enter chooses the best match; Esc clears the filter. */
    private void onFilterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !termList.getItems().isEmpty()) {
            layout.lookingForTerm();
            termList.requestFocus();
            if (termList.getSelectionModel().isEmpty()) {
                termList.getSelectionModel().selectFirst();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && model.list().bestMatch().isPresent()) {
            model.choose(model.list().bestMatch().get().id());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !glossaryFilter.getText().isEmpty()) {
            glossaryFilter.clear();
            e.consume();
        }
    }

    /** A term's entry is shown from its top. */
    private void onShown() {
        if (!selection.picking()) {
            layout.readingEntry();
        }
        quoteLink.setVisited(false);
        mentionList.scrollTo(0);
        entryScroll.setVvalue(0);
        layout.fit();
    }

    private void styleDefinition() {
        termDefinition.getStyleClass().remove("glossary-quote");
        if (entry.quotedProperty().get()) {
            termDefinition.getStyleClass().add("glossary-quote");
        }
    }

    private void showRelated() {
        relatedLinks.getChildren().setAll(entry.related().stream()
                .map(t -> GlossaryCells.relatedLink(t, () -> model.choose(t.id()))).toList());
    }

    @FXML private void onOpenQuote() {
        entry.openQuote();
    }

    @FXML private void onAccept() {
        chosenAuto().ifPresent(term -> model.suggestions().accept(term.id(), model.reader().status()::tell));
    }

    /** Edit… starts the reader's own definition from the quote; saving it replaces the automatic term. */
    @FXML private void onEdit() {
        chosenAuto().ifPresent(term -> DefineTermDialog.show(defineButton.getScene().getWindow(),
                model.definitions(), model.definitions().draftFrom(term)));
    }

    @FXML private void onDismiss() {
        chosenAuto().ifPresent(term -> model.suggestions().dismiss(term.id()));
    }

    private Optional<Term> chosenAuto() {
        return Optional.ofNullable(entry.chosenProperty().get()).filter(Term::isAuto);
    }

    /** Flashcards…: the glossary's terms, for Anki. */
    @FXML private void onFlashcards() {
        model.reader().exportRequests().send(dev.gloss.app.reader.Export.GLOSSARY_CARDS);
    }

    @FXML private void onDefine() {
        Optional<Candidate> picked = Optional.ofNullable(candidateList.getSelectionModel().getSelectedItem())
                .filter(c -> model.suggestions().showingProperty().get());
        DefineTermDialog.show(defineButton.getScene().getWindow(), model.definitions(), model.definitions().draft(picked));
    }

    public GlossaryViewModel model() {
        return model;
    }

    /** The chosen term's entry, which the panel's layout binds to. */
    public TermEntryViewModel getEntry() {
        return entry;
    }

    /** The suggestions, which the panel's layout binds to. */
    public SuggestionsViewModel getSuggestions() {
        return model.suggestions();
    }

    /** The list of terms, which the panel's layout binds to. */
    public TermListViewModel getList() {
        return model.list();
    }

    /** Puts the keyboard in the filter field, as View > Glossary does. */
    public void focus() {
        glossaryFilter.requestFocus();
        glossaryFilter.selectAll();
    }

    /** Puts the keyboard on the chosen term, after "Open in glossary" or "Look up". */
    public void focusTerms() {
        termList.requestFocus();
    }
}
