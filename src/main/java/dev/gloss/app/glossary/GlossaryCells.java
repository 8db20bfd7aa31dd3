package dev.gloss.app.glossary;

import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Mention;
import dev.gloss.core.glossary.Term;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.function.Consumer;

/** The rows of the glossary panel's lists: terms, the sections that mention one, and candidate terms. */
final class GlossaryCells {
    private GlossaryCells() {
    }

    /** Clicks (one or two), Enter or Space on a row of the list run the action for the selected row. */
    static <T> void onActivate(ListView<T> list, int clicks, Consumer<T> action) {
        list.setOnMouseClicked(e -> {
            T row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == clicks && row != null) {
                action.accept(row);
            }
        });
        list.setOnKeyPressed(e -> {
            T row = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && row != null) {
                action.accept(row);
                e.consume();
            }
        });
    }

    /** A link to a related term, which chooses it. */
    static Hyperlink relatedLink(Term term, Runnable choose) {
        Hyperlink link = new Hyperlink(term.term());
        link.getStyleClass().add("glossary-related-link");
        link.setAccessibleText("Related term: " + term.term());
        link.setOnAction(e -> choose.run());
        return link;
    }

    /** A term with its aliases beside it, muted, so that abbreviations can be scanned too. */
    static final class TermCell extends ListCell<Term> {
        private final Label name = new Label();
        private final Label aliases = new Label();
        private final Label yours = new Label("yours");
        private final Label found = new Label("found");
        private final HBox box = new HBox(8, name, aliases, yours, found);

        TermCell() {
            setPrefWidth(0);
            name.setMinWidth(Region.USE_PREF_SIZE);
            aliases.getStyleClass().add("glossary-cell-aliases");
            aliases.setMinWidth(0);
            HBox.setHgrow(aliases, Priority.ALWAYS);
            aliases.setMaxWidth(Double.MAX_VALUE);
            yours.getStyleClass().add("glossary-user-badge");
            yours.setMinWidth(Region.USE_PREF_SIZE);
            found.getStyleClass().add("glossary-auto-badge");
            found.setMinWidth(Region.USE_PREF_SIZE);
            // The aliases, smaller, stand on the name's line, not above or below it.
            box.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        }

        @Override
        protected void updateItem(Term term, boolean empty) {
            super.updateItem(term, empty);
            if (empty || term == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(term.term());
            aliases.setText(String.join(", ", term.aliases()));
            yours.setVisible(term.isUserDefined());
            yours.setManaged(term.isUserDefined());
            found.setVisible(term.isAuto());
            found.setManaged(term.isAuto());
            setGraphic(box);
            setAccessibleText("Term: " + term.term() + (term.aliases().isEmpty() ? ""
                    : ", also " + String.join(", ", term.aliases())) + (term.isUserDefined() ? ", your definition" : "")
                    + (term.isAuto() ? ", found in your articles" : ""));
        }
    }

    /** A section that mentions the term: its title, its article, and the sentence with the term in bold. */
    static final class MentionCell extends ListCell<MentionRow> {
        private final Label section = new Label();
        private final Label count = new Label();
        private final Label article = new Label();
        private final Text before = new Text();
        private final Text term = new Text();
        private final Text after = new Text();
        private final TextFlow sentence = new TextFlow(before, term, after);
        private final VBox box;

        MentionCell() {
            setPrefWidth(0);
            section.getStyleClass().add("glossary-mention-section");
            section.setMinWidth(0);
            count.getStyleClass().add("glossary-mention-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(section, Priority.ALWAYS);
            section.setMaxWidth(Double.MAX_VALUE);
            article.getStyleClass().add("glossary-mention-article");
            article.setMinWidth(0);
            sentence.getStyleClass().add("glossary-mention-sentence");
            before.getStyleClass().add("glossary-sentence-text");
            after.getStyleClass().add("glossary-sentence-text");
            term.getStyleClass().addAll("glossary-sentence-text", "glossary-sentence-term");
            box = new VBox(1, new HBox(6, section, count), article, sentence);
            box.setMinWidth(0);
            // The sentence wraps within the cell, however wide the sidebar is.
            sentence.prefWidthProperty().bind(widthProperty().subtract(24));
            sentence.setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(MentionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Mention m = row.first();
            section.setText(row.sectionTitle());
            count.setText(row.count() == 1 ? "" : row.count() + "×");
            article.setText(row.articleTitle());
            String s = m.sentence().strip().isEmpty() ? m.text() : m.sentence();
            int from = Math.max(0, Math.min(s.length(), m.startInSentence()));
            int to = Math.max(from, Math.min(s.length(), m.endInSentence()));
            before.setText(s.substring(0, from));
            term.setText(s.substring(from, to));
            after.setText(s.substring(to));
            setGraphic(box);
            setAccessibleText("Mentioned in " + row.sectionTitle() + ", in " + row.articleTitle()
                    + (row.count() == 1 ? "" : ", " + row.count() + " times") + ": " + s);
        }
    }

    /** A word the glossary lacks, with how often the library uses it. */
    static final class CandidateCell extends ListCell<Candidate> {
        private final Label text = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(8, text, count);

        CandidateCell() {
            setPrefWidth(0);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().add("glossary-mention-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Candidate c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            text.setText(c.text());
            count.setText(c.count() + "×");
            setGraphic(box);
            setAccessibleText("Suggested term: " + c.text() + ", used " + c.count()
                    + (c.count() == 1 ? " time" : " times") + " in " + c.sectionIds().size()
                    + (c.sectionIds().size() == 1 ? " section" : " sections"));
        }
    }
}
