package dev.gloss.app.bookmarks;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** File > Export Bookmarks and File > Import Bookmarks: the file choosers; the work is the view model's. */
final class BookmarkFiles {
    private BookmarkFiles() {
    }

    static void export(Window owner, BookmarksViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Bookmarks");
        FileChooser.ExtensionFilter markdown = filter(ExportFormat.MARKDOWN);
        FileChooser.ExtensionFilter json = filter(ExportFormat.JSON);
        chooser.getExtensionFilters().addAll(markdown, json);
        chooser.setInitialFileName("bookmarks.md");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            ExportFormat chosen = chooser.getSelectedExtensionFilter() == json ? ExportFormat.JSON : ExportFormat.MARKDOWN;
            // A name typed with its own extension decides the format; without one, the chosen filter does.
            Path target = chosen.withExtension(file.toPath());
            model.exportTo(target, ExportFormat.of(target));
        }
    }

    static void importInto(Window owner, BookmarksViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Bookmarks");
        chooser.getExtensionFilters().addAll(filter(ExportFormat.JSON), new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    private static FileChooser.ExtensionFilter filter(ExportFormat format) {
        return new FileChooser.ExtensionFilter(format.label() + " (*." + format.extension() + ")", "*." + format.extension());
    }
}
