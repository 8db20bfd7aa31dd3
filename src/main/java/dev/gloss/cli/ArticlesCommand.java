package dev.gloss.cli;

import dev.gloss.core.model.Article;
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
        List<Article> articles = CliLibrary.load(spec).articles();
        if (json) {
            out.println(Json.write(articles.stream().map(ArticlesCommand::summary).toList()));
            return;
        }
        for (Article a : articles) {
            int n = a.sections().size();
            out.printf("%-40s %3d section%s  %s%n", a.id(), n, n == 1 ? " " : "s", a.title());
        }
    }

    private static Map<String, Object> summary(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("sectionCount", a.sections().size());
        m.put("words", a.wordCount());
        return m;
    }
}
