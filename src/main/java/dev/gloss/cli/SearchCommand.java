package dev.gloss.cli;

import dev.gloss.core.model.Section;

import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;
import java.util.Set;
import java.util.stream.Collectors;
import dev.gloss.core.library.Library;
import dev.gloss.core.search.Scope;
import dev.gloss.core.search.SearchHit;
import dev.gloss.core.search.SearchIndex;
import dev.gloss.core.search.SearchService;
import dev.gloss.core.storage.LocalFolders;
import dev.gloss.core.userlibrary.UserLibrary;
import dev.gloss.core.search.SearchRequest;
import dev.gloss.core.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the library and prints the best sections, matches marked «like this».",
                "A title typed whole or mostly comes first; then sections with every word, then, under a divider, "
                        + "sections with some of them. Quote a phrase: '\"bone density\"' (its looser matches "
                        + "follow under the divider). The last word also matches longer words (osteo: osteocalcin); "
                        + "a misspelt word is matched to the nearest word in the library. Words written as code "
                        + "(images.GaussianBlur, snake_case, --flag-name, v1.2.3) are found whole and by their parts.",
                "Refine by typing: title:WORD, tag:NAME, topic:ID, author:NAME, in:ARTICLE_ID, -WORD to leave "
                        + "out; quote a value of several words: author:\"Ines Okafor\"."})
final class SearchCommand implements Runnable {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The words to search for.")
    List<String> query;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default) or newest: articles by date, newest first, those without a date last.")
    String order;

    @Option(names = "--related", paramLabel = "SECTION_ID",
            description = "Instead of searching, list the sections of other articles most like this one.")
    String related;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "article:ID searches one article (ids as `gloss articles` lists them); "
                    + "topic:ID one topic (`gloss topics` lists them). Default: the whole library.")
    String scope;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N sections (1 to " + SearchRequest.MAX_LIMIT + "; default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--whole-words", description = "Match the last word only as a whole word, not as a beginning.")
    boolean wholeWords;

    @Option(names = "--json", description = "Print JSON: [{\"articleId\",\"sectionId\",\"sectionTitle\",\"score\",\"snippet\","
            + "\"exact\",\"published\"}]; exact is false for the hits under the divider.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new UserError("--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit, 2);
        }
        SearchRequest.Order ordering = switch (order.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "newest", "date" -> SearchRequest.Order.NEWEST;
            default -> throw new UserError("--order takes relevance or newest, not '" + order + "'", 2);
        };
        if (related == null && (query == null || query.isEmpty())) {
            throw new UserError("search needs words to look for, or --related SECTION_ID", 2);
        }
        java.nio.file.Path dataDir = GlossCommand.dataDir(spec);
        SearchService.Source source = new SearchService.Source(() -> UserLibrary.stampsNow(dataDir),
                () -> CliLibrary.load(spec), library -> {
                    TopicIndex topics = TopicsCommand.CliTopics.index(spec, library);
                    return id -> topicIds(topics, id);
                });
        PrintWriter out = spec.commandLine().getOut();
        try (SearchService service = SearchService.open(LocalFolders.index(dataDir), source)) {
            SearchIndex index = service.index();
            tellFreshness(service.freshness());
            if (related != null) {
                if (!index.hasSection(related)) {
                    throw new UserError("no section with the id '" + related + "'; `gloss show ARTICLE_ID` lists them", 1);
                }
                List<SearchHit> hits = index.related(related, limit);
                if (json) {
                    out.println(Json.write(hits.stream().map(SearchCommand::summary).toList()));
                } else {
                    printRelated(out, hits);
                }
                return;
            }
            String text = String.join(" ", query);
            SearchRequest request = new SearchRequest(text, scope(index, () -> service.library()
                    .orElseGet(() -> CliLibrary.load(spec))), limit, !wholeWords, ordering, java.util.Optional.empty());
            SearchResult result = index.search(request);
            if (json) {
                out.println(Json.write(result.hits().stream().map(SearchCommand::summary).toList()));
            } else {
                printText(out, text, result);
            }
        }
    }

    /** Says on stderr when the index searched may not hold the library's latest changes. */
    private void tellFreshness(SearchService.Freshness freshness) {
        PrintWriter err = spec.commandLine().getErr();
        if (freshness == SearchService.Freshness.BEHIND) {
            err.println("gloss: note: another Gloss is updating the search index; "
                    + "the latest changes to the library may not be found yet");
        } else if (freshness == SearchService.Freshness.IN_MEMORY) {
            err.println("gloss: note: the search index in this computer's cache cannot be used; "
                    + "the library was indexed for this search alone");
        }
    }

    private static void printRelated(PrintWriter out, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.println("No other article has a section like it.");
            return;
        }
        out.println("Related in your library:");
        int n = 1;
        for (SearchHit hit : hits) {
            String section = Section.displayTitle(hit.sectionTitle());
            out.printf("%d. %s › %s  [%s]%n", n++, hit.articleTitle(), section, hit.sectionId());
            out.println("   " + hit.snippet().marked());
        }
    }

    private static Set<String> topicIds(TopicIndex topics, String sectionId) {
        return topics.topicsOf(sectionId).stream().map(Topic::id).collect(Collectors.toSet());
    }

    private Scope scope(SearchIndex index, java.util.function.Supplier<Library> library) {
        if (scope == null) {
            return Scope.library();
        }
        int colon = scope.indexOf(':');
        String kind = colon < 0 ? scope : scope.substring(0, colon);
        String id = colon < 0 ? "" : scope.substring(colon + 1);
        if (kind.equals("article") && !id.isEmpty()) {
            if (!index.hasArticle(id) && library.get().article(id).isEmpty()) {
                throw new UserError("no article with the id '" + id + "'; `gloss articles` lists them", 1);
            }
            return Scope.article(id);
        }
        if (kind.equals("topic") && !id.isEmpty()) {
            // Only this scope needs the library's topics.
            if (TopicsCommand.CliTopics.index(spec, library.get()).topic(id).isEmpty()) {
                throw new UserError("no topic with the id '" + id + "'; `gloss topics` lists them", 1);
            }
            return Scope.topic(id);
        }
        throw new UserError("--scope takes article:ID or topic:ID, not '" + scope + "'", 2);
    }

    private static void printText(PrintWriter out, String text, SearchResult result) {
        result.didYouMean().ifPresent(fix -> out.println("Did you mean: " + fix + "?"));
        if (result.isEmpty()) {
            out.println("No section matches \"" + text + "\".");
            return;
        }
        int n = 1;
        boolean someWords = false;
        for (SearchHit hit : result.hits()) {
            if (!hit.allWords() && !someWords) {
                out.println("-- " + result.looseHeading() + ":");
                someWords = true;
            }
            String section = Section.displayTitle(hit.sectionTitle());
            out.printf("%d. %s › %s  [%s]  %.2f%n", n++, hit.articleTitle(), section, hit.sectionId(), hit.score());
            out.println("   " + hit.snippet().marked());
        }
    }

    private static Map<String, Object> summary(SearchHit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", hit.articleId());
        m.put("sectionId", hit.sectionId());
        m.put("sectionTitle", hit.sectionTitle());
        m.put("score", Math.round(hit.score() * 1000) / 1000.0);
        m.put("snippet", hit.snippet().marked());
        m.put("exact", hit.allWords());
        m.put("published", hit.published().orElse(null));
        return m;
    }
}
