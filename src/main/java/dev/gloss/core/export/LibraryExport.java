package dev.gloss.core.export;

import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the window and {@code gloss export} export, from one place: articles with their
 * highlights and notes as Markdown, one file per article, for one article, a topic or the whole
 * library; and flashcards of glossary terms and highlighted passages for Anki.
 */
public final class LibraryExport {
    private final Library library;
    private final TopicIndex topics;
    private final Map<String, List<Highlight>> highlights = new LinkedHashMap<>();
    private final ZoneId zone;

    public LibraryExport(Library library, TopicIndex topics, List<ResolvedBookmark> bookmarks, ZoneId zone) {
        this.library = library;
        this.topics = topics;
        this.zone = zone;
        for (ResolvedBookmark r : bookmarks) {
            Highlight h = Highlight.of(r);
            highlights.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(h);
        }
        // In reading order: by section as the article has them, then as made.
        highlights.forEach((articleId, list) -> {
            Map<String, Integer> order = new LinkedHashMap<>();
            library.article(articleId).ifPresent(a -> a.sections().forEach(s -> order.put(s.id(), order.size())));
            list.sort(Comparator.comparing((Highlight h) -> order.getOrDefault(h.sectionId(), Integer.MAX_VALUE))
                    .thenComparing(Highlight::created));
        });
    }

    public Library library() {
        return library;
    }

    /** The articles with a section in the topic, in the library's order; empty for an unknown topic. */
    public List<Article> articlesOf(String topicId) {
        Set<String> sections = Set.copyOf(topics.sectionIds(topicId));
        return library.articles().stream()
                .filter(a -> a.sections().stream().anyMatch(s -> sections.contains(s.id()))).toList();
    }

    /** The names of the topics of an article's sections (General left out), strongest first by how many sections have them. */
    public List<String> topicNames(Article article) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : article.sections()) {
            for (Topic t : topics.topicsOf(s.id())) {
                // General is where the sections of no topic are: not a topic of the article's.
                if (!t.isGeneral()) {
                    counts.merge(t.name(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    public List<Highlight> highlightsOf(String articleId) {
        return highlights.getOrDefault(articleId, List.of());
    }

    public String markdown(Article article) {
        return ArticleMarkdown.render(article, topicNames(article), highlightsOf(article.id()), zone);
    }

    /**
     * Writes each article to {@code folder} as {@code ID.md}, atomically, making the folder if it
     * is not there; an existing export of the same article is replaced. Returns the files written.
     */
    public List<Path> writeMarkdown(List<Article> articles, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Article a : articles) {
            Path file = folder.resolve(ArticleMarkdown.fileName(a));
            AtomicFiles.write(file, markdown(a).getBytes(StandardCharsets.UTF_8));
            written.add(file);
        }
        return written;
    }

    /** Flashcards of these terms and of the highlighted passages of these articles, in one deck. */
    public String flashcards(String deck, List<Term> terms, List<Article> articles) {
        List<Flashcards.Card> cards = new ArrayList<>(Flashcards.ofTerms(terms));
        Set<String> ids = new LinkedHashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        for (String id : ids) {
            String title = library.article(id).map(Article::title).orElse(id);
            cards.addAll(Flashcards.ofHighlights(title, id, highlightsOf(id)));
        }
        return Flashcards.render(deck, List.of("gloss"), cards);
    }
}
