package dev.gloss.cli;

import dev.gloss.core.model.Article;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.LibraryException;
import dev.gloss.core.userlibrary.Removal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Brings back an article that `remove` moved to the trash, with its id and section ids.")
final class RestoreCommand implements Runnable {

    @Parameters(paramLabel = "ARTICLE_ID", description = "The removed article's id.")
    String articleId;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        ImportService service = CliLibrary.imports(spec);
        Removal removal = service.lastRemoval(articleId).orElseThrow(() -> new UserError(
                "no removed article has the id '" + articleId + "'", 1));
        try {
            Article article = service.restore(removal);
            spec.commandLine().getOut().println("Restored “" + article.title() + "” (" + article.id() + ").");
        } catch (LibraryException e) {
            throw new UserError(e.getMessage(), 1);
        }
    }
}
