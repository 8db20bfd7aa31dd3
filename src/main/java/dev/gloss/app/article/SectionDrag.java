package dev.gloss.app.article;

import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.util.Optional;

/**
 * A section carried by a drag: from a topic's list of sections, an article's heading or a Contents
 * entry, onto a topic in the Topics tab, which puts the section in that topic. It travels by its id;
 * its title goes along as text for anything else it is dropped on.
 */
public final class SectionDrag {
    /** The section's id on the dragboard. */
    public static final DataFormat SECTION = new DataFormat("application/x-gloss-section-id");

    private SectionDrag() {
    }

    /** Starts dragging a section from {@code source}; call it from a drag-detected handler. */
    public static void start(Node source, String sectionId, String title) {
        ClipboardContent content = new ClipboardContent();
        content.put(SECTION, sectionId);
        content.putString(title);
        source.startDragAndDrop(TransferMode.LINK).setContent(content);
    }

    /**
     * A section dragged over {@code tab}'s header opens that tab, so that a heading or a Contents
     * entry can be carried to the Topics tab in the same sidebar.
     */
    public static void opensOnHover(javafx.scene.control.TabPane pane, javafx.scene.control.Tab tab) {
        pane.addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER, e -> {
            if (pane.getSelectionModel().getSelectedItem() != tab && sectionOf(e.getDragboard()).isPresent()
                    && onHeaderOf(e.getPickResult().getIntersectedNode(), tab)) {
                pane.getSelectionModel().select(tab);
            }
        });
    }

    private static boolean onHeaderOf(Node picked, javafx.scene.control.Tab tab) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab") && (n.getProperties().get(javafx.scene.control.Tab.class) == tab
                    || tab.getId() != null && tab.getId().equals(n.getId()))) {
                return true;
            }
        }
        return false;
    }

    /** The id of the section a drag carries, if it carries one. */
    public static Optional<String> sectionOf(Dragboard board) {
        return board.hasContent(SECTION) ? Optional.ofNullable((String) board.getContent(SECTION)) : Optional.empty();
    }
}
