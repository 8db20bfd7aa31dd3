package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TextUnit;
import dev.gloss.core.model.TitleKind;
import dev.gloss.core.model.Words;

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
    record Draft(String title, TitleKind kind, int level, List<Block> blocks) {
        Draft(String title, TitleKind kind, List<Block> blocks) {
            this(title, kind, kind == TitleKind.NONE ? 1 : 2, blocks);
        }
    }

    /**
     * Text without headings shorter than this reads as one section: dividing it would make sections
     * of a paragraph. (The bundled osteoporosis article, 516 words, is the shortest text divided.)
     */
    static final int MIN_WORDS_TO_DIVIDE = 450;

    private final String articleId;
    private final String title;
    private final Article.Origin origin;
    private final List<Draft> drafts = new ArrayList<>();
    private Draft current;
    private Article.Meta meta = Article.Meta.NONE;

    public ArticleAssembler(String articleId, String title, Article.Origin origin) {
        this.articleId = articleId;
        this.title = title;
        this.origin = origin;
    }

    /** Starts a top-level section (level 2). */
    public void heading(String headingTitle, TitleKind kind) {
        heading(headingTitle, kind, kind == TitleKind.NONE ? 1 : 2);
    }

    /** Starts a section under a heading of the given level (2 for an H2...); a deeper one nests in the one before. */
    public void heading(String headingTitle, TitleKind kind, int level) {
        current = new Draft(headingTitle, kind, level, new ArrayList<>());
        drafts.add(current);
    }

    public void meta(Article.Meta newMeta) {
        this.meta = newMeta == null ? Article.Meta.NONE : newMeta;
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

    /** Whether the blocks hold at least {@code enough} words, counted only until there are that many. */
    private static boolean hasWords(List<Block> blocks, int enough) {
        int words = 0;
        for (Block block : blocks) {
            for (TextUnit unit : block.units()) {
                words += Words.count(unit.text());
                if (words >= enough) {
                    return true;
                }
            }
        }
        return false;
    }

    public Article build() {
        List<Draft> sections = drafts;
        if (sections.size() == 1 && sections.get(0).kind() == TitleKind.NONE
                && hasWords(sections.get(0).blocks(), MIN_WORDS_TO_DIVIDE)) {
            sections = HeadlessSectioner.divide(sections.get(0).blocks(), title);
        }
        Set<String> taken = new HashSet<>();
        // Where the search for a free "-n" suffix resumes, per base: ids come out as Slugs.unique
        // gives them, without counting up from 2 again for each of thousands of "Continued" sections.
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Section> result = new ArrayList<>();
        // The open sections by depth: a heading's parent is the nearest open one of a lower level.
        java.util.ArrayDeque<Section> open = new java.util.ArrayDeque<>();
        // The shallowest heading level in use is shown as level 2, whether the source uses H1 or H3 for it.
        int shallowest = sections.stream().filter(d -> d.kind() != TitleKind.NONE).mapToInt(Draft::level).min().orElse(2);
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
            int level = draft.kind() == TitleKind.NONE ? 1 : Math.max(2, draft.level() - shallowest + 2);
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            String parent = open.isEmpty() || open.peek().titleKind() == TitleKind.NONE ? null : open.peek().id();
            Section section = new Section(articleId + "/" + slug, draft.title(), draft.kind(), level, parent,
                    draft.blocks());
            open.push(section);
            result.add(section);
        }
        return new Article(articleId, title, result, origin, meta);
    }
}
