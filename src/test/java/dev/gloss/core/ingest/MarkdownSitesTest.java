package dev.gloss.core.ingest;

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
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown as site generators and GitHub write it, read through {@link SourceFormat#MARKDOWN}. */
class MarkdownSitesTest {
    private static final String DIR = "markdown/sites/";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Template and admonition syntax that must never reach the text outside code. */
    private static final List<String> SYNTAX = List.of("{{", "{%", "[!NOTE]", "[!TIP]", "[!WARNING]", ":::",
            "import ", "<!--", "<Tabs", "TabItem", "+++", "title:", "\uE000", "\uE001");

    /** Reads a fixture, its images read from beside it. */
    private static Parsed read(String name) throws ImportException {
        Resources beside = ref -> {
            try (InputStream in = MarkdownSitesTest.class.getResourceAsStream(DIR + ref)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return SourceFormat.MARKDOWN.parse(ImporterFuzzProperties.fixture(DIR + name), null, name, beside);
    }

    /** Every section's text with its code left out, where template syntax may be shown. */
    private static void assertNoSyntaxOutsideCode(Article a) {
        for (Section s : a.sections()) {
            String prose = proseOf(s.blocks());
            for (String syntax : SYNTAX) {
                assertFalse(prose.contains(syntax), () -> s.id() + " shows " + syntax + ": " + prose);
            }
            assertFalse(s.title().contains("{{") || s.title().contains("{%"), s.title());
        }
        assertFalse(a.title().contains("{{") || a.title().contains("---"), a.title());
    }

    private static String proseOf(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            for (var unit : b.units()) {
                if (unit.isProse()) {
                    for (Run r : unit.runs()) {
                        if (!r.has(Run.Mark.CODE)) {
                            sb.append(r.text());
                        }
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static <T extends Block> List<T> all(Article a, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Section s : a.sections()) {
            for (Block b : s.blocks()) {
                if (kind.isInstance(b)) {
                    out.add(kind.cast(b));
                }
            }
        }
        return out;
    }

    @Test
    void readsAHugoDocumentationPage() throws ImportException {
        Parsed parsed = read("hugo-render-hooks.md");
        Article a = parsed.article();
        assertEquals("Render hooks", a.title());
        assertEquals("Override the conversion of Markdown to HTML with render hooks.", a.meta().description());
        assertEquals(List.of("templates", "render hooks", "markdown"), a.meta().tags());
        assertEquals("2023-05-12T09:30:00-07:00", a.meta().published());
        assertEquals(List.of(), parsed.warnings());

        List<Section> s = a.sections();
        assertEquals(List.of("render-hooks/introduction", "render-hooks/link-hooks", "render-hooks/image-hooks"),
                s.stream().map(Section::id).toList());
        assertEquals(List.of(2, 3, 3), s.stream().map(Section::level).toList());
        assertNull(s.get(0).parentId());
        assertEquals("render-hooks/introduction", s.get(1).parentId());
        assertEquals("render-hooks/introduction", s.get(2).parentId());

        List<Block> intro = s.get(0).blocks();
        assertTrue(intro.get(0).plainText().endsWith("overrides the conversion of one kind of element: links, images,"
                + " headings and code blocks."), intro.get(0).plainText());
        Callout note = (Callout) intro.get(1);
        assertEquals(Callout.Kind.NOTE, note.kind());
        assertEquals("Render hooks apply to Markdown only, not to HTML written in content files.", note.plainText());
        assertEquals(new CodeBlock("[markup.goldmark.renderHooks.link]\nenableDefault = true", "toml"), intro.get(2));
        ImageBlock figure = (ImageBlock) intro.get(3);
        assertEquals("Hook lookup order", figure.alt());
        assertEquals("The lookup order of render hooks", figure.captionText());
        assertNotNull(figure.src());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(parsed.assets().get(figure.src()), 8));
        assertEquals(List.of(Run.emphasis("[Video: youtube 2xkNJL4gJ9E]")), ((Paragraph) intro.get(4)).runs(),
                "the youtube shortcode leaves a note of what it showed");
        assertEquals(5, intro.size());

        Table table = (Table) s.get(1).blocks().get(1);
        assertEquals(1, table.headerRows());
        assertEquals(List.of(Table.Align.LEFT, Table.Align.CENTER, Table.Align.RIGHT), table.alignments());
        assertEquals(List.of(List.of("Field", "Type", "Description"),
                List.of("Destination", "string", "The link's destination"),
                List.of("Text", "HTML", "The link text"),
                List.of("PlainText", "string", "The text without markup")), table.cellTexts());
        assertEquals(List.of(Run.code("Destination")), table.rows().get(1).get(0));
        CodeBlock template = (CodeBlock) s.get(1).blocks().get(2);
        assertEquals("go-html-template", template.language());
        assertEquals(List.of("{{- $u := urls.Parse .Destination -}}",
                "<a href=\"{{ .Destination | safeURL }}\">{{ .Text }}</a>"), template.lines());

        List<Block> images = s.get(2).blocks();
        ImageBlock inline = (ImageBlock) images.get(0);
        assertEquals("Image render hook", inline.alt());
        assertEquals("Where the hook sits", inline.captionText());
        assertEquals(figure.src(), inline.src(), "the same image is kept once");
        assertEquals(new CodeBlock("func main() {\n\tfmt.Println(\"{{ not a template }}\")\n}", "go"), images.get(1));
        assertEquals(List.of("    indented: first line keeps its spaces", "next: line"),
                ((CodeBlock) images.get(2)).lines());
        assertEquals(List.of(Run.plain("Write "), Run.code("{{< figure >}}"),
                Run.plain(" in a code span to show a shortcode.")), ((Paragraph) images.get(3)).runs());
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void readsAJekyllPost() throws ImportException {
        Parsed parsed = read("2024-03-05-liquid-in-jekyll.md");
        Article a = parsed.article();
        assertEquals("Escaping Liquid in Jekyll posts", a.title());
        assertEquals("Ada Byron", a.meta().author());
        assertEquals("2024-03-05T10:15:00+01:00", a.meta().published());
        assertEquals(List.of("jekyll", "liquid"), a.meta().tags());

        Paragraph first = (Paragraph) a.sections().get(0).blocks().get(0);
        assertTrue(first.runs().contains(Run.link("the archive", "/archive/")), first.runs().toString());
        assertEquals(1, a.sections().get(0).blocks().size(), "the include tag is dropped");
        assertEquals(List.of("introduction", "highlighting", "showing-liquid-itself"),
                a.sections().stream().map(s -> s.id().substring(s.id().indexOf('/') + 1)).toList());
        assertEquals(new CodeBlock("def greet(name)\n  puts \"Hello, #{name}\"\nend", "ruby"),
                a.sections().get(1).blocks().get(0));
        CodeBlock liquid = (CodeBlock) a.sections().get(2).blocks().get(1);
        assertEquals("liquid", liquid.language());
        assertEquals(List.of("{% for post in site.posts %}", "  {{ post.title }}", "{% endfor %}"), liquid.lines(),
                "Liquid inside raw is shown as written, the raw tags are not");
        assertEquals(List.of(Run.plain("Inline, "), Run.code("{{ page.title }}"), Run.plain(" prints the title.")),
                ((Paragraph) a.sections().get(2).blocks().get(2)).runs());
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void readsAZolaPostWithTomlFrontMatter() throws ImportException {
        Article a = read("zola-post.md").article();
        assertEquals("Moving a blog to Zola", a.title());
        assertEquals("2022-11-20", a.meta().published());
        assertEquals("Kim Lee", a.meta().author());
        assertEquals(List.of("zola", "static sites"), a.meta().tags());

        List<Block> intro = a.sections().get(0).blocks();
        Paragraph p = (Paragraph) intro.get(0);
        assertTrue(p.runs().contains(new Run("1", Set.of(Run.Mark.SUPERSCRIPT), "#fn:1")), p.runs().toString());
        assertTrue(p.runs().contains(new Run("Ruby, Node and Python", Set.of(Run.Mark.STRIKETHROUGH))));
        Footnotes notes = (Footnotes) intro.get(intro.size() - 1);
        assertEquals("1", notes.notes().get(0).label());
        assertEquals("Written in Rust, with no dependencies at run time.", notes.plainText());

        List<Block> checklist = a.sections().get(1).blocks();
        ListBlock tasks = (ListBlock) checklist.get(0);
        assertEquals(Boolean.TRUE, tasks.items().get(0).checked());
        assertEquals("Templates ported", tasks.items().get(0).plainText());
        assertEquals(Boolean.FALSE, tasks.items().get(1).checked());
        assertNull(tasks.items().get(2).checked());
        ListBlock second = (ListBlock) tasks.items().get(2).blocks().get(1);
        ListItem posts = second.items().get(0);
        ListBlock third = (ListBlock) posts.blocks().get(1);
        assertEquals("Drafts stay out", third.items().get(0).plainText());
        assertEquals("Pages", second.items().get(1).plainText());
        Quote quote = (Quote) checklist.get(1);
        assertEquals(2, quote.blocks().size());
        assertEquals("Moving was easier than expected.\n— a reader", quote.plainText());
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void readsAGitHubReadme() throws ImportException {
        Article a = read("README.md").article();
        assertEquals("acme-tool", a.title());
        List<Block> intro = a.sections().get(0).blocks();
        assertTrue(all(a, ImageBlock.class).isEmpty(), "badges are left out");
        Paragraph first = (Paragraph) intro.get(0);
        assertTrue(first.runs().contains(Run.link("https://acme.example/docs", "https://acme.example/docs")));
        List<Callout> alerts = all(a, Callout.class);
        assertEquals(List.of(Callout.Kind.NOTE, Callout.Kind.TIP, Callout.Kind.IMPORTANT, Callout.Kind.WARNING,
                Callout.Kind.CAUTION), alerts.stream().map(Callout::kind).toList());
        assertEquals("Key information users need to know.", alerts.get(2).plainText());

        List<Block> options = a.sections().get(1).blocks();
        Table table = (Table) options.get(0);
        assertEquals(List.of(List.of("Flag", "Meaning"), List.of("-i", "Edit in place"), List.of("-d", "Delimiter")),
                table.cellTexts());
        assertEquals(new CodeBlock("acme-tool -i data.csv", "sh"), options.get(1));
        assertEquals(List.of(Run.strong("Why another CSV tool?")), ((Paragraph) options.get(2)).runs());
        assertEquals("Most tools choke on quoted newlines.", options.get(3).plainText());
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void readsADocusaurusMdxPage() throws ImportException {
        Article a = read("tabs.md").article();
        assertEquals("Installation", a.title());
        List<Block> blocks = a.sections().get(0).blocks();
        assertEquals("Install the package with your manager of choice.", blocks.get(0).plainText());
        assertEquals(List.of(Run.strong("npm")), ((Paragraph) blocks.get(1)).runs(), "each tab's label is kept");
        assertEquals(new CodeBlock("npm install --save docusaurus-plugin-example", "bash"), blocks.get(2));
        assertEquals(List.of(Run.strong("Yarn")), ((Paragraph) blocks.get(3)).runs());
        assertEquals(new CodeBlock("yarn add docusaurus-plugin-example", "bash"), blocks.get(4));
        blocks = blocks.subList(4, blocks.size());
        Callout tip = (Callout) blocks.get(1);
        assertEquals(Callout.Kind.TIP, tip.kind());
        assertEquals("Use the latest version", tip.title());
        assertEquals("Pin the major version only.", tip.plainText());
        Callout danger = (Callout) blocks.get(2);
        assertEquals(Callout.Kind.CAUTION, danger.kind());
        assertEquals("Never commit your .env file.", danger.plainText());
        assertEquals("Check the changelog before upgrading.", blocks.get(3).plainText());
        assertEquals(4, blocks.size(), "the export is dropped");
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void leavesOutFrontMatterThatCannotBeReadWithAWarning() throws ImportException {
        Parsed unclosed = read("unclosed.md");
        assertEquals("Unclosed", unclosed.article().title(), "the file name, never a title: line");
        assertEquals("The body starts here.", unclosed.article().sections().get(0).plainText());
        assertTrue(unclosed.warnings().get(0).startsWith("The front matter (YAML) at the top of the file could not be read"),
                unclosed.warnings().toString());

        Parsed yaml = read("bad-yaml.md");
        assertEquals("Setting up", yaml.article().title(), "the heading");
        assertEquals("Text under the heading.", yaml.article().sections().get(0).plainText());
        assertEquals(1, yaml.warnings().size());
        assertTrue(yaml.warnings().get(0).contains("could not be read"));

        Parsed toml = read("bad-toml.md");
        assertEquals("Bad toml", toml.article().title());
        assertEquals("First paragraph of the body.", toml.article().sections().get(0).plainText());
        assertTrue(toml.warnings().get(0).startsWith("The front matter (TOML)"));
        for (Parsed p : List.of(unclosed, yaml, toml)) {
            assertNoSyntaxOutsideCode(p.article());
        }
    }

    @Test
    void readsARuleAndASetextHeadingAfterADashLineAsMarkdownNotFrontMatter() throws ImportException {
        Article a = MarkdownImporter.parse("---\n\nA paragraph after a rule.\n\nMore text.\n", null,
                new Article.Origin("rule.md", "markdown"), ImportContext.standalone());
        assertEquals("A paragraph after a rule.", a.title());
        ImportContext context = ImportContext.standalone();
        Article setext = MarkdownImporter.parse("---\nJust a heading\n---\n\nBody.\n", null,
                new Article.Origin("setext.md", "markdown"), context);
        assertEquals("Just a heading", setext.title());
        assertEquals(List.of(), context.warnings());
    }

    @Test
    void keepsAnH1ThatDiffersFromTheFrontMatterTitleAsASection() throws ImportException {
        Article same = MarkdownImporter.parse("---\ntitle: Guide\n---\n# guide\n\nText.\n", null,
                new Article.Origin("g.md", "markdown"));
        assertEquals(1, same.sections().size());
        Article differs = MarkdownImporter.parse("---\ntitle: Guide\n---\n# Getting started\n\nText.\n", null,
                new Article.Origin("g.md", "markdown"));
        assertEquals("Guide", differs.title());
        assertEquals("Getting started", differs.sections().get(0).title());
    }

    @Test
    void readsDisplayMathMkDocsAdmonitionsAndCalloutShortcodes() throws ImportException {
        String md = String.join("\n", "# Maths", "", "The identity:", "", "$$", "e^{i\\pi} + 1 = 0", "$$", "",
                "!!! warning \"Mind the units\"", "    Metres, not feet.", "", "    Still inside.", "",
                "Outside again.", "", "{{< notice tip >}}", "Use **SI** units.", "{{< /notice >}}", "",
                "{{% alert title=\"Heads up\" color=\"warning\" %}}Check twice.{{% /alert %}}", "");
        Article a = MarkdownImporter.parse(md, null, new Article.Origin("m.md", "markdown"));
        List<Block> b = a.sections().get(0).blocks();
        assertEquals(new MathBlock("e^{i\\pi} + 1 = 0"), b.get(1));
        Callout warning = (Callout) b.get(2);
        assertEquals(Callout.Kind.WARNING, warning.kind());
        assertEquals("Mind the units", warning.title());
        assertEquals("Metres, not feet.\nStill inside.", warning.plainText());
        assertEquals("Outside again.", b.get(3).plainText());
        Callout tip = (Callout) b.get(4);
        assertEquals(Callout.Kind.TIP, tip.kind());
        assertEquals("Use SI units.", tip.plainText());
        Callout alert = (Callout) b.get(5);
        assertEquals(Callout.Kind.WARNING, alert.kind());
        assertEquals("Heads up", alert.title());
        assertEquals("Check twice.", alert.plainText());
        assertNoSyntaxOutsideCode(a);
    }

    @Test
    void splitsAParagraphAroundAnInlineImage() throws ImportException {
        Article a = MarkdownImporter.parse("# Pics\n\nBefore ![a chart](chart.png) after.\n", null,
                new Article.Origin("p.md", "markdown"));
        List<Block> b = a.sections().get(0).blocks();
        assertEquals(3, b.size());
        assertEquals("Before", b.get(0).plainText());
        assertEquals("a chart", ((ImageBlock) b.get(1)).alt());
        assertNull(((ImageBlock) b.get(1)).src(), "not beside the file: the alt text stands in");
        assertEquals("after.", b.get(2).plainText());
    }

    @Test
    void readsCodeInfoStringsInTheirUsualForms() {
        assertEquals("js", MarkdownBlocks.language("js title=\"app.js\""));
        assertEquals("python", MarkdownBlocks.language("{.python}"));
        assertEquals("rust", MarkdownBlocks.language("rust {linenos=true}"));
        assertEquals("c", MarkdownBlocks.language("{c linenos}"));
        assertNull(MarkdownBlocks.language(""));
        assertEquals("Some title", MarkdownImporter.fileTitle(new Article.Origin("2024-03-05-some-title.md", "markdown"))
                .orElseThrow());
        assertFalse(new String(ImporterFuzzProperties.fixture(DIR + "README.md"), StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void readsThousandsOfNestedAdmonitionsAndShortcodesWithoutOverflowOrDelay() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String opener : List.of(":::note\n", "!!! note\n", "{{< notice tip >}}\n{{< /notice >}}\n",
                    "{{< tabs >}}\n", "- ", "> [!NOTE]\n> ", "<Tabs>\n", "{% raw %}\n")) {
                String md = "# Deep\n\n" + opener.repeat(10_000) + "deep text\n";
                Article a = MarkdownImporter.parse(md, null, new Article.Origin("deep.md", "markdown"));
                assertEquals("Deep", a.title());
            }
        });
    }
}
