package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of the text, Markdown and HTML importers: random text, random bytes, and our own
 * fixtures mutated byte by byte. Whatever comes in, an importer gives a well-formed article or an
 * ImportException with a message, within a few seconds; nothing else may escape. Tries are
 * bounded per property and every try runs under a time limit.
 */
class ImporterFuzzProperties {
    private static final Duration PER_TRY = Duration.ofSeconds(5);
    private static final List<String> FIXTURES = List.of("html/blog-post.html", "html/news-article.html",
            "html/legacy-windows-1252.html", "html/magazine-feature.html", "markdown/k2-notes.md",
            "html/Some Guide.html", "html/wiki-lighthouse.html", "html/singlefile-recipe.html",
            "html/docs-screen-sharing.html",
            "markdown/sites/hugo-render-hooks.md", "markdown/sites/2024-03-05-liquid-in-jekyll.md",
            "markdown/sites/zola-post.md", "markdown/sites/README.md", "markdown/sites/tabs.md");

    /** One edit of a file: flip, delete, duplicate or insert bytes at a place. */
    record Mutation(int kind, int position, int length, byte value) {
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void textImporterReadsOrRefusesAnyText(@ForAll("texts") String text) {
        readsOrRefuses(() -> PlainTextImporter.parse(text, null, new Article.Origin("fuzz.txt", "text")));
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void markdownImporterReadsOrRefusesAnyText(@ForAll("markdownTexts") String text) {
        readsOrRefuses(() -> MarkdownImporter.parse(text, null, new Article.Origin("fuzz.md", "markdown")));
    }

    /** Lines of the syntaxes Markdown from real sites carries, in any order and nesting. */
    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
    void markdownImporterReadsOrRefusesSiteSyntax(@ForAll("siteMarkdown") String text) {
        readsOrRefuses(() -> MarkdownImporter.parse(text, null, new Article.Origin("fuzz.md", "markdown")));
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void htmlImporterReadsOrRefusesAnyText(@ForAll("htmlTexts") String text) {
        readsOrRefuses(() -> HtmlImporter.parse(text, null, new Article.Origin("fuzz.html", "html")));
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void everyFormatReadsOrRefusesAnyBytes(@ForAll("bytes") byte[] bytes) {
        for (SourceFormat format : SourceFormat.values()) {
            readsOrRefuses(() -> format.read(bytes, null, "fuzz." + format.extensions().get(0)));
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void everyFormatReadsOrRefusesMutatedFixtures(@ForAll("fixtureIndex") int fixture,
                                                   @ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = mutate(fixture(FIXTURES.get(fixture)), mutations);
        for (SourceFormat format : SourceFormat.values()) {
            readsOrRefuses(() -> format.read(bytes, null, "fuzz." + format.extensions().get(0)));
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void htmlImporterReadsOrRefusesAnyArrangementOfArticleShapes(@ForAll("htmlShapes") String text) {
        readsOrRefuses(() -> SourceFormat.HTML.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
                "fuzz.html", reference -> java.util.Optional.of(reference.getBytes())).article());
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void mhtmlImporterReadsOrRefusesMutatedFiles(@ForAll("mutations") List<Mutation> mutations) {
        byte[] png = fixture("html/Some Guide_files/diagram.png");
        byte[] file = SavedPagesTest.mhtml(SavedPagesTest.TIDES, png).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bytes = mutate(file, mutations);
        readsOrRefuses(() -> SourceFormat.MHTML.parse(bytes, null, "fuzz.mhtml", Resources.NONE).article());
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void mhtmlImporterReadsOrRefusesAnyMimeShapes(@ForAll("mimeShapes") String text) {
        readsOrRefuses(() -> SourceFormat.MHTML.parse(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null,
                "fuzz.mhtml", Resources.NONE).article());
    }

    @Provide
    Arbitrary<String> htmlShapes() {
        Arbitrary<String> tags = Arbitraries.of("<pre class=\"language-js\">", "<pre>", "</pre>", "<code>", "</code>",
                "<span class=\"line-number\">1</span>", "<table class=\"highlighttable\"><tr><td class=\"linenos\">",
                "<table>", "<table role=\"presentation\">", "<thead>", "<tr>", "<th align=\"right\">", "<td>",
                "<td style=\"text-align:center\">", "</td>", "</tr>", "</table>", "<figure>", "<figcaption>",
                "</figcaption>", "</figure>", "<picture><source srcset=\"a.png 2x, b.png 1x\">", "</picture>",
                "<img src=\"x.png\" srcset=\"y.png 640w\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<img width=1 height=1 src=p.gif>", "<blockquote>", "</blockquote>",
                "<div class=\"admonition warning\"><p class=\"admonition-title\">Careful</p>",
                "<div class=\"markdown-alert markdown-alert-tip\"><p class=\"markdown-alert-title\">Tip</p>",
                "<aside class=\"notecard note\">", "</aside>", "</div>", "<ul>", "<ol>", "<li>", "</li>", "</ul>",
                "</ol>", "<dl>", "<dt>", "<dd>", "</dl>", "<hr>", "<br>", "<h2>", "</h2>",
                "<div class=\"mw-heading mw-heading3\"><h3>Sub</h3><span class=\"mw-editsection\">[edit]</span></div>",
                "<h3>T<a class=\"headerlink\" href=\"#t\">¶</a></h3>", "<span class=\"katex-display\">",
                "<math><annotation encoding=\"application/x-tex\">x^2</annotation></math>", "</span>",
                "<script type=\"math/tex; mode=display\">a+b</script>",
                "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":[1,{}]}]}</script>",
                "<meta name=\"keywords\" content=\",,a,\">", "<del>", "</del>", "<sub>", "<sup>", "<kbd>",
                "<a href=\"#f\">", "</a>", "<div class=\"share-buttons sharing\">", "<div class=\"content\">",
                "<input type=checkbox checked>", "Some words, with commas, to read. ");
        return tags.list().ofMaxSize(300).map(parts -> "<html><body><article><h1>Shapes</h1>" + String.join("", parts));
    }

    @Provide
    Arbitrary<String> mimeShapes() {
        Arbitrary<String> parts = Arbitraries.of("MIME-Version: 1.0\r\n", "Content-Type: multipart/related; boundary=\"b\"\r\n",
                "Content-Type: multipart/related;\r\n\tboundary=b\r\n", "Content-Type: text/html; charset=koi8-r\r\n",
                "Content-Type: image/png\r\n", "Content-Transfer-Encoding: base64\r\n",
                "Content-Transfer-Encoding: quoted-printable\r\n", "Content-Location: http://x/a.png\r\n",
                "Content-ID: <a@b>\r\n", "\r\n", "\n", "--b\r\n", "--b--\r\n", "--b", "=3D", "=\r\n", "=Z",
                "iVBORw0KGgo=", "<p>Some words, with commas, to read.</p>", "<img src=\"cid:a@b\">",
                "<img src=\"a.png\">", "<h1>T</h1>");
        return parts.list().ofMaxSize(120).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(3000),
                Arbitraries.strings().withChars("abcXYZ019 .,:;!?-•*\n\n\r\t“”’Q").ofMaxLength(3000));
    }

    @Provide
    Arbitrary<String> markdownTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(3000),
                Arbitraries.strings().withChars("#*_`>-+[]()!<>/\\|=~:1. aZ\n\n\t").ofMaxLength(3000));
    }

    @Provide
    Arbitrary<String> siteMarkdown() {
        Arbitrary<String> lines = Arbitraries.of("---", "+++", "title: A title", "title = \"x\"", "tags: [a, b",
                "date: 2024-01-02", "author:", "  name: N", "- item", "  - nested", "    - deeper", "- [x] done",
                "- [ ] todo", "1. one", "```", "```go", "~~~", "    indented code", "\tgo tab", "> quote", "> [!NOTE]",
                "> [!warning]", ">", ":::tip Title", ":::note", "::::danger", ":::", "::::", "!!! note \"T\"",
                "    body", "??? tip", "{{< highlight go >}}", "{{< /highlight >}}", "{{< notice warning >}}",
                "{{< /notice >}}", "{{% alert title=\"t\" %}}", "{{% /alert %}}", "{{< figure src=\"x.png\" caption=\"c\" >}}",
                "{{< youtube id >}}", "{{< code-toggle >}}", "{{< /code-toggle >}}", "{{< tabs >}}", "{{< /tabs >}}",
                "{% raw %}", "{% endraw %}", "{% highlight ruby %}", "{% endhighlight %}", "{% include x.html %}",
                "{% comment %}", "{% endcomment %}", "text {{ site.url }} text", "`{{ code }}`", "{# jinja #}",
                "import X from './x';", "export const a = {", "}", "<Tabs>", "<TabItem value=\"a\">", "</TabItem>",
                "</Tabs>", "<Foo />", "<Foo", "  bar=\"1\">", "<!--", "-->", "<!-- c -->", "$$", "x^2", "$$ y $$",
                "| a | b |", "|:--|--:|", "| `c` | **d** |", "Text with[^1] note", "[^1]: The note.", "~~gone~~",
                "![alt](img.png \"t\")", "[![b](https://img.shields.io/x.svg)](https://x)", "<img src=\"a.png\">",
                "<figure><img src=\"b.png\"><figcaption>cap</figcaption></figure>", "<details>",
                "<summary>S</summary>", "</details>", "# H1", "## H2", "### H3", "#### H4", "Setext", "===",
                "www.example.com and https://x.org/a_(b).", "Plain words of a paragraph.", "", "", "");
        return Arbitraries.oneOf(
                lines.list().ofMaxSize(120).map(parts -> String.join("\n", parts)),
                Combinators.combine(lines, Arbitraries.integers().between(1, 3000))
                        .as((line, n) -> (line + "\n").repeat(n)));
    }

    @Provide
    Arbitrary<String> htmlTexts() {
        Arbitrary<String> tags = Arbitraries.of("<p>", "</p>", "<div class=\"content\">", "<div class=\"comments\">",
                "</div>", "<h1>", "</h1>", "<h2>", "</h2>", "<ul>", "<ol start=\"x\">", "<li>", "</li>", "</ul>",
                "<em>", "</em>", "<strong>", "<b>", "<br>", "<table><tr><td>", "</td></tr></table>", "<pre>",
                "<script>", "</script>", "<!--", "-->", "<meta charset=\"koi8-r\">", "<title>", "</title>", "&amp;",
                "&#0;", "&nbsp;", "<a href=\"#x\">", "<a href=\"http://x\">", "</a>", "<nav>", "<article>",
                "<img src=x>", "<iframe src=\"http://x\">", "Some words, with commas, to read. ");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(3000),
                tags.list().ofMaxSize(300).map(parts -> String.join("", parts)));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    }

    @Provide
    Arbitrary<Integer> fixtureIndex() {
        return Arbitraries.integers().between(0, FIXTURES.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(1, 400),
                        Arbitraries.bytes())
                .as(Mutation::new)
                .list().ofMinSize(1).ofMaxSize(20);
    }

    private static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] b = original;
        for (Mutation m : mutations) {
            if (b.length == 0) {
                break;
            }
            int at = m.position() % b.length;
            int len = Math.min(m.length(), b.length - at);
            b = switch (m.kind()) {
                case 0 -> {
                    byte[] c = b.clone();
                    c[at] = m.value();
                    yield c;
                }
                case 1 -> concat(slice(b, 0, at), slice(b, at + len, b.length));
                case 2 -> concat(slice(b, 0, at + len), slice(b, at, b.length));
                default -> concat(concat(slice(b, 0, at), repeat(m.value(), len)), slice(b, at, b.length));
            };
        }
        return b;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] repeat(byte value, int count) {
        byte[] c = new byte[count];
        java.util.Arrays.fill(c, value);
        return c;
    }

    static byte[] fixture(String name) {
        try (InputStream in = ImporterFuzzProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface Import {
        Article run() throws ImportException;
    }

    /** An article with unique, well-formed section ids, or an ImportException with a message; nothing else. */
    private static void readsOrRefuses(Import importer) {
        assertTimeoutPreemptively(PER_TRY, () -> {
            Article article;
            try {
                article = importer.run();
            } catch (ImportException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an import error has a message");
                return;
            }
            assertFalse(article.id().isBlank());
            assertFalse(article.title().isBlank(), "an article has a title");
            Set<String> ids = new HashSet<>();
            for (Section s : article.sections()) {
                assertTrue(s.id().startsWith(article.id() + "/"), s.id());
                assertTrue(ids.add(s.id()), "section ids are unique: " + s.id());
            }
            assertEquals(article.sections().size(), ids.size());
        });
    }
}
