package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.Footnotes;
import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Quote;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages and notes as a real library holds them: attributions, tabs, embeds, captions, notes. */
class LibraryImportTest {

    private static Parsed markdown(String text) throws ImportException {
        return SourceFormat.MARKDOWN.parse(text.getBytes(StandardCharsets.UTF_8), null, "notes.md", Resources.NONE);
    }

    private static Parsed html(String body) throws ImportException {
        String page = "<!DOCTYPE html><html><head><title>Storm surge</title></head><body><article><h1>Storm surge</h1>"
                + "<p>The coast has seen three surges this century, each higher than the one before it.</p>"
                + body + "<p>The office publishes its forecasts twice a day during the season.</p></article>"
                + "<footer><p>© Coastal news. All rights reserved.</p></footer></body></html>";
        return SourceFormat.HTML.parse(page.getBytes(StandardCharsets.UTF_8), null, "surge.html", Resources.NONE);
    }

    private static List<Block> all(Article a) {
        List<Block> out = new ArrayList<>();
        for (Section s : a.sections()) {
            out.addAll(s.blocks());
        }
        return out;
    }

    private static String text(Article a) {
        StringBuilder b = new StringBuilder();
        for (Section s : a.sections()) {
            b.append(s.plainText()).append('\n');
        }
        return b.toString();
    }

    private static Quote onlyQuote(Article a) {
        List<Quote> quotes = all(a).stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
        assertEquals(1, quotes.size(), all(a).toString());
        return quotes.get(0);
    }

    @Test
    void keepsABlockquotesFooterAsItsLastParagraph() throws ImportException {
        Quote q = onlyQuote(html("<blockquote><p>The surge is not the wave but the sea itself rising.</p>"
                + "<footer>— Hydrographic office briefing note</footer></blockquote>").article());
        assertEquals(2, q.blocks().size(), q.toString());
        assertEquals("— Hydrographic office briefing note", q.blocks().get(1).plainText());
        assertTrue(((Paragraph) q.blocks().get(1)).runs().stream().allMatch(r -> r.marks().contains(Run.Mark.EMPHASIS)),
                q.toString());
    }

    @Test
    void keepsACiteAfterTheQuoteAndAFiguresCaption() throws ImportException {
        Quote cited = onlyQuote(html("<blockquote><p>The surge is not the wave but the sea itself rising.</p>"
                + "<cite>Hydrographic office</cite></blockquote>").article());
        assertEquals("Hydrographic office", cited.blocks().get(cited.blocks().size() - 1).plainText(), cited.toString());

        Quote after = onlyQuote(html("<blockquote><p>The surge is not the wave but the sea itself rising.</p>"
                + "</blockquote>\n<cite>Hydrographic office</cite>").article());
        assertEquals(List.of(Run.emphasis("Hydrographic office")), ((Paragraph) after.blocks().get(1)).runs(),
                after.toString());

        Quote figure = onlyQuote(html("<figure><blockquote><p>The surge is not the wave but the sea itself rising.</p>"
                + "</blockquote><figcaption>— Ana Ferreira</figcaption></figure>").article());
        assertEquals("— Ana Ferreira", figure.blocks().get(figure.blocks().size() - 1).plainText(), figure.toString());
    }

    @Test
    void keepsTheLabelOfEachTab() throws ImportException {
        for (String[] tab : List.of(new String[] {"{{% tab \"Linux\" %}}", "{{% /tab %}}", "{{% tab \"macOS\" %}}"},
                new String[] {"{{< tab name=\"Linux\" >}}", "{{< /tab >}}", "{{< tab name=\"macOS\" >}}"},
                new String[] {"{{< tab header=\"Linux\" >}}", "{{< /tab >}}", "{{< tab header=\"macOS\" >}}"})) {
            String md = "# Install\n\nPick your system.\n\n{{< tabs >}}\n" + tab[0] + "\nRun the package manager.\n"
                    + tab[1] + "\n" + tab[2] + "\nOpen the disk image.\n" + tab[1] + "\n{{< /tabs >}}\n";
            List<Block> blocks = all(markdown(md).article());
            assertEquals(List.of("Pick your system.", "Linux", "Run the package manager.", "macOS", "Open the disk image."),
                    blocks.stream().map(Block::plainText).toList(), md);
            assertEquals(List.of(Run.strong("Linux")), ((Paragraph) blocks.get(1)).runs());
        }
        String mdx = "# Install\n\n<Tabs>\n<TabItem value=\"linux\" label=\"Linux\">\n\nRun the package manager.\n\n"
                + "</TabItem>\n<TabItem value=\"mac\" label=\"macOS\">\n\nOpen the disk image.\n\n</TabItem>\n</Tabs>\n";
        List<Block> blocks = all(markdown(mdx).article());
        assertEquals(List.of("Linux", "Run the package manager.", "macOS", "Open the disk image."),
                blocks.stream().map(Block::plainText).toList());
        assertEquals(List.of(Run.strong("macOS")), ((Paragraph) blocks.get(2)).runs());
    }

