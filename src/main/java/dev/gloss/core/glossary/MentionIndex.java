package dev.gloss.core.glossary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every glossary term occurs in a library, computed once at load: one pass over each
 * section's text with the glossary's multi-term matcher. Offsets point into
 * {@code Section.plainText()}, so the reader can mark the words in the text.
 */
public final class MentionIndex {
    private final Map<String, TermMentions> byTerm;
    private final Map<String, List<Mention>> bySection;

    /** What the index was made from, so that the next one can take over what has not changed. */
    private final Library library;
    private final List<Term> terms;

    private MentionIndex(Map<String, TermMentions> byTerm, Map<String, List<Mention>> bySection, Library library,
                         List<Term> terms) {
        this.byTerm = byTerm;
        this.bySection = bySection;
        this.library = library;
        this.terms = terms;
    }

    public static MentionIndex build(Library library, Glossary glossary) {
        return build(library, glossary, null);
    }

    /**
     * The mentions of a library; given the index made before for the same terms, the articles that
     * are the very same in both libraries keep their mentions, so after an import only the new
     * articles are matched.
     */
    public static MentionIndex build(Library library, Glossary glossary, MentionIndex previous) {
        TermMatcher matcher = glossary.matcher();
        boolean sameTerms = previous != null && previous.terms.equals(glossary.terms());
        // Each article is matched on its own, on all cores; the results are gathered in library order.
        List<List<List<Mention>>> perArticle = library.articles().parallelStream().map(article -> {
            if (sameTerms && previous.library.article(article.id()).orElse(null) == article) {
                List<List<Mention>> kept = new ArrayList<>(article.sections().size());
                for (Section section : article.sections()) {
                    kept.add(previous.inSection(section.id()));
                }
                return kept;
            }
            List<List<Mention>> sections = new ArrayList<>(article.sections().size());
            for (Section section : article.sections()) {
                String text = section.proseText();
                List<Mention> found = new ArrayList<>();
                for (TermMatcher.Match m : matcher.find(text)) {
                    Sentences.Span s = Sentences.around(text, m.start(), m.end());
                    found.add(new Mention(m.termId(), article.id(), section.id(), m.start(), m.end(),
                            text.substring(m.start(), m.end()), text.substring(s.start(), s.end()), s.start()));
                }
                sections.add(List.copyOf(found));
            }
            return sections;
        }).toList();
        Map<String, List<Mention>> bySection = new LinkedHashMap<>();
        // term id -> section id -> mentions, in reading order
        Map<String, Map<String, List<Mention>>> grouped = new HashMap<>();
        List<Article> articles = library.articles();
        for (int a = 0; a < articles.size(); a++) {
            List<Section> sections = articles.get(a).sections();
            for (int i = 0; i < sections.size(); i++) {
                List<Mention> found = perArticle.get(a).get(i);
                for (Mention mention : found) {
                    grouped.computeIfAbsent(mention.termId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(sections.get(i).id(), k -> new ArrayList<>()).add(mention);
                }
                bySection.put(sections.get(i).id(), found);
            }
        }
        Map<String, TermMentions> byTerm = new HashMap<>();
        for (Term term : glossary.terms()) {
            Map<String, List<Mention>> sections = grouped.getOrDefault(term.id(), Map.of());
            List<SectionMentions> list = new ArrayList<>();
            sections.forEach((sectionId, mentions) ->
                    list.add(new SectionMentions(mentions.get(0).articleId(), sectionId, mentions)));
            byTerm.put(term.id(), new TermMentions(term.id(), list));
        }
        return new MentionIndex(Map.copyOf(byTerm), java.util.Collections.unmodifiableMap(bySection), library,
                List.copyOf(glossary.terms()));
    }

    /** Every mention of a term, by section in reading order; empty for an unknown id. */
    public TermMentions of(String termId) {
        return byTerm.getOrDefault(termId, TermMentions.none(termId));
    }

    /** The glossary terms in one section, in text order, without overlaps: what the article view marks. */
    public List<Mention> inSection(String sectionId) {
        return bySection.getOrDefault(sectionId, List.of());
    }

    /** All mentions, section by section in reading order. */
    public List<Mention> all() {
        return bySection.values().stream().flatMap(List::stream).toList();
    }

    public int total() {
        return bySection.values().stream().mapToInt(List::size).sum();
    }
}
