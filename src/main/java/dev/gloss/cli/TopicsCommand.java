package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.IoErrors;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.topics.TopicService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Lists the topics and the sections tagged with each, in library order.",
                "Topics are curated (bundled), from the articles' tags, discovered in the imported articles, "
                        + "or your own; your changes are kept in topics-user.json in the data folder."},
        subcommands = {TopicsCommand.Create.class, TopicsCommand.Add.class, TopicsCommand.Remove.class,
                TopicsCommand.Rename.class, TopicsCommand.Describe.class, TopicsCommand.Merge.class,
                TopicsCommand.Delete.class, TopicsCommand.Discover.class})
final class TopicsCommand implements Runnable {

    @Option(names = "--json", description = "Print JSON: [{\"id\",\"name\",\"source\",\"description\",\"sectionIds\":[...]}].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Library library = CliLibrary.load(spec);
        print(spec, library, CliTopics.index(spec, library), json);
    }

    static void print(CommandSpec spec, Library library, TopicIndex index, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(index.topics().stream().map(t -> summary(t, index)).toList()));
            return;
        }
        for (Topic topic : index.topics()) {
            int count = index.count(topic.id());
            out.printf("%s (%d %s)  [%s]%n", topic.name(), count, count == 1 ? "section" : "sections", topic.id());
            out.println("  " + topic.description() + "  (" + topic.source().key() + ")");
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
        m.put("source", topic.source().key());
        m.put("description", topic.description());
        m.put("sectionIds", index.sectionIds(topic.id()));
        return m;
    }

    /** One change to the reader's topics: made, saved, and the topic it changed told in one line. */
    abstract static class Change implements Runnable {
        @Spec
        CommandSpec spec;

        abstract TopicIndex apply(TopicService service, Library library) throws IOException;

        abstract String done(TopicIndex index);

        @Override
        public void run() {
            Library library = CliLibrary.load(spec);
            TopicService service = CliTopics.service(spec);
            TopicIndex index;
            try {
                index = apply(service, library);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), 1);
            } catch (IOException e) {
                throw new UserError("your topics could not be saved: " + IoErrors.describe(e), 1);
            }
            spec.commandLine().getOut().println(done(index));
        }

        static String named(TopicIndex index, String reference) {
            return TopicService.resolve(index, reference).map(t -> t.name() + " [" + t.id() + "]").orElse(reference);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Makes a topic of your own; with --query it is a saved search, kept current as the library changes.")
    static final class Create extends Change {
        @Parameters(index = "0", paramLabel = "NAME", description = "The topic's name.")
        String name;

        @Option(names = "--query", paramLabel = "Q", description = "The sections with every word of Q (and its quoted phrases) form the topic.")
        String query;

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            return service.create(library, name, query);
        }

        @Override
        String done(TopicIndex index) {
            Topic made = TopicService.resolve(index, name.strip()).orElseThrow();
            return "made " + made.name() + " [" + made.id() + "], " + index.count(made.id()) + " sections";
        }
    }

    /** Puts a section in a topic, or takes it out. */
    abstract static class Membership extends Change {
        @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic's id or name.")
        String topic;
        @Parameters(index = "1", paramLabel = "SECTION_ID")
        String sectionId;

        abstract boolean in();

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            return service.include(library, topic, sectionId, in());
        }

        @Override
        String done(TopicIndex index) {
            return (in() ? "added " + sectionId + " to " : "removed " + sectionId + " from ") + named(index, topic);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Puts a section in a topic.")
    static final class Add extends Membership {
        @Override
        boolean in() {
            return true;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Takes a section out of a topic; it stays out whatever Gloss finds later.")
    static final class Remove extends Membership {
        @Override
        boolean in() {
            return false;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames a topic.")
    static final class Rename extends Change {
        @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic's id or name.")
        String topic;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            return service.rename(library, topic, name);
        }

        @Override
        String done(TopicIndex index) {
            return "renamed to " + named(index, name.strip());
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Gives a topic a description of your own.")
    static final class Describe extends Change {
        @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic's id or name.")
        String topic;
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            return service.describe(library, topic, text);
        }

        @Override
        String done(TopicIndex index) {
            return "described " + named(index, topic);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Moves every section of TOPIC into INTO.")
    static final class Merge extends Change {
        @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic's id or name.")
        String topic;
        @Parameters(index = "1", paramLabel = "INTO", description = "The id or name of the topic that takes its sections.")
        String into;

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            return service.merge(library, topic, into);
        }

        @Override
        String done(TopicIndex index) {
            return "merged " + topic + " into " + named(index, into);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a topic of your own, or hides another; its sections keep their other topics.")
    static final class Delete extends Change {
        @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic's id or name.")
        String topic;
        private String deleted;

        @Override
        TopicIndex apply(TopicService service, Library library) throws IOException {
            deleted = named(service.index(library), topic);
            return service.delete(library, topic);
        }

        @Override
        String done(TopicIndex index) {
            return "deleted " + deleted;
        }
    }

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = "Finds the topics of the imported articles afresh (topics that persist keep their ids).")
    static final class Discover implements Runnable {
        @Option(names = "--json", description = "Print the topics as `topics --json` does.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Library library = CliLibrary.load(spec);
            print(spec, library, CliTopics.service(spec).rediscover(library), json);
        }
    }

    /** The topics of the data folder, for every command that shows or scopes by them. */
    static final class CliTopics {
        private CliTopics() {
        }

        static TopicService service(CommandSpec spec) {
            TopicService service = TopicService.open(GlossCommand.dataDir(spec), Clock.systemUTC());
            service.warning().ifPresent(w -> spec.commandLine().getErr().println("gloss: warning: " + w));
            return service;
        }

        static TopicIndex index(CommandSpec spec, Library library) {
            return service(spec).index(library);
        }
    }
}
