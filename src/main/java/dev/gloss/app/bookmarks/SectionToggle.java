package dev.gloss.app.bookmarks;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;

/**
 * The toolbar's bookmark toggle and Edit > Bookmark Section (Ctrl+D): both bookmark the section being
 * read or remove its bookmark, and both show whether it is bookmarked. A click flips a toggle by
 * itself, so after each action both are set from the model again.
 */
public final class SectionToggle {
    private SectionToggle() {
    }

    public static void bind(BookmarksViewModel model, ToggleButton button, CheckMenuItem item) {
        Runnable show = () -> {
            boolean on = model.sectionBookmarkedProperty().get();
            button.setSelected(on);
            item.setSelected(on);
            button.setText(on ? "★ Bookmarked" : "☆ Bookmark");
            button.setAccessibleText(on ? "Section bookmarked; press to remove the bookmark" : "Bookmark this section");
        };
        Runnable toggle = () -> {
            model.toggleCurrentSection();
            show.run();
        };
        button.setOnAction(e -> toggle.run());
        item.setOnAction(e -> toggle.run());
        model.sectionBookmarkedProperty().addListener((obs, o, on) -> show.run());
        button.disableProperty().bind(model.readyProperty().not());
        item.disableProperty().bind(model.readyProperty().not());
        show.run();
    }
}
