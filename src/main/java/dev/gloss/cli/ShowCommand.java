package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints an article, section by section.")
final class ShowCommand implements Runnable {

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article's id, as `articles` lists it.")
    String articleId;

    @Option(names = "--json", description = "Print JSON: {\"id\",\"title\",\"sections\":[{\"id\",\"title\",\"text\",\"topics\"}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Library library = CliLibrary.load(spec);
        Article article = library.article(articleId)
                .orElseThrow(() -> new UserError("no article with the id '" + articleId
                        + "'; `gloss articles` lists them", 1));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", article.id());
            m.put("title", article.title());
            TopicIndex topics = TopicIndex.of(library);
            m.put("sections", article.sections().stream().map(s -> section(s, topics)).toList());
            out.println(Json.write(m));
            return;
        }
        out.println(article.title());
        out.println("=".repeat(Math.min(article.title().length(), 80)));
        for (Section s : article.sections()) {
            out.println();
            if (s.hasVisibleTitle()) {
                out.println("## " + s.title() + "    [" + s.id() + "]");
            } else {
                out.println("[" + s.id() + "]");
            }
            out.println(s.plainText());
        }
    }

    private static Map<String, Object> section(Section s, TopicIndex topics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("titleKind", s.titleKind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("text", s.plainText());
        m.put("topics", topics.topicsOf(s.id()).stream().map(Topic::id).toList());
        return m;
    }
}
