package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Section;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Lists the topics and the sections tagged with each, in library order.")
final class TopicsCommand implements Runnable {

    @Option(names = "--json", description = "Print JSON: [{\"id\",\"name\",\"sectionIds\":[...]}].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Library library = CliLibrary.load(spec);
        TopicIndex index = TopicIndex.of(library);
        if (json) {
            out.println(Json.write(index.topics().stream().map(t -> summary(t, index)).toList()));
            return;
        }
        for (Topic topic : index.topics()) {
            int count = index.count(topic.id());
            out.printf("%s (%d %s)  [%s]%n", topic.name(), count, count == 1 ? "section" : "sections", topic.id());
            out.println("  " + topic.description());
            for (String id : index.sectionIds(topic.id())) {
                String title = library.section(id).filter(Section::hasVisibleTitle).map(Section::title)
                        .orElse("(introduction)");
                out.printf("    %-75s %s%n", id, title);
            }
        }
    }

    private static Map<String, Object> summary(Topic topic, TopicIndex index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", topic.id());
        m.put("name", topic.name());
        m.put("sectionIds", index.sectionIds(topic.id()));
        return m;
    }
}