    @Test
    void notesEmbedsGlossCannotShowAndValuesFromTheSiteConfiguration() throws ImportException {
        Parsed p = markdown("# Launch\n\nThe talk:\n\n{{< youtube dQw4w9WgXcQ >}}\n\nThe code is in "
                + "{{< gist kim 12ab >}} for now.\n\nCurrent version: {{< param \"version\" >}}.\n\n"
                + "Built with {{< site.Params.generator >}} too.\n");
        String text = text(p.article());
        assertTrue(text.contains("[Video: youtube dQw4w9WgXcQ]"), text);
        assertTrue(text.contains("[Code: gist kim 12ab]"), text);
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("configuration")), p.warnings().toString());
        assertEquals(1, p.warnings().stream().filter(w -> w.contains("configuration")).count(), p.warnings().toString());
        Paragraph video = (Paragraph) all(p.article()).get(1);
        assertEquals(List.of(Run.emphasis("[Video: youtube dQw4w9WgXcQ]")), video.runs());
    }

    @Test
    void aCaptionStandsInForAMissingAlt() throws ImportException {
        Parsed p = markdown("# Pictures\n\nThe harbour.\n\n{{< figure src=\"missing.png\" caption=\"The harbour at dawn\" >}}\n\n"
                + "![](gone.png \"The quay in winter\")\n");
        List<ImageBlock> images = all(p.article()).stream().filter(ImageBlock.class::isInstance)
                .map(ImageBlock.class::cast).toList();
        assertEquals(List.of("The harbour at dawn", "The quay in winter"), images.stream().map(ImageBlock::alt).toList());
        List<ImageBlock> saved = all(html("<figure><img src=\"missing.png\"><figcaption>The harbour at dawn"
                + "</figcaption></figure>").article()).stream().filter(ImageBlock.class::isInstance)
                .map(ImageBlock.class::cast).toList();
        assertEquals(List.of("The harbour at dawn"), saved.stream().map(ImageBlock::alt).toList());
    }

    @Test
    void mhtmlHeadersGiveTheSourceAndTheDate() throws ImportException {
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/surge\r\n"
                + "Subject: Storm surge\r\nDate: Tue, 5 Mar 2024 10:15:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----B\"\r\n\r\n"
                + "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://example.org/surge\r\n\r\n"
                + "<html><head><title>Storm surge</title></head><body><article><h1>Storm surge</h1>"
                + "<p>The coast has seen three surges this century, each higher than the one before it.</p>"
                + "</article></body></html>\r\n------B--\r\n";
        Article a = SourceFormat.MHTML.parse(mhtml.getBytes(StandardCharsets.UTF_8), null, "surge.mhtml",
                Resources.NONE).article();
        assertEquals("https://example.org/surge", a.meta().sourceUrl());
        assertTrue(a.meta().published() != null && a.meta().published().startsWith("2024-03-05"), a.meta().toString());
    }

    @Test
    void numbersFootnotesInTheOrderTheyAreFirstReferred() throws ImportException {
        Article a = markdown("# Tides\n\nThe offsets differ at each station.[^offsets] The datum is "
                + "chart datum.[^datum] Again.[^offsets]\n\n[^datum]: Lowest astronomical tide.\n\n"
                + "[^offsets]: Minutes after high water at the port.\n").article();
        List<Block> blocks = all(a);
        Paragraph p = (Paragraph) blocks.get(0);
        assertEquals("The offsets differ at each station.1 The datum is chart datum.2 Again.1", p.plainText());
        assertTrue(p.runs().contains(new Run("2", Set.of(Run.Mark.SUPERSCRIPT), Footnotes.REF_PREFIX + "2")),
                p.runs().toString());
        Footnotes notes = (Footnotes) blocks.get(blocks.size() - 1);
        assertEquals(List.of("1", "2"), notes.notes().stream().map(Footnotes.Note::label).toList());
        assertEquals("Minutes after high water at the port.", notes.notes().get(0).blocks().get(0).plainText());
    }

    @Test
    void readsADefinitionListAsATermAndItsDefinition() throws ImportException {
        List<Block> blocks = all(markdown("# Glossary\n\nSome words.\n\nSurge\n: The sea rising above its "
                + "predicted level.\n\nDatum\n:   The level depths are measured from.\n\nTime: ten o'clock.\n").article());
        assertEquals(List.of("Some words.", "Surge", "The sea rising above its predicted level.", "Datum",
                "The level depths are measured from.", "Time: ten o'clock."),
                blocks.stream().map(Block::plainText).toList());
        assertEquals(List.of(Run.strong("Surge")), ((Paragraph) blocks.get(1)).runs());
        assertFalse(blocks.get(2).plainText().startsWith(":"));
    }
}
