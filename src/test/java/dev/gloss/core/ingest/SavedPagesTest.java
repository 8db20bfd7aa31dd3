package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Callout;
import dev.gloss.core.model.CodeBlock;
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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web pages as browsers save them, read into the article's real blocks. */
class SavedPagesTest {

    static Parsed parse(String fixture) throws ImportException {
        String name = fixture.substring(fixture.lastIndexOf('/') + 1);
        SourceFormat format = SourceFormat.ofFileName(name).orElseThrow();
        return format.parse(FixtureResources.bytes(fixture), null, name, FixtureResources.beside(fixture));
    }

    /** Every block of the article, nested ones (in lists, quotes, callouts) after their holder. */
    static List<Block> allBlocks(Article a) {
        List<Block> out = new ArrayList<>();
        List<Block> queue = new ArrayList<>();
        a.sections().forEach(s -> queue.addAll(s.blocks()));
        for (int i = 0; i < queue.size(); i++) {
            Block b = queue.get(i);
            out.add(b);
            if (b instanceof ListBlock l) {
                l.items().forEach(it -> queue.addAll(it.blocks()));
            } else if (b instanceof Quote q) {
                queue.addAll(q.blocks());
            } else if (b instanceof Callout c) {
                queue.addAll(c.blocks());
            }
        }
        return out;
    }

