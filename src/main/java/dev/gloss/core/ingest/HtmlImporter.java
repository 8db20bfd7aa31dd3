package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from a web page saved by a browser, keeping what Firefox's Reader View would
 * show: the article's headings, paragraphs and lists, without the page's furniture.
 *
 * <p>The page is parsed by jsoup and nothing more: no script runs, no stylesheet, image or frame is
 * fetched (jsoup only goes on the network when asked to connect, which Gloss never does), and
 * scripts are taken out before any text is read.
 *
 * <p>The extraction is our own, on jsoup, rather than Readability4J: that library is not a Java
 * module and brings the Kotlin runtime, and what the reader needs (headings, paragraphs, lists,
 * emphasis) is a small part of what it does.
 */
public final class HtmlImporter {
    /** Where browsers look for a declared charset: the start of the file. */
    private static final int CHARSET_PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_.:\\-]+)");

    private HtmlImporter() {
    }

    /** Decodes a saved page, honouring its meta charset, and reads its article. */
    public static Article read(byte[] bytes, String articleId, Article.Origin origin) throws ImportException {
        return read(bytes, articleId, origin, ImportContext.standalone());
    }

    /** As {@link #read(byte[], String, Article.Origin)}, images and warnings going through {@code context}. */
    public static Article read(byte[] bytes, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        String text = TextDecoder.decode(bytes, declaredCharset(bytes)).text();
        return parse(text, articleId, origin, context);
    }

    /** The charset a page declares near its start, in a meta tag or an XML declaration, if Java knows it. */
    public static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Matcher xml = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : xml.find() ? xml.group(1) : null;
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            // An unknown or misspelt charset name: the bytes themselves decide.
            return Optional.empty();
        }
    }

    /** Reads the article of a page; its id is the given one, or the slug of its title when null. */
    public static Article parse(String html, String articleId, Article.Origin origin) throws ImportException {
        return parse(html, articleId, origin, ImportContext.standalone());
    }

    /** As {@link #parse(String, String, Article.Origin)}, images and warnings going through {@code context}. */
    public static Article parse(String html, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        return parse(html, articleId, origin, context, new HtmlImages.Resolver(
                ref -> ref.regionMatches(true, 0, "data:", 0, 5)
                        || !ImportContext.isRemote(ref) && context.resources().read(ref).isPresent(),
                context::image));
    }

    /** As {@link #parse(String, String, Article.Origin, ImportContext)}, images read through {@code images}. */
    static Article parse(String html, String articleId, Article.Origin origin, ImportContext context,
                         HtmlImages.Resolver images) throws ImportException {
        Document doc = Jsoup.parse(html, "");
        String metaTitle = metaTitle(doc);
        Article.Meta meta = HtmlMeta.read(doc, html);
        HtmlCleaner.clean(doc);
        List<Element> parts = MainContent.find(doc);
        Optional<Element> heading = ArticleHeading.find(parts, metaTitle);
        String title = heading.map(HtmlInline::plain)
                .or(() -> Optional.of(metaTitle).filter(t -> !t.isEmpty()))
                .or(() -> firstHeading(parts))
                .orElse(baseName(origin.fileName()));
        String id = articleId != null ? articleId : Slugs.slug(title);
        ArticleAssembler assembler = new ArticleAssembler(id, Titles.shorten(title), origin);
        assembler.meta(meta);
        HtmlBlockWriter.write(parts, heading.orElse(null), title, assembler, images);
        if (!assembler.hasContent()) {
            throw new ImportException("The page has no article text to read once its navigation, scripts and "
                    + "other furniture are set aside.");
        }
        return assembler.build();
    }

    /** og:title, else the page's title without the site's name. */
    private static String metaTitle(Document doc) {
        String og = meta(doc, "og:title");
        if (!og.isEmpty()) {
            return og;
        }
        return Titles.withoutSiteName(doc.title(), meta(doc, "og:site_name"));
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? "" : e.attr("content").strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> firstHeading(List<Element> parts) {
        for (Element part : parts) {
            Element h = part.selectFirst("h1, h2, h3, h4, h5, h6");
            if (h != null && !HtmlInline.plain(h).isEmpty()) {
                return Optional.of(HtmlInline.plain(h));
            }
        }
        return Optional.empty();
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.isBlank() ? "Untitled page" : base;
    }
}
