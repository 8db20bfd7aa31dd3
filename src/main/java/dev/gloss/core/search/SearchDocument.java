package dev.gloss.core.search;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TextUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the index keeps of one section: ids, titles, text, the topics it belongs to, what its
 * article's metadata says (author, date, description, tags), the language its text is read in,
 * where its code is (pairs of offsets into {@code body}), and whether it is the article's first
 * section, the one a search for the article's title or description opens.
 */
public record SearchDocument(String articleId, String articleTitle, String sectionId, String sectionTitle,
                             String body, Set<String> topicIds, String language, String author, String published,
                             String description, List<String> tags, List<int[]> code, boolean first) {

    public SearchDocument {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(body, "body");
        topicIds = Set.copyOf(topicIds);
        language = language == null ? Language.ENGLISH.code : language;
        tags = tags == null ? List.of() : List.copyOf(tags);
        code = code == null ? List.of() : List.copyOf(code);
    }

    /** A section with only its ids, titles and text: an English section of no known author or date. */
    public SearchDocument(String articleId, String articleTitle, String sectionId, String sectionTitle, String body,
                          Set<String> topicIds) {
        this(articleId, articleTitle, sectionId, sectionTitle, body, topicIds, null, null, null, null, List.of(),
                List.of(), false);
    }

    /**
     * One document per section of {@code article}. An untitled introduction has no title to
     * match; {@code topicsOfSection} gives a section id's topics (an empty set if none).
     */
    public static List<SearchDocument> of(Article article, Function<String, Set<String>> topicsOfSection) {
        List<SearchDocument> documents = new ArrayList<>(article.sections().size());
        String language = Language.of(article).code;
        Article.Meta meta = article.meta();
        boolean first = true;
        for (Section section : article.sections()) {
            documents.add(new SearchDocument(article.id(), article.title(), section.id(),
                    section.hasVisibleTitle() ? section.title() : "", section.plainText(),
                    topicsOfSection.apply(section.id()), language, meta.author(), meta.published(),
                    meta.description(), meta.tags(), codeRanges(section), first));
            first = false;
        }
        return documents;
    }

    /** The stretches of a section's plain text that are code: code blocks and inline code. */
    static List<int[]> codeRanges(Section section) {
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        boolean firstUnit = true;
        for (Block block : section.blocks()) {
            for (TextUnit unit : block.units()) {
                if (!firstUnit) {
                    at++;
                }
                firstUnit = false;
                boolean wholeUnit = unit.kind() == TextUnit.Kind.CODE;
                for (Run run : unit.runs()) {
                    int end = at + run.text().length();
                    if ((wholeUnit || run.has(Run.Mark.CODE)) && end > at) {
                        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                        if (last != null && last[1] >= at - 1) {
                            last[1] = end;
                        } else {
                            ranges.add(new int[] {at, end});
                        }
                    }
                    at = end;
                }
            }
        }
        return ranges;
    }

    /** The article's metadata as one text: description, tags and author. */
    String metaText() {
        StringBuilder sb = new StringBuilder();
        if (description != null) {
            sb.append(description).append('\n');
        }
        for (String tag : tags) {
            sb.append(tag).append('\n');
        }
        if (author != null) {
            sb.append(author);
        }
        return sb.toString().strip();
    }
}
