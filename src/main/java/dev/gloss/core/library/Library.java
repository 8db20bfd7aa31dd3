package dev.gloss.core.library;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The articles in reading order, found by id. */
public final class Library {
    private final List<Article> articles;
    private final Map<String, Article> byId = new LinkedHashMap<>();
    private final Map<String, Section> sectionsById = new LinkedHashMap<>();
    private final Map<String, String> stamps;

    public Library(List<Article> articles) {
        this(articles, Map.of());
    }

    /**
     * @param stamps for each article whose files are known, a line that changes whenever they do
     *               (sizes, times and file keys, taken before they were read): with them an index can
     *               tell it holds this library by looking at the files alone
     */
    public Library(List<Article> articles, Map<String, String> stamps) {
        this.stamps = Map.copyOf(stamps);
        this.articles = List.copyOf(articles);
        for (Article article : this.articles) {
            if (byId.putIfAbsent(article.id(), article) != null) {
                throw new IllegalArgumentException("Two articles share the id " + article.id());
            }
            for (Section section : article.sections()) {
                sectionsById.put(section.id(), section);
            }
        }
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Section> section(String sectionId) {
        return Optional.ofNullable(sectionsById.get(sectionId));
    }

    /** The article that holds a section. */
    public Optional<Article> articleOf(String sectionId) {
        Section section = sectionsById.get(sectionId);
        return section == null ? Optional.empty() : article(section.articleId());
    }

    /** The stamps of the articles' files, by article id; an article without one is missing. */
    public Map<String, String> stamps() {
        return stamps;
    }

    public int size() {
        return articles.size();
    }
}
