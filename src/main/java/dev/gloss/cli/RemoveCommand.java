package dev.gloss.cli;

import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.LibraryException;
import dev.gloss.core.userlibrary.Removal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Moves an imported article to the library's trash; `restore` brings it back. "
                + "Bundled articles cannot be removed.")
final class RemoveCommand implements Runnable {

    @Parameters(paramLabel = "ARTICLE_ID", description = "The imported article's id, as `articles` lists it.")
    String articleId;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        try {
            Removal removal = CliLibrary.imports(spec).remove(articleId);
            spec.commandLine().getOut().println("Removed “" + removal.title() + "” (" + removal.articleId()
                    + "). `gloss restore " + removal.articleId() + "` brings it back.");
        } catch (LibraryException e) {
            throw new UserError(e.getMessage(), 1);
        }
    }
}
