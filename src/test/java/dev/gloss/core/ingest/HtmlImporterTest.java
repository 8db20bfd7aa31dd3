package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.ListItem;
import dev.gloss.core.model.Table;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlImporterTest {

    private static Article page(String name) throws ImportException {
        return SourceFormat.HTML.read(ImporterFuzzProperties.fixture("html/" + name), null, name);
    }

    private static Article html(String html) throws ImportException {
        return HtmlImporter.parse(html, null, new Article.Origin("page.html", "html"));
    }

    private static void assertAbsent(String text, String... furniture) {
        for (String f : furniture) {
            assertFalse(text.contains(f), "furniture left in the article: " + f);
        }
    }

    @Test
    void blogPostKeepsTheArticleAndDropsTheFurnitureAroundIt() throws ImportException {
        Article a = page("blog-post.html");
        assertEquals("Natto, Cheese and Vitamin K2: A Kitchen Guide", a.title());
        assertEquals(List.of("introduction", "why-fermentation-matters", "the-best-sources-by-portion",
                "simple-ways-to-eat-more-k2"), a.sections().stream()
                .map(s -> s.id().substring(a.id().length() + 1)).toList());
        String text = MarkdownImporterTest.text(a);
        assertTrue(text.contains("Vitamin K2 is the quiet partner of calcium."));
        assertTrue(text.contains("None of this replaces advice from your doctor"));
        assertAbsent(text, "Skip to content", "Green Kitchen Journal", "Recipes", "We use cookies", "Accept all",
                "Posted on", "Maren Holt", "Share this", "Twitter", "Related", "Sauerkraut", "kefir", "Tagged",
                "Post navigation", "Sourdough", "thoughts on", "COMMENT TEXT", "Petra", "Leave a Reply",
                "Your email address", "Recent Posts", "SIDEBAR ABOUT", "FOOTER TEXT", "HIDDEN POPUP");
        assertAbsent(text, "gtag", "dataLayer", "INJECTED BY SCRIPT", "LD JSON", "SCRIPT AT END", "wp-custom-css",
                "youtube", "natto-bowl.jpg", "pixel.gif");
    }

    @Test
    void blogPostKeepsListsWithNestedItemsAndInlineStyles() throws ImportException {
        Article a = page("blog-post.html");
        Section sources = a.sections().get(2);
        ListBlock list = (ListBlock) sources.blocks().get(0);
        assertEquals(4, list.items().size(), "the two nested items live inside their parent");
        ListBlock nested = (ListBlock) list.items().get(1).blocks().get(1);
        assertEquals(List.of("Aged Gouda holds the most.", "Young cheeses hold less."),
                nested.items().stream().map(ListItem::plainText).toList());
        assertEquals(List.of(Run.strong("Natto:"), Run.plain(" by far the richest, around 850 micrograms in a 100 gram portion.")),
                list.items().get(0).runs());
        ListBlock steps = (ListBlock) a.sections().get(3).blocks().get(0);
        assertTrue(steps.ordered());
        Paragraph first = (Paragraph) a.sections().get(0).blocks().get(0);
        assertTrue(first.runs().contains(Run.emphasis("fermented")));
    }

    @Test
    void newsArticleTakesItsHeadlineFromAboveTheStoryAndDropsAdsConsentAndRelatedStories() throws ImportException {
        Article a = page("news-article.html");
        assertEquals("Study links vitamin K2 intake to lower arterial calcification", a.title());
        assertEquals(List.of("", "What the study found", "What it means for you"),
                a.sections().stream().map(Section::title).toList());
        String text = MarkdownImporterTest.text(a);
        assertTrue(text.contains("according to a study of 4,800 adults"));
        assertTrue(text.contains("is planned for next year."));
        assertAbsent(text, "CONSENT TEXT", "privacy matters", "Advertisement", "AD TEXT", "News", "Opinion",
                "Home", "Ravi Kumar", "READ MORE", "calcium supplements harm", "Most read", "3am", "Share on",
                "More from Health", "Walking 7,000", "COMMENT TEXT", "Comments (212)", "FOOTER TEXT", "Privacy",
                "STATE JSON", "googletag", "beacon");
    }

    @Test
    void magazineFeatureKeepsItsTitleFromTheArticleHeaderAndDropsNewsletterAndRecommendations() throws ImportException {
        Article a = page("magazine-feature.html");
        assertEquals("The K2 Question", a.title(), "the h1 of the article's header, before the page title");
        assertEquals(List.of("", "A vitamin with two faces", "What the trials show"),
                a.sections().stream().map(Section::title).toList());
        String text = MarkdownImporterTest.text(a);
        assertTrue(text.contains("Ten years ago, few people outside a handful of laboratories"));
        assertTrue(text.contains("“The mechanism is elegant. The trials are not yet conclusive.”"), "a pull quote is text");
        assertTrue(text.contains("especially for anyone taking anticoagulants."));
        assertAbsent(text, "COOKIE TEXT", "WellRead", "Fitness", "Subscribe", "Features · Nutrition", "Ada Lindqvist",
                "9 min read", "CAPTION TEXT", "NEWSLETTER TEXT", "Sunday", "Sign up", "Supplements", "Tweet",
                "You may also like", "Fish oil", "FOOTER TEXT", "Privacy policy", "NEXT DATA", "loader.js");
    }

    @Test
    void legacyPageHonoursItsMetaCharsetAndReadsItsDataTableAsATable() throws ImportException {
        Article a = page("legacy-windows-1252.html");
        assertEquals("Vitamin K2 Notes", a.title());
        String text = MarkdownImporterTest.text(a);
        assertTrue(text.contains("the café owners of Copenhagen"), "Windows-1252 bytes read as declared");
        assertTrue(text.contains("Naïve comparisons"));
        assertTrue(text.contains("MK-7 – the “long-chain” form – at doses of 90 to 180 µg a day."));
        Table table = a.sections().stream().flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance)
                .map(Table.class::cast).findFirst().orElseThrow();
        assertEquals(1, table.headerRows());
        assertEquals(List.of(List.of("Form", "Main source", "Half-life"), List.of("MK-4", "Meat, eggs", "Hours"),
                List.of("MK-7", "Natto", "About 3 days")), table.cellTexts());
        assertTrue(text.contains("Gouda and other aged cheeses"), "double line breaks end a paragraph");
        assertEquals(2, a.sections().get(0).blocks().size());
        assertAbsent(text, "Guestbook", "Vitamin D", "Minerals", "FOOTER TEXT", "Netscape", "Dr. Hofmann");
    }

    @Test
    void titleFallsBackToOgTitleThenToThePageTitleWithoutTheSiteName() throws ImportException {
        String body = "<body><div class=content><p>" + "A paragraph of article text, long enough to count. ".repeat(3)
                + "</p></div></body>";
        assertEquals("From Open Graph", html("<head><meta property=og:title content='From Open Graph'>"
                + "<title>Page | Site</title></head>" + body).title());
        assertEquals("How K2 Works", html("<head><title>How K2 Works | Health Site</title></head>" + body).title());
        assertEquals("How K2 Works", html("<head><meta property=og:site_name content='Health Site'>"
                + "<title>Health Site — How K2 Works</title></head>" + body).title());
        assertEquals("page", html(body).title(), "the file name when nothing else names the page");
    }

    @Test
    void aSiteLogoMarkedUpAsH1IsNotTakenForTheTitle() throws ImportException {
        Article a = html("<head><title>Why K2 Matters - MySite</title></head><body>"
                + "<div class=top><h1>MySite</h1></div><div class=post><h1>Why K2 Matters</h1><p>"
                + "Text of the article, with commas, long enough to be scored as a paragraph. ".repeat(4)
                + "</p></div></body>");
        assertEquals("Why K2 Matters", a.title());
    }

    @Test
    void honoursAMetaCharsetOtherThanLatin() throws ImportException {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Витамин K2</title></head><body><article>"
                + "<h1>Витамин K2</h1><p>Витамин K2 помогает костям, сердцу и сосудам, как показывают исследования.</p>"
                + "</article></body></html>";
        Article a = SourceFormat.HTML.read(page.getBytes(Charset.forName("windows-1251")), null, "ru.html");
        assertEquals("Витамин K2", a.title());
        assertTrue(a.sections().get(0).plainText().startsWith("Витамин K2 помогает костям"));
    }

    @Test
    void nothingIsFetchedAndNoScriptRuns() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort();
            String page = "<html><head><link rel=stylesheet href='" + url + "/style.css'>"
                    + "<style>@import url('" + url + "/import.css');</style>"
                    + "<meta http-equiv=refresh content='0; url=" + url + "/refresh'>"
                    + "<script src='" + url + "/app.js'></script>"
                    + "<script>fetch('" + url + "/inline'); document.write('SCRIPT RAN');</script></head>"
                    + "<body onload=\"fetch('" + url + "/onload')\"><article><h1>Offline</h1>"
                    + "<p>The reader never goes on the network, whatever a page asks for, even when it asks nicely.</p>"
                    + "<img src='" + url + "/photo.jpg' srcset='" + url + "/photo-2x.jpg 2x'>"
                    + "<iframe src='" + url + "/frame'></iframe><video src='" + url + "/video.mp4'></video>"
                    + "<object data='" + url + "/object'></object><embed src='" + url + "/embed'>"
                    + "<noscript><img src='" + url + "/noscript.gif'></noscript></article></body></html>";
            Article a = SourceFormat.HTML.read(page.getBytes(StandardCharsets.UTF_8), null, "offline.html");
            assertEquals("Offline", a.title());
            assertEquals("The reader never goes on the network, whatever a page asks for, even when it asks nicely.",
                    MarkdownImporterTest.text(a).substring("Offline\n\n".length()));
            server.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, server::accept, "no request reached the server");
        }
    }

    @Test
    void refusesAPageThatIsAllFurniture() {
        ImportException e = assertThrows(ImportException.class, () -> html("<html><body><nav><a href=/>Home</a></nav>"
                + "<div class=cookie-banner>We use cookies.</div><footer>© 2024</footer><script>x()</script></body></html>"));
        assertTrue(e.getMessage().startsWith("The page has no article text"), e.getMessage());
    }

    @Test
    void readsDeeplyNestedMarkupWithinBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int depth = 100_000;
            Article divs = html("<h1>Deep</h1>" + "<div>".repeat(depth) + "Deep text, with commas, and enough words."
                    + "</div>".repeat(depth));
            assertEquals("Deep text, with commas, and enough words.", divs.sections().get(0).plainText());
            Article bold = html("<h1>Bold</h1><p>" + "<b>".repeat(depth) + "deep" + "</b>".repeat(depth) + "</p>");
            assertEquals(List.of(Run.strong("deep")), ((Paragraph) bold.sections().get(0).blocks().get(0)).runs());
        });
    }

    @Test
    void findsTheDeclaredCharset() {
        assertEquals("windows-1252", HtmlImporter.declaredCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">".getBytes(StandardCharsets.US_ASCII))
                .orElseThrow().name());
        assertEquals("UTF-8", HtmlImporter.declaredCharset("<?xml version=\"1.0\" encoding=\"utf-8\"?><html>"
                .getBytes(StandardCharsets.US_ASCII)).orElseThrow().name());
        assertTrue(HtmlImporter.declaredCharset("<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
    }

}
