package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects headings and blocks in reading order, as every importer produces them, and turns them
 * into an article with stable section ids. Text before the first heading becomes an untitled
 * introduction; an article without any heading is divided by {@link HeadlessSectioner}.
 */
public final class ArticleAssembler {

    /** A section before it has an id. */
    record Draft(String title, TitleKind kind, List<Block> blocks) {
    }

    private final String articleId;
    private final String title;
    private final Article.Origin origin;
    private final List<Draft> drafts = new ArrayList<>();
    private Draft current;

    public ArticleAssembler(String articleId, String title, Article.Origin origin) {
        this.articleId = articleId;
        this.title = title;
        this.origin = origin;
    }

    public void heading(String headingTitle, TitleKind kind) {
        current = new Draft(headingTitle, kind, new ArrayList<>());
        drafts.add(current);
    }

    public void block(Block block) {
        if (current == null) {
            heading("", TitleKind.NONE);
        }
        current.blocks().add(block);
    }

    public boolean hasContent() {
        return drafts.stream().anyMatch(d -> !d.blocks().isEmpty() || d.kind() != TitleKind.NONE);
    }

    public Article build() {
        List<Draft> sections = drafts;
        if (sections.size() == 1 && sections.get(0).kind() == TitleKind.NONE) {
            sections = HeadlessSectioner.divide(sections.get(0).blocks(), title);
        }
        Set<String> taken = new HashSet<>();
        // Where the search for a free "-n" suffix resumes, per base: ids come out as Slugs.unique
        // gives them, without counting up from 2 again for each of thousands of "Continued" sections.
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Section> result = new ArrayList<>();
        for (Draft draft : sections) {
            if (draft.blocks().isEmpty() && draft.kind() == TitleKind.NONE) {
                continue;
            }
            String base = draft.kind() == TitleKind.NONE ? "introduction" : Slugs.slug(draft.title());
            String slug = base;
            if (taken.contains(slug)) {
                int n = nextSuffix.getOrDefault(base, 2);
                while (taken.contains(base + "-" + n)) {
                    n++;
                }
                slug = base + "-" + n;
                nextSuffix.put(base, n + 1);
            }
            taken.add(slug);
            result.add(new Section(articleId + "/" + slug, draft.title(), draft.kind(), draft.blocks()));
        }
        return new Article(articleId, title, result, origin);
    }
}
