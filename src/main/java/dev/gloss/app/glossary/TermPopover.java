package dev.gloss.app.glossary;

import org.controlsfx.control.PopOver;
import dev.gloss.core.glossary.Term;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The popover a marked term opens in the article: the term, its one-sentence definition and a link
 * to its entry in the glossary. Esc or a click elsewhere closes it.
 */
final class TermPopover {
    /** Room the popover needs below a term; with less, it opens above. */
    private static final double ROOM_BELOW = 180;

    private final Label name = new Label();
    private final Label definition = new Label();
    private final Label note = new Label();
    private final Hyperlink open = new Hyperlink("Open in glossary");
    private final PopOver popover;
    private Term shown;

    TermPopover(Consumer<String> openInGlossary) {
        name.getStyleClass().add("term-popover-name");
        definition.getStyleClass().add("term-popover-definition");
        definition.setWrapText(true);
        definition.setMinHeight(Label.USE_PREF_SIZE);
        open.getStyleClass().add("term-popover-open");
        open.setAccessibleText("Open in glossary");
        open.setOnAction(e -> {
            Term term = shown;
            hide();
            if (term != null) {
                openInGlossary.accept(term.id());
            }
        });
        note.getStyleClass().add("term-popover-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(4, name, definition, note, open);
        content.getStyleClass().add("term-popover");
        content.setPrefWidth(330);
        popover = new PopOver(content);
        popover.setAnimated(false);
        popover.setDetachable(false);
        popover.setHeaderAlwaysVisible(false);
        popover.setAutoHide(true);
        popover.setHideOnEscape(true);
        // A click on another term closes this popover and opens that term's at once.
        popover.setConsumeAutoHidingEvents(false);
        popover.setOnHidden(e -> shown = null);
        // A dialog that opens (Import, Define…) closes the popover: nothing stays above a modal window.
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            if (modalOpen()) {
                // Not while the list of windows is telling of its change: hiding the popover changes it too.
                javafx.application.Platform.runLater(this::hide);
            }
        });
    }

    /** Whether a modal window (a dialog) is showing. */
    static boolean modalOpen() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage stage && w.isShowing()
                && stage.getModality() != javafx.stage.Modality.NONE);
    }

    /**
     * Shows a term's popover under (or, near the bottom of the window, above) its words on screen.
     * {@code source} says where an automatic term's definition is quoted from (null for the
     * glossary's own terms): the quote is shown in quotation marks, never as a definition of ours.
     */
    void show(Term term, String source, Node owner, Bounds words) {
        if (popover.isShowing() && shown != null && shown.id().equals(term.id()) || modalOpen()) {
            return;
        }
        hide();
        shown = term;
        name.setText(term.term());
        boolean quoted = term.isAuto();
        String text = quoted && !term.definition().isEmpty() ? "“" + term.definition() + "”" : term.definition();
        definition.setText(text);
        definition.setVisible(!text.isEmpty());
        definition.setManaged(!text.isEmpty());
        definition.getStyleClass().remove("term-popover-quote");
        if (quoted) {
            definition.getStyleClass().add("term-popover-quote");
        }
        note.setText(source == null ? "" : source);
        note.setVisible(source != null);
        note.setManaged(source != null);
        open.setVisited(false);
        Window window = owner.getScene().getWindow();
        boolean below = words.getMaxY() + ROOM_BELOW < window.getY() + window.getHeight();
        popover.setArrowLocation(below ? PopOver.ArrowLocation.TOP_LEFT : PopOver.ArrowLocation.BOTTOM_LEFT);
        double x = words.getMinX() + Math.min(words.getWidth() / 2, 24);
        popover.show(owner, x, below ? words.getMaxY() + 2 : words.getMinY() - 2);
    }

    void hide() {
        if (popover.isShowing()) {
            popover.hide();
        }
        shown = null;
    }

    /** The term shown, while the popover is open. */
    Optional<Term> shown() {
        return popover.isShowing() ? Optional.ofNullable(shown) : Optional.empty();
    }
}
