package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.userlibrary.ArticleList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists the articles of the library: the bundled ones, then those imported into the data folder.")
final class ArticlesCommand implements Runnable {

    @Option(names = "--json", description = "Print JSON: [{\"id\",\"title\",\"sectionCount\",\"words\"}].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        java.nio.file.Path dataDir = GlossCommand.dataDir(spec);
        List<ArticleList.Entry> articles = ArticleList.readIfCurrent(dataDir).orElseGet(() -> {
            Library library = CliLibrary.load(spec);
            ArticleList.write(dataDir, library);
            return library.articles().stream().map(ArticleList.Entry::of).toList();
        });
        if (json) {
            out.println(Json.write(articles.stream().map(ArticlesCommand::summary).toList()));
            return;
        }
        for (ArticleList.Entry a : articles) {
            int n = a.sectionCount();
            out.printf("%-40s %3d section%s  %s%n", a.id(), n, n == 1 ? " " : "s", a.title());
        }
    }

    private static Map<String, Object> summary(ArticleList.Entry a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("sectionCount", a.sectionCount());
        m.put("words", a.words());
        return m;
    }
}
