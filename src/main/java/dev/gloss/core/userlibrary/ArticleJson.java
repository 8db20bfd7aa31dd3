package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.MathBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Rule;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.Table;
import dev.gloss.core.model.TitleKind;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * article.json: an imported article as it was read at import time. Keeping the parsed form means
 * that start-up reads JSON instead of parsing thousands of pages again, and that a later, better
 * importer never moves the section ids that bookmarks hang on until the file is imported again.
 *
 * <p>Version 1 knew paragraphs and flat lists only; an article stored in it is read again from its
 * kept source when the library is opened ({@link #isCurrent()}), and read as it is only when the
 * source cannot be read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleJson(int version, String id, String title, String sourceFileName, String format, String sourcePath,
                   MetaJson meta,
                   List<SectionJson> sections) {
    static final int CURRENT_VERSION = 2;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MetaJson(String author, String published, String sourceUrl, String description, List<String> tags,
                    String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SectionJson(String id, String title, String titleKind, Integer level, String parentId,
                       List<BlockJson> blocks) {
    }

    /**
     * One block, its fields by kind: a paragraph's {@code runs}; a list's {@code ordered},
     * {@code start} and {@code listItems} (version 1: {@code items}, each a list of runs); code's
     * {@code text} and {@code language}; a quote's, callout's ({@code calloutKind}, {@code title})
     * blocks; a table's {@code rows}, {@code headerRows} and {@code align}; an image's {@code alt},
     * {@code src}, {@code caption} and {@code original}; math's {@code text}; footnotes' {@code notes}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BlockJson(String type, List<RunJson> runs, Boolean ordered, Integer start, List<List<RunJson>> items,
                     List<ItemJson> listItems, String text, String language, List<BlockJson> blocks,
                     String calloutKind, String title, List<List<List<RunJson>>> rows, Integer headerRows,
                     List<String> align, String alt, String src, List<RunJson> caption, String original,
                     List<NoteJson> notes) {
        static BlockJson of(String type) {
            return new BlockJson(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemJson(List<BlockJson> blocks, Boolean checked) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoteJson(String label, List<BlockJson> blocks) {
    }

    /** A run: its text, marks and link (version 1: {@code style}, one of plain, strong, emphasis). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RunJson(String text, String style, List<String> marks, String link) {
    }

    boolean isCurrent() {
        return version >= CURRENT_VERSION;
    }

    static ArticleJson of(Article a) {
        Article.Meta m = a.meta();
        return new ArticleJson(CURRENT_VERSION, a.id(), a.title(), a.origin().fileName(), a.origin().format(),
                a.origin().sourcePath(),
                new MetaJson(m.author(), m.published(), m.sourceUrl(), m.description(), m.tags(), m.language()),
                mapped(a.sections(), ArticleJson::section));
    }

    /**
     * A view of {@code source} that makes each element as it is asked for: written as a stream, an
     * article of two million paragraphs never has all its JSON forms in memory at once.
     */
    private static <S, T> List<T> mapped(List<S> source, Function<S, T> mapping) {
        final class Mapped extends AbstractList<T> implements RandomAccess {
            @Override
            public T get(int index) {
                return mapping.apply(source.get(index));
            }

            @Override
            public int size() {
                return source.size();
            }
        }
        return new Mapped();
    }

    private static SectionJson section(Section s) {
        return new SectionJson(s.id(), s.title(), s.titleKind().name().toLowerCase(Locale.ROOT), s.level(),
                s.parentId(), blocks(s.blocks()));
    }

    private static List<BlockJson> blocks(List<Block> blocks) {
        return mapped(blocks, ArticleJson::block);
    }

    private static BlockJson block(Block b) {
        if (b instanceof Paragraph p) {
            return new BlockJson("paragraph", runs(p.runs()), null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        } else if (b instanceof ListBlock l) {
            return new BlockJson("list", null, l.ordered(), l.start(), null,
                    l.items().stream().map(i -> new ItemJson(blocks(i.blocks()), i.checked())).toList(), null, null,
                    null, null, null, null, null, null, null, null, null, null, null);
        } else if (b instanceof CodeBlock c) {
            return new BlockJson("code", null, null, null, null, null, c.text(), c.language(), null,
                    null, null, null, null, null, null, null, null, null, null);
        } else if (b instanceof Quote q) {
            return new BlockJson("quote", null, null, null, null, null, null, null, blocks(q.blocks()),
                    null, null, null, null, null, null, null, null, null, null);
        } else if (b instanceof Callout c) {
            return new BlockJson("callout", null, null, null, null, null, null, null, blocks(c.blocks()),
                    c.kind().id(), c.title(), null, null, null, null, null, null, null, null);
        } else if (b instanceof Table t) {
            return new BlockJson("table", null, null, null, null, null, null, null, null, null, null,
                    t.rows().stream().map(r -> r.stream().map(ArticleJson::runs).toList()).toList(), t.headerRows(),
                    t.alignments().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList(), null, null, null,
                    null, null);
        } else if (b instanceof ImageBlock i) {
            return new BlockJson("image", null, null, null, null, null, null, null, null, null, null,
                    null, null, null, i.alt(), i.src(), runs(i.caption()), i.original(), null);
        } else if (b instanceof Rule r) {
            return BlockJson.of("rule");
        } else if (b instanceof MathBlock m) {
            return new BlockJson("math", null, null, null, null, null, m.source(), null, null, null,
                    null, null, null, null, null, null, null, null, null);
        } else if (b instanceof Footnotes f) {
            return new BlockJson("footnotes", null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null,
                    f.notes().stream().map(n -> new NoteJson(n.label(), blocks(n.blocks()))).toList());
        }
        throw new IllegalArgumentException("unknown block " + b);
    }

    /** Made in a loop, not a stream: an article of two million paragraphs makes this two million times. */
    private static List<RunJson> runs(List<Run> runs) {
        RunJson[] out = new RunJson[runs.size()];
        for (int i = 0; i < out.length; i++) {
            Run r = runs.get(i);
            List<String> marks = r.marks().isEmpty() ? List.of()
                    : r.marks().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).sorted().toList();
            out[i] = new RunJson(r.text(), null, marks, r.link());
        }
        return List.of(out);
    }

    /** The article; a file that does not describe one fails with IllegalArgumentException. */
    Article toArticle() {
        require(id != null && title != null && sections != null, "id, title and sections are required");
        Article.Meta m = meta == null ? Article.Meta.NONE
                : new Article.Meta(meta.author(), meta.published(), meta.sourceUrl(), meta.description(), meta.tags(),
                meta.language());
        return new Article(id, title, sections.stream().map(ArticleJson::toSection).toList(),
                new Article.Origin(sourceFileName == null ? "" : sourceFileName, format == null ? "" : format,
                        sourcePath), m);
    }

    private static Section toSection(SectionJson s) {
        require(s.id() != null && s.title() != null && s.blocks() != null, "a section needs an id, title and blocks");
        TitleKind kind = TitleKind.valueOf(String.valueOf(s.titleKind()).toUpperCase(Locale.ROOT));
        int level = s.level() != null ? s.level() : kind == TitleKind.NONE ? 1 : 2;
        return new Section(s.id(), s.title(), kind, level, s.parentId(), toBlocks(s.blocks()));
    }

    private static List<Block> toBlocks(List<BlockJson> blocks) {
        require(blocks != null, "blocks are required");
        List<Block> out = new ArrayList<>(blocks.size());
        for (BlockJson b : blocks) {
            out.add(toBlock(b));
        }
        return out;
    }

    private static Block toBlock(BlockJson b) {
        String type = String.valueOf(b.type());
        return switch (type) {
            case "paragraph" -> new Paragraph(toRuns(b.runs()));
            case "list" -> {
                List<ListItem> items;
                if (b.listItems() != null) {
                    items = b.listItems().stream().map(i -> new ListItem(toBlocks(i.blocks()), i.checked())).toList();
                } else {
                    require(b.items() != null, "a list needs items");
                    items = b.items().stream().map(i -> new ListItem(toRuns(i))).toList();
                }
                yield new ListBlock(Boolean.TRUE.equals(b.ordered()), b.start() == null ? 1 : b.start(), items);
            }
            case "code" -> new CodeBlock(nonNull(b.text(), "code needs its text"), b.language());
            case "quote" -> new Quote(toBlocks(b.blocks()));
            case "callout" -> new Callout(Callout.Kind.valueOf(String.valueOf(b.calloutKind()).toUpperCase(Locale.ROOT)),
                    b.title(), toBlocks(b.blocks()));
            case "table" -> {
                require(b.rows() != null, "a table needs rows");
                List<Table.Align> align = b.align() == null ? List.of()
                        : b.align().stream().map(a -> Table.Align.valueOf(a.toUpperCase(Locale.ROOT))).toList();
                yield new Table(b.rows().stream().map(r -> r.stream().map(ArticleJson::toRuns).toList()).toList(),
                        b.headerRows() == null ? 0 : b.headerRows(), align);
            }
            case "image" -> new ImageBlock(b.alt(), b.src(), b.caption() == null ? List.of() : toRuns(b.caption()),
                    b.original());
            case "rule" -> new Rule();
            case "math" -> new MathBlock(nonNull(b.text(), "math needs its source"));
            case "footnotes" -> {
                require(b.notes() != null, "footnotes need notes");
                yield new Footnotes(b.notes().stream()
                        .map(n -> new Footnotes.Note(nonNull(n.label(), "a note needs a label"), toBlocks(n.blocks())))
                        .toList());
            }
            default -> throw new IllegalArgumentException("unknown block type " + type);
        };
    }

    private static List<Run> toRuns(List<RunJson> runs) {
        require(runs != null, "runs are required");
        List<Run> out = new ArrayList<>(runs.size());
        for (RunJson r : runs) {
            require(r.text() != null, "a run needs its text");
            Set<Run.Mark> marks = EnumSet.noneOf(Run.Mark.class);
            if (r.marks() != null) {
                r.marks().forEach(m -> marks.add(Run.Mark.valueOf(m.toUpperCase(Locale.ROOT))));
            }
            if (r.style() != null && !r.style().equals("plain")) {
                marks.add(Run.Mark.valueOf(r.style().toUpperCase(Locale.ROOT)));
            }
            out.add(new Run(r.text(), marks, r.link()));
        }
        return out;
    }

    private static String nonNull(String s, String problem) {
        require(s != null, problem);
        return s;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
