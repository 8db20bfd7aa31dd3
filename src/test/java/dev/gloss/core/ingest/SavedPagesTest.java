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

    @Test
    void aDocumentationPageWhoseContainerIsNamedForSharingIsRead() throws ImportException {
        // The defect: "sharing" in the main container's class and id made it a share bar, and the
        // page was refused as having no article text.
        Article a = parse("html/docs-screen-sharing.html").article();
        String outline = outline(a);
        assertEquals("Screen sharing", a.title());
        assertEquals(List.of("", "Starting a share", "Permissions"), a.sections().stream().map(Section::title).toList(),
                outline);
        String text = text(a);
        assertTrue(text.contains("Hosts decide who may share."), outline);
        assertTrue(text.contains("nothing private ends up in a recording by accident"));
        assertFalse(text.contains("Tweet this page"), "the share widget inside it still goes");
        assertFalse(text.contains("On this page"), "the sidebar goes");
        assertFalse(text.contains("Installing"));
        assertEquals("Meetly Docs Team", a.meta().author());
        // Steps keep their code and callout.
        ListBlock steps = (ListBlock) a.sections().get(1).blocks().get(0);
        assertTrue(steps.ordered());
        assertEquals(3, steps.items().size());
        assertEquals(new CodeBlock("Share ▸ Entire screen | Window | Tab", null), steps.items().get(1).blocks().get(1));
        Callout note = blocks(a, Callout.class).get(0);
        assertEquals(Callout.Kind.NOTE, note.kind());
        assertEquals("Note", note.title());
    }

    @Test
    void aWikipediaPageKeepsItsSubheadingsWithoutEditLinks() throws ImportException {
        Article a = parse("html/wiki-lighthouse.html").article();
        String outline = outline(a);
        assertEquals("Eddystone Lighthouse", a.title());
        List<Section> s = a.sections();
        assertEquals(List.of("", "History", "Winstanley's lighthouse", "Smeaton's lighthouse", "Present lighthouse",
                "References"), s.stream().map(Section::title).toList(), outline);
        assertEquals(List.of(1, 2, 3, 3, 2, 2), s.stream().map(Section::level).toList());
        assertEquals(s.get(1).id(), s.get(2).parentId());
        assertEquals(s.get(1).id(), s.get(3).parentId());
        assertNull(s.get(4).parentId());
        String text = text(a);
        assertFalse(text.contains("edit"), outline);
        assertFalse(text.contains("Random article"));
        assertFalse(text.contains("last edited"));
        assertEquals("https://en.wikipedia.org/wiki/Eddystone_Lighthouse", a.meta().sourceUrl());
        Table infobox = blocks(a, Table.class).get(0);
        assertEquals(List.of("Location", "Eddystone Rocks, English Channel"), infobox.cellTexts().get(1));
        Paragraph lead = (Paragraph) s.get(0).blocks().stream().filter(Paragraph.class::isInstance).findFirst().orElseThrow();
        assertTrue(lead.runs().contains(new Run("[1]", Set.of(Run.Mark.SUPERSCRIPT), "#cite_note-1")), lead.runs().toString());
        ListBlock refs = (ListBlock) s.get(5).blocks().get(0);
        assertEquals(2, refs.items().size());
        assertTrue(refs.items().get(1).plainText().contains("Eddystone: The Finger of Light"));
    }

    @Test
    void anArticleOfNestedListsKeepsNearlyAllItsWords() throws ImportException {
        // The defect: list text did not count towards the main content, and 22 of 1,497 words were kept.
        byte[] bytes = FixtureResources.bytes("html/nested-list-article.html");
        String source = org.jsoup.Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .selectFirst("article ul").text();
        int words = dev.gloss.core.model.Words.count(source);
        assertTrue(words >= 1000, "the fixture has " + words + " words in lists");
        Article a = parse("html/nested-list-article.html").article();
        int kept = a.sections().stream().mapToInt(Section::wordCount).sum();
        assertTrue(kept >= words * 0.95, kept + " of " + words + " words kept\n" + outline(a));
        assertFalse(text(a).contains("Archives"));
        ListBlock outer = blocks(a, ListBlock.class).get(0);
        assertEquals(10, outer.items().size());
        ListBlock second = (ListBlock) outer.items().get(0).blocks().get(1);
        ListBlock third = (ListBlock) second.items().get(0).blocks().get(1);
        assertEquals(2, third.items().size(), "three levels of nesting");
    }

    @Test
    void aSingleFileSaveKeepsItsEmbeddedImagesAndSteps() throws ImportException {
        Parsed parsed = parse("html/singlefile-recipe.html");
        Article a = parsed.article();
        String outline = outline(a);
        assertEquals("Pain de campagne au levain", a.title());
        assertEquals("Camille Durand", a.meta().author());
        assertEquals("2024-03-28", a.meta().published());
        assertEquals("https://recettes.example.fr/pain-de-campagne", a.meta().sourceUrl());
        assertEquals("fr", a.meta().language());
        assertEquals(List.of("pain", "levain", "boulangerie"), a.meta().tags());
        List<ImageBlock> images = blocks(a, ImageBlock.class);
        assertEquals(1, images.size(), "the icon is left out: " + outline);
        assertEquals("La miche, vingt minutes après la cuisson.", images.get(0).captionText());
        assertTrue(isPng(parsed.assets().get(images.get(0).src())));
        assertNull(images.get(0).original(), "a data: URI is not kept as the original address");
        ListBlock steps = blocks(a, ListBlock.class).get(1);
        assertEquals(3, steps.items().size());
        assertEquals(List.of(Run.strong("Autolyse")), ((Paragraph) steps.items().get(0).blocks().get(0)).runs());
        assertTrue(steps.items().get(2).plainText().contains("Enfournez à 240 °C"));
        assertFalse(text(a).contains("Hidden SingleFile"));
    }

    static String mhtml(String html, byte[] png) {
        String qp = html.replace("=", "=3D");
        // Soft line breaks every 60 characters, as browsers write them.
        StringBuilder wrapped = new StringBuilder();
        for (String line : qp.split("\n", -1)) {
            while (line.length() > 60) {
                int cut = 60;
                while (cut > 57 && line.charAt(cut - 1) == '=' || line.charAt(cut - 2) == '=') {
                    cut--;
                }
                wrapped.append(line, 0, cut).append("=\r\n");
                line = line.substring(cut);
            }
            wrapped.append(line).append("\r\n");
        }
        String b64 = java.util.Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(png);
        String boundary = "----MultipartBoundary--Xq3bLrN1cT8sYpW0----";
        return "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: https://journal.example.net/tides\r\n"
                + "Subject: Reading the tides\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html\r\n"
                + "Content-ID: <frame-1F2E@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://journal.example.net/tides\r\n"
                + "\r\n"
                + wrapped
                + "--" + boundary + "\r\n"
                + "Content-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://journal.example.net/img/tide-chart.png\r\n"
                + "\r\n"
                + b64 + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: image/png\r\n"
                + "Content-ID: <moon@example>\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + b64 + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    static final String TIDES = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Reading the tides</title><meta name=\"author\" content=\"Tom Okafor\"></head><body>"
            + "<article><h1>Reading the tides</h1>"
            + "<p class=\"lead\">A tide table gives the times and heights of high and low water, and with a little practice"
            + " it tells you when the sandbar to the island will be dry enough to cross on foot.</p>"
            + "<figure><img src=\"/img/tide-chart.png\" alt=\"Tide chart\" width=\"600\" height=\"300\">"
            + "<figcaption>Heights in metres above chart datum.</figcaption></figure>"
            + "<h2>Springs and neaps</h2><p>Spring tides, with the largest range, follow a new or full moon by a day"
            + " or two; neap tides, with the smallest, follow the quarter moons.</p>"
            + "<p><img src=\"cid:moon@example\" alt=\"Moon phases\" width=\"300\" height=\"300\"></p>"
            + "</article></body></html>";

    @Test
    void anMhtmlFileIsReadWithItsImages() throws ImportException {
        byte[] png = FixtureResources.bytes("html/Some Guide_files/diagram.png");
        byte[] file = mhtml(TIDES, png).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Parsed parsed = SourceFormat.MHTML.parse(file, null, "Reading the tides.mhtml", Resources.NONE);
        Article a = parsed.article();
        String outline = outline(a);
        assertEquals("Reading the tides", a.title());
        assertEquals("Tom Okafor", a.meta().author());
        assertTrue(text(a).contains("when the sandbar to the island will be dry enough to cross on foot."), outline);
        List<ImageBlock> images = blocks(a, ImageBlock.class);
        assertEquals(2, images.size(), outline);
        assertEquals("Heights in metres above chart datum.", images.get(0).captionText());
        assertArrayEquals(png, parsed.assets().get(images.get(0).src()), "found by its Content-Location");
        assertNotNull(images.get(1).src(), "found by its Content-ID");
        assertEquals(List.of("", "Springs and neaps"), a.sections().stream().map(Section::title).toList());
    }

    @Test
    void quotedPrintableDecodesEscapesAndSoftBreaks() {
        byte[] out = MhtmlImporter.quotedPrintable("<p class=3D\"a\">caf=C3=A9 au=\r\n lait=\nx =ZZ".getBytes());
        assertEquals("<p class=\"a\">café au lait" + "x =ZZ", new String(out, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void badInputGivesClearWarningsOrErrorsNeverExceptions() throws ImportException {
        for (String broken : List.of("", "just some text\nwithout headers", "Content-Type: multipart/related\r\n\r\nbody",
                "Content-Type: multipart/related; boundary=\"b\"\r\n\r\nno delimiter here",
                "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
                        + "Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")) {
            ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                    () -> SourceFormat.MHTML.parse(broken.getBytes(), null, "broken.mhtml", Resources.NONE));
            assertTrue(e.getMessage().contains("MHTML"), e.getMessage());
        }
        // A bad base64 image part and an image that is no image: warnings, the page still read.
        String page = mhtml(TIDES, "not a png at all".getBytes())
                .replace("Content-Location: https://journal.example.net/img/tide-chart.png\r\n\r\n",
                        "Content-Location: https://journal.example.net/img/tide-chart.png\r\n\r\n=@@=");
        Parsed parsed = SourceFormat.MHTML.parse(page.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null,
                "t.mhtml", Resources.NONE);
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("not valid base64")), parsed.warnings().toString());
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.contains("format Gloss cannot show")),
                parsed.warnings().toString());
        assertTrue(blocks(parsed.article(), ImageBlock.class).stream().allMatch(i -> i.src() == null));

        // A data: URI over the limit, and one that does not decode.
        String huge = "data:image/png;base64," + "A".repeat(ImportContext.MAX_IMAGE_BYTES / 3 * 4 + 100);
        String html = "<html><head><title>Big</title></head><body><article><h1>Big</h1><p>Some text that is long enough"
                + " to be read as a paragraph of the article.</p><p><img src=\"" + huge + "\" alt=\"Huge\"></p>"
                + "<p><img src=\"data:image/png;base64,@@@\" alt=\"Broken\"></p></article></body></html>";
        Parsed big = SourceFormat.HTML.parse(html.getBytes(), null, "big.html", Resources.NONE);
        assertTrue(big.warnings().stream().anyMatch(w -> w.contains("was refused")), big.warnings().toString());
        assertTrue(big.warnings().stream().anyMatch(w -> w.contains("format Gloss cannot show")), big.warnings().toString());
        assertEquals(List.of("Huge", "Broken"), blocks(big.article(), ImageBlock.class).stream().map(ImageBlock::alt).toList());
        assertTrue(big.assets().isEmpty());
    }

    @Test
    void displayMathKeepsItsTexSource() throws ImportException {
        Article a = HtmlImporter.parse("<html><body><article><h1>Waves</h1><p>The wave equation, which every"
                + " student of physics meets early, reads as follows in one dimension.</p>"
                + "<p><span class=\"katex-display\"><span class=\"katex\"><span class=\"katex-mathml\"><math><semantics>"
                + "<mrow><mi>u</mi></mrow><annotation encoding=\"application/x-tex\">u_{tt} = c^2 u_{xx}</annotation>"
                + "</semantics></math></span><span class=\"katex-html\">utt=c2uxx</span></span></span></p>"
                + "<p>Here <span class=\"katex\"><math><semantics><mi>c</mi><annotation encoding=\"application/x-tex\">c"
                + "</annotation></semantics></math></span> is the speed.</p></article></body></html>",
                null, new Article.Origin("w.html", "html"));
        assertEquals(List.of(new MathBlock("u_{tt} = c^2 u_{xx}")), blocks(a, MathBlock.class));
        Paragraph inline = blocks(a, Paragraph.class).stream().filter(p -> p.plainText().startsWith("Here"))
                .findFirst().orElseThrow();
        assertTrue(inline.runs().contains(Run.code("c")), inline.runs().toString());
    }

    @Test
    void codeInLineNumberTablesAndGuttersKeepsOnlyTheCode() throws ImportException {
        Article a = HtmlImporter.parse("<html><body><article><h1>Hello</h1><p>Two ways of printing a greeting, as"
                + " highlighted by Pygments and by Rouge, with their line numbers.</p>"
                + "<table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre>1\n2</pre></div></td>"
                + "<td class=\"code\"><div class=\"highlight\"><pre><span></span><span class=\"k\">def</span> <span class=\"nf\">hi</span>():\n"
                + "    <span class=\"nb\">print</span>(<span class=\"s2\">\"hi\"</span>)\n</pre></div></td></tr></table>"
                + "<div class=\"highlight-source-ruby\"><pre><span class=\"line-number\">1</span>puts <span>'hi'</span>\n"
                + "<span class=\"line-number\">2</span>exit</pre></div>"
                + "<pre data-lang=\"sql\">\nSELECT 1;</pre>"
                + "<pre class=\"brush: js\">alert(1);</pre></article></body></html>",
                null, new Article.Origin("c.html", "html"));
        List<CodeBlock> code = blocks(a, CodeBlock.class);
        assertEquals(List.of(new CodeBlock("def hi():\n    print(\"hi\")", null), new CodeBlock("puts 'hi'\nexit", "ruby"),
                new CodeBlock("SELECT 1;", "sql"), new CodeBlock("alert(1);", "js")), code);
        assertTrue(blocks(a, Table.class).isEmpty());
    }
}