    static <T extends Block> List<T> blocks(Article a, Class<T> kind) {
        return allBlocks(a).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static String text(Article a) {
        StringBuilder sb = new StringBuilder(a.title()).append('\n');
        for (Section s : a.sections()) {
            sb.append(s.title()).append('\n').append(s.plainText()).append('\n');
        }
        return sb.toString();
    }

    /** The article's outline, for assertion messages. */
    static String outline(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Section s : a.sections()) {
            sb.append("== ").append(s.level()).append(' ').append(s.title()).append(" (parent ").append(s.parentId())
                    .append(")\n");
            for (Block b : s.blocks()) {
                sb.append("  ").append(b.getClass().getSimpleName()).append(": ")
                        .append(b.plainText().replace('\n', '|'), 0, Math.min(100, b.plainText().length())).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    @Test
    void aCompleteSaveKeepsFiguresTablesCodeQuotesCalloutsListsAndMetadata() throws ImportException {
        Parsed parsed = parse("html/Some Guide.html");
        Article a = parsed.article();
        String outline = outline(a);
        assertEquals("Backing Up a Laptop with rsync", a.title());

        // Metadata, and the byline and date not left in the text.
        Article.Meta meta = a.meta();
        assertEquals("Priya Raman", meta.author());
        assertEquals("2024-03-05T09:30:00+00:00", meta.published());
        assertEquals("https://blog.example.org/guides/backups-with-rsync/", meta.sourceUrl(), "the saved-from comment");
        assertEquals("en-GB", meta.language());
        assertEquals("A practical guide to nightly laptop backups with rsync and a USB disk.", meta.description());
        assertEquals(List.of("backup", "rsync", "linux", "sysadmin", "how-to"), meta.tags());
        String text = text(a);
        for (String furniture : List.of("We use cookies", "Accept all", "Share on Twitter", "Related posts",
                "Snapshots with ZFS", "All rights reserved", "Guides", "By Priya", "5 March 2024", "Injected",
                "font-family", "¶")) {
            assertFalse(text.contains(furniture), "furniture left in: " + furniture + "\n" + outline);
        }

        // Sections by heading level.
        List<Section> sections = a.sections();
        assertEquals(List.of("", "What you need", "The backup command", "Scheduling it"),
                sections.stream().map(Section::title).toList(), outline);
        assertEquals(TitleKind.NONE, sections.get(0).titleKind());
        assertEquals(2, sections.get(2).level());
        assertEquals(3, sections.get(3).level());
        assertEquals(sections.get(2).id(), sections.get(3).parentId());
        assertNull(sections.get(1).parentId());

        // The figure: its caption with its marks, the larger srcset file kept (a PNG), the logo left out.
        List<ImageBlock> images = blocks(a, ImageBlock.class);
        assertEquals(3, images.size(), outline);
        ImageBlock figure = images.get(0);
        assertEquals("Laptop, USB disk and the rsync arrow between them", figure.alt());
        assertEquals("How the files travel: from the laptop to the USB disk, changes only.", figure.captionText());
        assertTrue(figure.caption().contains(Run.strong("USB disk")));
        assertNotNull(figure.src());
        byte[] png = parsed.assets().get(figure.src());
        assertTrue(isPng(png));
        assertArrayEquals(FixtureResources.bytes("html/Some Guide_files/diagram-2x.png"), png, "the best source");
        ImageBlock photo = images.get(1);
        assertTrue(isJpeg(parsed.assets().get(photo.src())), "a lone img kept, a JPEG");
        ImageBlock remote = images.get(2);
        assertNull(remote.src(), "a remote image is never fetched");
        assertEquals("A remote chart of backup sizes", remote.alt());
        assertEquals("https://cdn.example.org/remote-chart.png", remote.original());
        assertEquals(2, parsed.assets().size(), "no logo, no tracking pixel: " + parsed.assets().keySet());

        // Nested lists keep their nesting, inline code as a mark.
        ListBlock needs = (ListBlock) sections.get(1).blocks().get(0);
        assertEquals(2, needs.items().size());
        ListBlock nested = (ListBlock) needs.items().get(0).blocks().get(1);
        assertEquals(2, nested.items().size());
        assertTrue(nested.items().get(1).runs().contains(Run.code("BACKUP")));

        // Code: exact lines, highlighting spans joined, language from the class.
        CodeBlock code = blocks(a, CodeBlock.class).get(0);
        assertEquals("bash", code.language());
        assertEquals(List.of("# copy the home folder, keeping permissions and times",
                "rsync -aHAX --delete \\",
                "    --exclude=\".cache/\" \\",
                "    ~/  /media/$USER/BACKUP/home/"), code.lines());

        // The data table, header and alignments; the layout table unwrapped into its paragraph.
        Table table = blocks(a, Table.class).get(0);
        assertEquals(1, blocks(a, Table.class).size(), "the layout table is no table");
        assertEquals(1, table.headerRows());
        assertEquals(4, table.rows().size());
        assertEquals(List.of("--delete", "removes files that were moved deleted from the laptop", "2.5"),
                table.cellTexts().get(3));
        assertEquals(List.of(Run.code("--delete")), table.rows().get(3).get(0));
        assertTrue(table.rows().get(3).get(1).contains(new Run("moved", Set.of(Run.Mark.STRIKETHROUGH))));
        assertEquals(Table.Align.CENTER, table.alignment(1));
        assertEquals(Table.Align.RIGHT, table.alignment(2));
        assertTrue(sections.get(3).blocks().get(0) instanceof Paragraph p && p.plainText().startsWith("Add a line"),
                outline);

        // Quote and callout.
        Quote quote = blocks(a, Quote.class).get(0);
        assertEquals(List.of("Two is one and one is none.", "— an old sysadmin saying"),
                quote.blocks().stream().map(Block::plainText).toList());
        Callout callout = blocks(a, Callout.class).get(0);
        assertEquals(Callout.Kind.WARNING, callout.kind());
        assertEquals("Check before you delete", callout.title());
        assertEquals(1, callout.blocks().size(), "the title is not in the body");
        assertTrue(callout.plainText().startsWith("The --delete option"));

        // The definition list: every term and definition, the terms strong.
        List<Paragraph> paragraphs = blocks(a, Paragraph.class);
        assertTrue(paragraphs.stream().anyMatch(p -> p.runs().equals(List.of(Run.strong("systemd timers")))));
        assertTrue(text.contains("A newer alternative that can catch up on runs missed while the laptop was asleep."));

        // Links as written, a line break, sub and sup, the rule.
        Paragraph links = paragraphs.stream().filter(p -> p.plainText().startsWith("Read more")).findFirst().orElseThrow();
        assertTrue(links.runs().contains(Run.link("rsync manual", "https://download.samba.org/pub/rsync/rsync.1")));
        assertTrue(links.runs().contains(Run.link("what you need", "#what-you-need")));
        assertTrue(links.plainText().endsWith("what you need.\nQuestions are welcome by e-mail."), "br is a line break");
        Paragraph marks = paragraphs.stream().filter(p -> p.plainText().startsWith("Updated")).findFirst().orElseThrow();
        assertTrue(marks.runs().contains(new Run("2", Set.of(Run.Mark.SUBSCRIPT))));
        assertTrue(marks.runs().contains(new Run("th", Set.of(Run.Mark.SUPERSCRIPT))));
        assertEquals(1, blocks(a, Rule.class).size());
    }
}
