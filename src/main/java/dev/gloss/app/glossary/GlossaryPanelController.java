package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Glossary view of the sidebar: a filter field over the terms A to Z, the chosen term's entry
 * with its related terms and the sections that mention it, and the terms the glossary lacks.
 */
public final class GlossaryPanelController {
    /** The height the entry leaves to two rows of terms, the mentions' heading and a mention (or most of one). */
    private static final double OTHERS_ROOM = 150;
    /** Of that, the room of the list of mentions: a term mentioned nowhere needs none, and its entry gets it. */
    private static final double MENTIONS_ROOM = 60;
    /** Of that, the room of the rows of terms, which a panel too short for the entry gives it (the list folds away). */
    private static final double TERMS_ROOM = 60;
    /** Whether the reader is looking for a term (typing in the filter): then the list stays, however short the panel. */
    private boolean lookingForTerm;
    private boolean choosingInList;
    private final GlossaryViewModel model;
    @FXML private TextField glossaryFilter;
    @FXML private Label glossaryStatus;
    @FXML private ListView<Term> termList;
    @FXML private VBox termDetails;
    @FXML private javafx.scene.control.ScrollPane entryScroll;
    @FXML private javafx.scene.control.SplitPane glossarySplit;
    @FXML private VBox entryBox;
    @FXML private Label termName;
    @FXML private Label termAliases;
    @FXML private Label termDefinition;
    @FXML private Label termSource;
    @FXML private Hyperlink quoteLink;
    @FXML private HBox autoActions;
    @FXML private Button acceptButton;
    @FXML private Button editButton;
    @FXML private Button dismissButton;
    @FXML private Label termExplanation;
    @FXML private VBox relatedBox;
    @FXML private FlowPane relatedLinks;
    @FXML private Label mentionsHeading;
    @FXML private ListView<GlossaryViewModel.MentionRow> mentionList;
    @FXML private Label chooseHint;
    @FXML private VBox candidatesBox;
    @FXML private ListView<Candidate> candidateList;
    @FXML private ToggleButton suggestButton;
    @FXML private Button defineButton;
    private boolean syncing;

