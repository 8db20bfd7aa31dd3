package dev.gloss.app.shell;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sidebar's tabs: switching to one (View > Contents … Bookmarks, Ctrl+1..5, a topic or term
 * asked for), giving the focus to the one shown, and keeping the sidebar wide enough for all five.
 */
final class SidebarTabs {
    /** TabPaneSkin's spacer beside the headers. */
    private static final double TAB_SPACER = 10;

    private final TabPane sidebar;
    private final Region holder;
    private final Runnable closeSearch;
    /** Each tab and how its panel takes the focus; the first is the one that takes it otherwise. */
    private final Map<Tab, Runnable> focus = new LinkedHashMap<>();

    SidebarTabs(TabPane sidebar, Region holder, Runnable closeSearch) {
        this.sidebar = sidebar;
        this.holder = holder;
        this.closeSearch = closeSearch;
        keepTabsWhole();
    }

    /** Adds a tab and how its panel takes the focus, in the sidebar's order. */
    SidebarTabs tab(Tab tab, Runnable focusPanel) {
        focus.put(tab, focusPanel);
        return this;
    }

    /** Shows {@code tab} over the search results too (the search is closed), its panel focused. */
    void show(Tab tab) {
        closeSearch.run();
        select(tab);
        focus.getOrDefault(tab, () -> { }).run();
    }

    /** Selects {@code tab}, leaving the focus and the search as they are (a topic or a term asked for). */
    void select(Tab tab) {
        sidebar.getSelectionModel().select(tab);
    }

    /** The panel of the tab shown takes the focus. */
    void focusShown() {
        Tab shown = sidebar.getSelectionModel().getSelectedItem();
        focus.getOrDefault(shown, focus.values().iterator().next()).run();
    }

    /**
     * The sidebar is never narrower than its five tabs side by side, so that none is cut or hidden
     * behind the overflow menu; measured after each layout, as fonts and zoom decide it.
     */
    private void keepTabsWhole() {
        sidebar.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs || !(sidebar.lookup(".headers-region") instanceof Region headers)
                    || !(sidebar.lookup(".tab-header-area") instanceof Region area)) {
                return;
            }
            double buttons = sidebar.lookup(".control-buttons-tab") instanceof Region r ? r.prefWidth(-1) : 0;
            // The tab pane shows its overflow menu unless the header area is wider than the tabs, the
            // menu's button, its left inset and a spacer of 10 px (TabPaneSkin's own test).
            double need = Math.ceil(headers.prefWidth(-1) + buttons + area.snappedLeftInset() + TAB_SPACER + 1
                    + sidebar.snappedLeftInset() + sidebar.snappedRightInset());
            if (need > holder.getMinWidth() + 0.5) {
                holder.setMinWidth(need);
            }
        });
    }
}
