package dev.gloss.cli;

import dev.gloss.app.snapshot.Snapshotter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Optional;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Renders the main window off-screen into a PNG (no display needed).")
final class SnapshotCommand implements Runnable {

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "The article to show (default: the first).")
    String articleId;

    @Option(names = "--section", paramLabel = "ID", description = "A section to scroll to.")
    String sectionId;

    @Option(names = "--width", defaultValue = "1200", paramLabel = "W", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "800", paramLabel = "H", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|sepia|dark",
            description = "The theme to render (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--find", paramLabel = "TEXT", description = "Open the find bar with this text.")
    String find;

    @Option(names = "--search", paramLabel = "TEXT", description = "Type this into the search field.")
    String search;

    @Option(names = "--topic", paramLabel = "ID", description = "Show a topic in the sidebar (`gloss topics` lists them).")
    String topic;

    @Option(names = "--sidebar", paramLabel = "TAB", description = "The sidebar tab to show: contents, library, topics, glossary or bookmarks.")
    String sidebar;

    @Option(names = "--term", paramLabel = "TERM", description = "Show a glossary term in the sidebar, by its name, an alias or its id.")
    String term;

    @Option(names = "--shortcuts", description = "Render Help > Keyboard Shortcuts, as the window opens it, instead of the window.")
    boolean shortcuts;
    @Option(names = "--reading-settings", description = "Open the reading settings' popover.")
    boolean readingSettings;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw new UserError("--width and --height must be between 200x150 and 8000x8000 pixels", 2);
        }
        Optional<dev.gloss.core.settings.Theme> shown = dev.gloss.core.settings.Theme.fromKey(theme)
                .filter(t -> t != dev.gloss.core.settings.Theme.SYSTEM);
        if (shown.isEmpty()) {
            throw new UserError("--theme is light, sepia or dark, not '" + theme + "'", 2);
        }
        if (!Snapshotter.headlessPlatformAvailable()) {
            throw new UserError("snapshot renders off-screen with Monocle (openjfx-monocle), which the installed "
                    + "Gloss leaves out; run it from the jar instead: java -jar target/gloss.jar snapshot --out "
                    + out, 1);
        }
        // Any article of the library: a bundled one, or one imported into the data folder.
        var library = dev.gloss.core.userlibrary.UserLibrary.combined(GlossCommand.dataDir(spec));
        if (articleId != null && library.article(articleId).isEmpty()) {
            throw new UserError("no article with the id '" + articleId + "'; `gloss articles` lists them", 1);
        }
        if (sectionId != null && library.section(sectionId).isEmpty()) {
            throw new UserError("no section with the id '" + sectionId + "'; `gloss show ARTICLE_ID` lists them", 1);
        }
        if (sidebar != null && !Snapshotter.SIDEBAR_TABS.contains(sidebar.toLowerCase(java.util.Locale.ROOT))) {
            throw new UserError("--sidebar is one of " + String.join(", ", Snapshotter.SIDEBAR_TABS) + ", not '" + sidebar + "'", 2);
        }
        Optional<String> termId = Optional.empty();
        if (term != null) {
            var glossary = dev.gloss.core.glossary.GlossaryService.open(library, GlossCommand.dataDir(spec)).glossary();
            termId = glossary.term(term).or(() -> glossary.lookup(term)).map(dev.gloss.core.glossary.Term::id);
            if (termId.isEmpty()) {
                throw new UserError("no glossary term '" + term + "'; `gloss glossary` lists them", 1);
            }
        }
        try {
            Snapshotter.render(new Snapshotter.Options(out, Optional.ofNullable(articleId),
                    Optional.ofNullable(sectionId), width, height, shown.get(), Optional.ofNullable(find), Optional.ofNullable(topic),
                    GlossCommand.dataDir(spec), Optional.ofNullable(sidebar), termId, Optional.ofNullable(search),
                    readingSettings, shortcuts));
        } catch (Exception e) {
            throw new UserError("the snapshot could not be made: " + e.getMessage(), 1);
        }
        spec.commandLine().getOut().println("Wrote " + out);
    }
}
