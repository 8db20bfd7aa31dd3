package dev.gloss.app.glossary;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import java.util.function.BooleanSupplier;

/**
 * The heights of the glossary panel's list of terms and the chosen term's entry below it. The entry
 * is shown whole, never cut mid-line: the list gives up height for it, and only the mentions below
 * scroll; only an entry taller than the panel can give it scrolls. A panel too short for the whole
 * entry (a small window) folds the list away while the entry is read; typing in the filter, Down
 * from it, or the divider brings the list back, and a term chosen in the list keeps it.
 */
final class EntryLayout {
    /** The height the entry leaves to two rows of terms, the mentions' heading and a mention (or most of one). */
    private static final double OTHERS_ROOM = 150;
    /** Of that, the room of the list of mentions: a term mentioned nowhere needs none, and its entry gets it. */
    private static final double MENTIONS_ROOM = 60;
    /** Of that, the room of the rows of terms, which a panel too short for the entry gives it (the list folds away). */
    private static final double TERMS_ROOM = 60;

    private final SplitPane split;
    private final ListView<?> terms;
    private final ScrollPane entryScroll;
    private final Region entry;
    private final Node mentions;
    private final BooleanSupplier termChosen;
    /** Whether the reader is looking for a term (typing in the filter): then the list stays, however short the panel. */
    private boolean lookingForTerm;

    EntryLayout(SplitPane split, ListView<?> terms, ScrollPane entryScroll, Region entry, Node mentions,
                BooleanSupplier termChosen) {
        this.split = split;
        this.terms = terms;
        this.entryScroll = entryScroll;
        this.entry = entry;
        this.mentions = mentions;
        this.termChosen = termChosen;
        split.setMinHeight(0);
        terms.setMinHeight(TERMS_ROOM);
        entryScroll.widthProperty().addListener((obs, o, w) -> fit());
        panel().heightProperty().addListener((obs, o, h) -> fit());
        entryScroll.viewportBoundsProperty().addListener((obs, o, b) -> fit());
        entry.layoutBoundsProperty().addListener((obs, o, b) -> fit());
        // A click or a key in the list is the reader looking through the terms: the list stays.
        terms.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lookingForTerm = true);
        terms.addEventFilter(KeyEvent.KEY_PRESSED, e -> lookingForTerm = true);
        // The list gives up height to the entry after it has scrolled to the chosen term: it scrolls
        // again at its new height, so that no row is left half under the filter.
        terms.heightProperty().addListener((obs, o, h) -> {
            int index = terms.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                terms.scrollTo(Math.max(0, index - 1));
            }
        });
    }

    /** The reader is looking for a term (typing in the filter, Down from it): the list stays. */
    void lookingForTerm() {
        lookingForTerm = true;
        fit();
    }

    /** A term shown from elsewhere (the article, a related term, a link) is there to be read, from its top. */
    void readingEntry() {
        lookingForTerm = false;
    }

    /** The entry asks for its whole height; the pane's maximum decides whether it scrolls. */
    void fit() {
        double width = entryScroll.getViewportBounds().getWidth() > 0 ? entryScroll.getViewportBounds().getWidth()
                : entryScroll.getWidth();
        double whole = Math.ceil(entry.prefHeight(width));
        // The panel's height less its filter, status and buttons is the split's: the entry takes what
        // that leaves after the rows of terms and a mention, so the buttons below are never pushed out.
        double others = 0;
        for (Node n : panel().getChildrenUnmodifiable()) {
            if (n != split && n.isManaged()) {
                others += n.prefHeight(panel().getWidth());
            }
        }
        double most = Math.max(120, panel().getHeight() - others - OTHERS_ROOM
                + (mentions.isManaged() ? 0 : MENTIONS_ROOM));
        boolean fold = whole > most && !lookingForTerm && termChosen.getAsBoolean();
        if (fold) {
            most += TERMS_ROOM;
        }
        terms.setMinHeight(fold ? 0 : TERMS_ROOM);
        double[] dividers = split.getDividerPositions();
        if (fold && dividers.length > 0 && dividers[0] > 0) {
            split.setDividerPositions(0);
        } else if (!fold && dividers.length > 0 && dividers[0] == 0) {
            split.setDividerPositions(0.3);
        }
        entryScroll.setPrefViewportHeight(whole);
        entryScroll.setMinHeight(Math.min(whole, most));
        entryScroll.setMaxHeight(Math.min(whole, most));
    }

    private Region panel() {
        return (Region) split.getParent();
    }
}
