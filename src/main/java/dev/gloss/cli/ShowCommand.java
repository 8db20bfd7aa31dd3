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
import java.util.List;
import java.util.Map;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints an article, section by section.")
final class ShowCommand implements Runnable {

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article's id, as `articles` lists it.")
    String articleId;

    @Option(names = "--json", description = "Print JSON: {\"id\",\"title\",\"meta\":{\"author\",\"published\",\"sourceUrl\","
            + "\"description\",\"tags\",\"language\"},\"sections\":[{\"id\",\"title\",\"titleKind\",\"level\",\"parentId\","
            + "\"text\",\"topics\",\"blocks\":[{\"kind\",\"text\",...}]}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // Printed as text, an article is read from its own folder (or the jar); the JSON's topics
        // are the whole library's. Anything the lone read cannot find is looked for in the library,
        // whose warnings say why an article could not be read.
        java.util.Optional<Article> alone = json ? java.util.Optional.empty() : alone(articleId);
        Library library = alone.isPresent() ? null : CliLibrary.load(spec);
        Article article = alone.or(() -> library.article(articleId))
                .orElseThrow(() -> new UserError("no article with the id '" + articleId
                        + "'; `gloss articles` lists them", 1));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", article.id());
            m.put("title", article.title());
            Article.Meta meta = article.meta();
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("author", meta.author());
            mm.put("published", meta.published());
            mm.put("sourceUrl", meta.sourceUrl());
            mm.put("description", meta.description());
            mm.put("tags", meta.tags());
            mm.put("language", meta.language());
            m.put("meta", mm);
            TopicIndex topics = TopicsCommand.CliTopics.index(spec, library);
            m.put("sections", article.sections().stream().map(s -> section(s, topics)).toList());
            out.println(Json.write(m));
            return;
        }
        out.println(article.title());
        out.println("=".repeat(Math.min(article.title().length(), 80)));
        Article.Meta meta = article.meta();
        List<String> about = new java.util.ArrayList<>();
        if (meta.author() != null) {
            about.add("By " + meta.author());
        }
        if (meta.published() != null) {
            about.add(meta.published());
        }
        if (meta.sourceUrl() != null) {
            about.add(meta.sourceUrl());
        }
        if (!about.isEmpty()) {
            out.println(String.join(" · ", about));
        }
        if (!meta.tags().isEmpty()) {
            out.println("Tags: " + String.join(", ", meta.tags()));
        }
        for (Section s : article.sections()) {
            out.println();
            if (s.hasVisibleTitle()) {
                out.println("#".repeat(s.level()) + " " + s.title() + "    [" + s.id() + "]");
            } else {
                out.println("[" + s.id() + "]");
            }
            BlockOutput.text(s.blocks(), "").forEach(out::println);
        }
    }

    private java.util.Optional<Article> alone(String id) {
        try {
            return dev.gloss.core.userlibrary.UserLibrary.source(GlossCommand.dataDir(spec)).article(id);
        } catch (java.nio.file.InvalidPathException e) {
            // Not a name a folder can have, so not an imported article's id.
            return java.util.Optional.empty();
        }
    }

    private static Map<String, Object> section(Section s, TopicIndex topics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("titleKind", s.titleKind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("level", s.level());
        m.put("parentId", s.parentId());
        m.put("text", s.plainText());
        m.put("topics", topics.topicsOf(s.id()).stream().map(Topic::id).toList());
        m.put("blocks", s.blocks().stream().map(BlockOutput::json).toList());
        return m;
    }
}
