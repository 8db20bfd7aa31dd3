package dev.gloss.app.search;

import dev.gloss.core.search.Snippet;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The search results over the sidebar: article, section and a snippet with the matched words in bold. */
public final class SearchPanelController {
    private final SearchViewModel model;
    @FXML private VBox searchPanel;
    @FXML private ChoiceBox<ScopeChoice> scopeChoice;
    @FXML private ChoiceBox<SearchViewModel.Order> orderChoice;
    @FXML private javafx.scene.layout.HBox orderRow;
    @FXML private FlowPane completionRow;
    @FXML private Label searchStatus;
    @FXML private Hyperlink didYouMean;
    @FXML private ListView<ResultRow> resultList;

    public SearchPanelController(SearchViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        scopeChoice.setItems(model.scopes());
        scopeChoice.valueProperty().bindBidirectional(model.scopeProperty());
        searchStatus.textProperty().bind(model.statusProperty());
        orderChoice.getItems().setAll(SearchViewModel.Order.values());
        orderChoice.valueProperty().bindBidirectional(model.orderProperty());
        orderRow.visibleProperty().bind(model.datesKnownProperty());
        orderRow.managedProperty().bind(orderRow.visibleProperty());
        model.completions().addListener((javafx.collections.ListChangeListener<String>) c -> showCompletions());
        completionRow.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.completions()));
        completionRow.managedProperty().bind(completionRow.visibleProperty());
        didYouMean.textProperty().bind(Bindings.concat("Did you mean “", model.didYouMeanProperty(), "”?"));
        didYouMean.visibleProperty().bind(model.didYouMeanProperty().isNotEmpty());
        didYouMean.managedProperty().bind(didYouMean.visibleProperty());
        didYouMean.setOnAction(e -> model.acceptSuggestion());
        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new ResultCell());
        resultList.setOnMouseClicked(e -> openSelected());
        resultList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        model.results().addListener((javafx.collections.ListChangeListener<ResultRow>) c -> {
            if (!model.results().isEmpty()) {
                resultList.getSelectionModel().select(model.results().get(0).isDivider() ? 1 : 0);
                resultList.scrollTo(0);
            }
        });
        searchPanel.visibleProperty().bind(model.queryProperty().isNotEmpty());
    }

    /** Whether the keyboard focus is in the results panel. */
    public boolean hasFocus() {
        for (javafx.scene.Node n = searchPanel.getScene() == null ? null : searchPanel.getScene().getFocusOwner();
             n != null; n = n.getParent()) {
            if (n == searchPanel) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void onClose() {
        model.clear();
    }

    /** Up and Down in the search field move through the results. */
    public void move(int step) {
        int size = model.results().size();
        if (size == 0) {
            return;
        }
        int at = resultList.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at + step));
        if (model.results().get(next).isDivider()) {
            // The divider is passed over, as if it were not a row.
            int beyond = next + Integer.signum(step);
            next = beyond >= 0 && beyond < size ? beyond : at;
        }
        resultList.getSelectionModel().select(next);
        resultList.scrollTo(Math.max(0, next - 2));
    }

    /** Enter: opens the chosen result, or the first. */
    public boolean openSelected() {
        ResultRow row = resultList.getSelectionModel().getSelectedItem();
        if (row != null && row.isDivider()) {
            return false;
        }
        if (row == null) {
            row = model.results().stream().filter(r -> !r.isDivider()).findFirst().orElse(null);
        }
        if (row == null) {
            return false;
        }
        model.open(row);
        return true;
    }

    /** The completions as links: a click puts one in the field. */
    private void showCompletions() {
        completionRow.getChildren().clear();
        for (String c : model.completions()) {
            Hyperlink link = new Hyperlink(c);
            link.getStyleClass().add("search-completion");
            link.setAccessibleText("Complete to " + c);
            link.setOnAction(e -> model.acceptCompletion(c));
            completionRow.getChildren().add(link);
        }
    }

    /** Tab in the field: the first completion, if there is one. */
    public boolean acceptFirstCompletion() {
        if (model.completions().isEmpty()) {
            return false;
        }
        model.acceptCompletion(model.completions().get(0));
        return true;
    }

    private static final class ResultCell extends ListCell<ResultRow> {
        private final Label where = new Label();
        private final Label article = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, where, article, snippet);
        private final Label divider = new Label();

        ResultCell() {
            setPrefWidth(0);
            where.getStyleClass().add("result-where");
            article.getStyleClass().add("result-article");
            snippet.getStyleClass().add("result-snippet");
            box.getStyleClass().add("result");
            divider.getStyleClass().add("result-divider");
            divider.setMaxWidth(Double.MAX_VALUE);
        }

        /** A result's height is its lines' at the width it has: a label's own sizing guessed too few. */
        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getWidth();
            if (getGraphic() != box || w <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(w - snappedLeftInset() - snappedRightInset()) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                setDisable(false);
                getStyleClass().remove("divider-cell");
                return;
            }
            getStyleClass().remove("divider-cell");
            if (row.isDivider()) {
                divider.setText(row.heading());
                setGraphic(divider);
                getStyleClass().add("divider-cell");
                setDisable(true);
                setAccessibleText(row.heading());
                return;
            }
            setDisable(false);
            where.setText(row.sectionTitle());
            article.setText(row.articleTitle());
            snippet.getChildren().clear();
            StringBuilder plain = new StringBuilder();
            for (Snippet.Part part : row.snippet()) {
                Text t = new Text(part.text());
                t.getStyleClass().add(part.matched() ? "snippet-match" : "snippet-text");
                snippet.getChildren().add(t);
                plain.append(part.text());
            }
            setGraphic(box);
            setAccessibleText("Result: " + row.sectionTitle() + ", in " + row.articleTitle() + ". " + plain);
        }
    }
}
