package dev.gloss.app.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.function.Consumer;

/**
 * Keeps a tab pane's hidden tabs empty until the first frame has been painted (or until one is
 * selected, if that comes first). Every node in the scene gets its skin and styles in the first
 * CSS pass, seen or not, and the sidebar's hidden panels (lists, filters, editors) cost about a
 * third of a second of processor time before the first frame. Their controllers and bindings are
 * made as before; only their nodes join the scene a frame later.
 */
final class DeferredTabContent {
    private DeferredTabContent() {
    }

    /** @param afterFirstFrame runs its argument once the first frame has been painted */
    static void install(TabPane pane, Consumer<Runnable> afterFirstFrame) {
        for (Tab tab : pane.getTabs()) {
            Node content = tab.getContent();
            if (tab.isSelected() || content == null) {
                continue;
            }
            tab.setContent(null);
            ChangeListener<Boolean> onSelection = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                    if (selected) {
                        restore(tab, content, this);
                    }
                }
            };
            tab.selectedProperty().addListener(onSelection);
            afterFirstFrame.accept(() -> restore(tab, content, onSelection));
        }
    }

    private static void restore(Tab tab, Node content, ChangeListener<Boolean> onSelection) {
        tab.selectedProperty().removeListener(onSelection);
        if (tab.getContent() == null) {
            tab.setContent(content);
        }
    }
}