    public GlossaryPanelController(GlossaryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        glossaryFilter.textProperty().bindBidirectional(model.filterProperty());
        glossaryStatus.textProperty().bind(model.statusProperty());
        glossaryStatus.visibleProperty().bind(model.statusProperty().isNotEmpty());
        glossaryStatus.managedProperty().bind(glossaryStatus.visibleProperty());
        termList.setItems(model.terms());
        termList.setCellFactory(list -> new GlossaryCells.TermCell());
        mentionList.setItems(model.mentions());
        mentionList.setCellFactory(list -> new GlossaryCells.MentionCell());
        candidateList.setItems(model.candidates());
        candidateList.setCellFactory(list -> new GlossaryCells.CandidateCell());
        suggestButton.selectedProperty().bindBidirectional(model.showingCandidatesProperty());
        suggestButton.disableProperty().bind(model.readyProperty().not());
        defineButton.disableProperty().bind(model.readyProperty().not());
        candidatesBox.visibleProperty().bind(model.showingCandidatesProperty());
        termDetails.visibleProperty().bind(model.showingCandidatesProperty().not()
                .and(model.chosenProperty().isNotNull()));
        // The entry is shown whole, never cut mid-line: the list of terms above gives up height for it,
        // and only the mentions below scroll. Only an entry taller than the panel can give it scrolls.
        entryScroll.widthProperty().addListener((obs, o, w) -> fitEntry());
        panel().heightProperty().addListener((obs, o, h) -> fitEntry());
        glossarySplit.setMinHeight(0);
        entryScroll.viewportBoundsProperty().addListener((obs, o, b) -> fitEntry());
        entryBox.layoutBoundsProperty().addListener((obs, o, b) -> fitEntry());
        termList.setMinHeight(TERMS_ROOM);
        // A click or a key in the list is the reader looking through the terms: the list stays.
        termList.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> lookingForTerm = true);
        termList.addEventFilter(KeyEvent.KEY_PRESSED, e -> lookingForTerm = true);
        glossaryFilter.textProperty().addListener((obs, o, text) -> {
            lookingForTerm = true;
            fitEntry();
        });
        // The list gives up height to the entry after it has scrolled to the chosen term: it scrolls
        // again at its new height, so that no row is left half under the filter.
        termList.heightProperty().addListener((obs, o, h) -> {
            int index = termList.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                termList.scrollTo(Math.max(0, index - 1));
            }
        });
        chooseHint.visibleProperty().bind(model.readyProperty().and(model.chosenProperty().isNull())
                .and(model.showingCandidatesProperty().not()));
        Label noMatch = new Label();
        noMatch.getStyleClass().add("panel-note");
        noMatch.setWrapText(true);
        noMatch.textProperty().bind(Bindings.createStringBinding(() -> model.readyProperty().get()
                ? "No term matches “" + model.filterProperty().get().strip() + "”. Define… adds your own." : "",
                model.filterProperty(), model.readyProperty()));
        termList.setPlaceholder(noMatch);
        relatedBox.visibleProperty().bind(Bindings.isNotEmpty(model.related()));
        relatedBox.managedProperty().bind(relatedBox.visibleProperty());
        model.related().addListener((ListChangeListener<Term>) c -> showRelated());
        model.chosenProperty().addListener((obs, o, term) -> showChosen(term));
        model.terms().addListener((ListChangeListener<Term>) c -> selectChosen());
        termList.getSelectionModel().selectedItemProperty().addListener((obs, o, term) -> {
            if (term != null && !syncing) {
                choosingInList = true;
                try {
                    model.choose(term.id());
                } finally {
                    choosingInList = false;
                }
            }
        });
        glossaryFilter.addEventFilter(KeyEvent.KEY_PRESSED, this::onFilterKey);
        onActivate(mentionList, 1, () -> model.openMention(mentionList.getSelectionModel().getSelectedItem()));
        onActivate(candidateList, 2, this::onDefine);
        showChosen(model.chosenProperty().get());
    }

    /** Clicks (one or two), Enter or Space on a row of the list run the action for the selected row. */
    private static void onActivate(ListView<?> list, int clicks, Runnable action) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == clicks
                    && list.getSelectionModel().getSelectedItem() != null) {
                action.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)
                    && list.getSelectionModel().getSelectedItem() != null) {
                action.run();
                e.consume();
            }
        });
    }

    /** Down moves into the list; Enter chooses the best match. */
    private void onFilterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !termList.getItems().isEmpty()) {
            lookingForTerm = true;
            fitEntry();
            termList.requestFocus();
            if (termList.getSelectionModel().isEmpty()) {
                termList.getSelectionModel().selectFirst();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !termList.getItems().isEmpty()) {
            model.choose(termList.getItems().get(0).id());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !glossaryFilter.getText().isEmpty()) {
            glossaryFilter.clear();
            e.consume();
        }
    }

    private void showChosen(Term term) {
        if (!choosingInList) {
            // A term shown from elsewhere (the article, a related term, a link) is there to be read.
            lookingForTerm = false;
        }
        selectChosen();
        termName.setText(term == null ? "" : term.term());
        termAliases.setText(term == null || term.aliases().isEmpty() ? "" : "Also: " + String.join(", ", term.aliases()));
        termAliases.setManaged(!termAliases.getText().isEmpty());
        boolean auto = term != null && term.isAuto();
        var quote = auto ? model.quoteOf(term) : java.util.Optional.<dev.gloss.core.glossary.AutoTerm.Quote>empty();
        termDefinition.setText(term == null ? "" : !auto ? term.definition()
                : quote.map(q -> "“" + q.text() + "”").orElse("None of your articles defines it in so many words; "
                + "its mentions are below."));
        termDefinition.getStyleClass().remove("glossary-quote");
        if (quote.isPresent()) {
            termDefinition.getStyleClass().add("glossary-quote");
        }
        showIf(termSource, auto && quote.isEmpty());
        showIf(autoActions, auto);
        showIf(quoteLink, quote.isPresent());
        quoteLink.setText(quote.map(q -> "From your articles: " + model.quoteSource(q)).orElse(""));
        quoteLink.setAccessibleText(quoteLink.getText());
        quoteLink.setVisited(false);
        acceptButton.setDisable(quote.isEmpty());
        termExplanation.setText(term == null ? "" : term.explanation());
        termExplanation.setManaged(!termExplanation.getText().isEmpty());
        int sections = model.mentions().size();
        int total = model.mentions().stream().mapToInt(GlossaryViewModel.MentionRow::count).sum();
        mentionsHeading.setText(sections == 0 ? "Not mentioned in the library"
                : "Mentioned in " + sections + (sections == 1 ? " section" : " sections")
                + (total > sections ? " (" + total + " times)" : ""));
        showIf(mentionList, sections > 0);
        mentionList.scrollTo(0);
        entryScroll.setVvalue(0);
        fitEntry();
    }

    /** The entry asks for its whole height; the pane's maximum decides whether it scrolls. */
    private javafx.scene.layout.Region panel() {
        return (javafx.scene.layout.Region) glossarySplit.getParent();
    }

    private void fitEntry() {
        double width = entryScroll.getViewportBounds().getWidth() > 0 ? entryScroll.getViewportBounds().getWidth()
                : entryScroll.getWidth();
        double whole = Math.ceil(entryBox.prefHeight(width));
        // The panel's height less its filter, status and buttons is the split's: the entry takes what
        // that leaves after the rows of terms and a mention, so the buttons below are never pushed out.
        double others = 0;
        for (javafx.scene.Node n : panel().getChildrenUnmodifiable()) {
            if (n != glossarySplit && n.isManaged()) {
                others += n.prefHeight(panel().getWidth());
            }
        }
        double most = Math.max(120, panel().getHeight() - others - OTHERS_ROOM
                + (mentionList.isManaged() ? 0 : MENTIONS_ROOM));
        // A panel too short for the whole entry (a small window) folds the list of terms away while
        // the entry is read, rather than cut it mid-line; typing in the filter, Down from it, or the
        // divider brings the list back. A term chosen in the list keeps the list.
        boolean fold = whole > most && !lookingForTerm && model.chosenProperty().get() != null;
        if (fold) {
            most += TERMS_ROOM;
        }
        termList.setMinHeight(fold ? 0 : TERMS_ROOM);
        if (fold && glossarySplit.getDividerPositions().length > 0 && glossarySplit.getDividerPositions()[0] > 0) {
            glossarySplit.setDividerPositions(0);
        } else if (!fold && glossarySplit.getDividerPositions().length > 0 && glossarySplit.getDividerPositions()[0] == 0) {
            glossarySplit.setDividerPositions(0.3);
        }
        entryScroll.setPrefViewportHeight(whole);
        entryScroll.setMinHeight(Math.min(whole, most));
        entryScroll.setMaxHeight(Math.min(whole, most));
    }

    private void selectChosen() {
        Term term = model.chosenProperty().get();
        syncing = true;
        try {
            if (term == null) {
                termList.getSelectionModel().clearSelection();
            } else {
                termList.getSelectionModel().select(term);
                int index = termList.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    // After the next layout, when the list knows its height (it may have just been shown).
                    Platform.runLater(() -> termList.scrollTo(Math.max(0, index - 1)));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void showRelated() {
        relatedLinks.getChildren().setAll(model.related().stream().map(t -> {
            Hyperlink link = new Hyperlink(t.term());
            link.getStyleClass().add("glossary-related-link");
            link.setAccessibleText("Related term: " + t.term());
            link.setOnAction(e -> model.choose(t.id()));
            return link;
        }).toList());
    }

    private static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML private void onOpenQuote() {
        Term term = model.chosenProperty().get();
        if (term != null) {
            model.openQuote(term);
        }
    }

    @FXML private void onAccept() {
        Term term = model.chosenProperty().get();
        if (term != null && term.isAuto()) {
            model.accept(term.id(), message -> model.tell(message));
        }
    }

    /** Edit… starts the reader's own definition from the quote; saving it replaces the automatic term. */
    @FXML private void onEdit() {
        Term term = model.chosenProperty().get();
        if (term == null || !term.isAuto()) {
            return;
        }
        var quote = model.quoteOf(term);
        DefineTermDialog.show(editButton.getScene().getWindow(), model, term.term(), String.join(", ", term.aliases()),
                quote.map(q -> q.text()).orElse(""), quote.map(model::quotedFrom).orElse(""));
    }

    @FXML private void onDismiss() {
        Term term = model.chosenProperty().get();
        if (term != null && term.isAuto()) {
            model.dismiss(term.id());
        }
    }

    /** Flashcards…: the glossary's terms, for Anki. */
    @FXML
    private void onFlashcards() {
        dev.gloss.app.export.ExportActions.of(glossaryFilter.getScene()).ifPresent(a -> a.exportFlashcards(
                glossaryFilter.getScene().getWindow(), dev.gloss.app.export.ExportActions.Cards.GLOSSARY));
    }

    @FXML private void onDefine() {
        Candidate c = model.showingCandidatesProperty().get() ? candidateList.getSelectionModel().getSelectedItem() : null;
        String start = c != null ? c.text() : termList.getItems().isEmpty() ? glossaryFilter.getText().strip() : "";
        DefineTermDialog.show(defineButton.getScene().getWindow(), model, start);
    }

    public GlossaryViewModel model() {
        return model;
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
