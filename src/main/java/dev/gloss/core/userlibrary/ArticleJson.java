package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;

import java.util.List;
import java.util.Locale;

/**
 * article.json: an imported article as it was read at import time. Keeping the parsed form means
 * that start-up reads JSON instead of parsing thousands of pages again, and that a later, better
 * importer never moves the section ids that bookmarks hang on until the file is imported again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleJson(int version, String id, String title, String sourceFileName, String format,
                   List<SectionJson> sections) {
    static final int CURRENT_VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SectionJson(String id, String title, String titleKind, List<BlockJson> blocks) {
    }

    /** A paragraph ({@code runs}) or a list ({@code ordered}, {@code start}, {@code items}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BlockJson(String type, List<RunJson> runs, Boolean ordered, Integer start, List<List<RunJson>> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunJson(String text, String style) {
    }

    static ArticleJson of(Article a) {
        return new ArticleJson(CURRENT_VERSION, a.id(), a.title(), a.origin().fileName(), a.origin().format(),
                a.sections().stream().map(ArticleJson::section).toList());
    }

    private static SectionJson section(Section s) {
        return new SectionJson(s.id(), s.title(), s.titleKind().name().toLowerCase(Locale.ROOT),
                s.blocks().stream().map(ArticleJson::block).toList());
    }

    private static BlockJson block(Block b) {
        if (b instanceof ListBlock list) {
            return new BlockJson("list", null, list.ordered(), list.start(),
                    list.items().stream().map(i -> runs(i.runs())).toList());
        }
        return new BlockJson("paragraph", runs(((Paragraph) b).runs()), null, null, null);
    }

    private static List<RunJson> runs(List<Run> runs) {
        return runs.stream().map(r -> new RunJson(r.text(), r.style().name().toLowerCase(Locale.ROOT))).toList();
    }

    /** The article; a file that does not describe one fails with IllegalArgumentException. */
    Article toArticle() {
        require(id != null && title != null && sections != null, "id, title and sections are required");
        return new Article(id, title, sections.stream().map(ArticleJson::toSection).toList(),
                new Article.Origin(sourceFileName == null ? "" : sourceFileName, format == null ? "" : format));
    }

    private static Section toSection(SectionJson s) {
        require(s.id() != null && s.title() != null && s.blocks() != null, "a section needs an id, title and blocks");
        TitleKind kind = TitleKind.valueOf(String.valueOf(s.titleKind()).toUpperCase(Locale.ROOT));
        return new Section(s.id(), s.title(), kind, s.blocks().stream().map(ArticleJson::toBlock).toList());
    }

    private static Block toBlock(BlockJson b) {
        if ("list".equals(b.type())) {
            require(b.items() != null, "a list needs items");
            return new ListBlock(Boolean.TRUE.equals(b.ordered()), b.start() == null ? 1 : b.start(),
                    b.items().stream().map(i -> new ListItem(toRuns(i))).toList());
        }
        require("paragraph".equals(b.type()) && b.runs() != null, "unknown block type " + b.type());
        return new Paragraph(toRuns(b.runs()));
    }

    private static List<Run> toRuns(List<RunJson> runs) {
        require(runs != null, "runs are required");
        return runs.stream()
                .map(r -> new Run(r.text(), Run.Style.valueOf(String.valueOf(r.style()).toUpperCase(Locale.ROOT))))
                .toList();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
