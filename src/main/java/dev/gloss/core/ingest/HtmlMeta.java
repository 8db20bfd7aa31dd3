package dev.gloss.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a saved page says about its article, read before its furniture is taken out: author, date
 * published, the address it was saved from, description, tags and language, from meta tags
 * (Open Graph and article:*), JSON-LD (arrays and {@code @graph} too), canonical links, bylines,
 * and the "saved from url" comment that browsers put at the top of a complete save.
 */
final class HtmlMeta {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAVED_FROM = Pattern.compile("(?i)<!--\\s*saved from url=\\(\\d+\\)\\s*(\\S+?)\\s*-->");
    private static final Pattern SINGLE_FILE = Pattern.compile("(?i)<!--\\s*Page saved with SingleFile\\s+url:\\s*(\\S+)");
    private static final Pattern BY = Pattern.compile("(?i)^(by|written by|posted by|von|par|por)\\s+");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "techarticle",
            "scholarlyarticle", "report", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "howto", "recipe", "socialmediaposting", "liveblogposting", "posting", "webpage", "medicalwebpage",
            "faqpage", "qapage", "aboutpage", "creativework");
    private static final int MAX_TAGS = 40;
    private static final int MAX_BYLINE = 120;
    private static final int MAX_JSON = 1_000_000;

    private HtmlMeta() {
    }

    static Article.Meta read(Document doc, String html) {
        List<JsonNode> ld = jsonLd(doc);
        String author = first(meta(doc, "author"), meta(doc, "article:author"), ldAuthor(ld), relAuthor(doc),
                byline(doc));
        if (author != null && author.matches("(?i)https?://.*")) {
            // article:author is often the author's profile page: a name elsewhere is better.
            author = first(ldAuthor(ld), relAuthor(doc), byline(doc), author);
        }
        String published = first(meta(doc, "article:published_time"), ldText(ld, "datePublished"),
                headerTime(doc), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dcterms.created"),
                itemprop(doc, "datePublished"));
        String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), savedFrom(html),
                ldText(ld, "url"));
        String language = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                locale(meta(doc, "og:locale")), ldText(ld, "inLanguage"), meta(doc, "language"));
        String description = first(meta(doc, "description"), meta(doc, "og:description"),
                ldText(ld, "description"));
        Set<String> tags = new LinkedHashSet<>();
        for (String k : nullToEmpty(meta(doc, "keywords")).split("[,;]")) {
            addTag(tags, k);
        }
        for (Element tag : doc.select("meta[property=article:tag], meta[name=article:tag]")) {
            addTag(tags, tag.attr("content"));
        }
        for (JsonNode node : ld) {
            JsonNode k = node.get("keywords");
            if (k != null && k.isArray()) {
                k.forEach(v -> addTag(tags, v.asText()));
            } else if (k != null && k.isTextual()) {
                for (String s : k.asText().split("[,;]")) {
                    addTag(tags, s);
                }
            }
        }
        return new Article.Meta(author, published, url, description, List.copyOf(tags), language);
    }

    private static void addTag(Set<String> tags, String tag) {
        String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty() && t.length() <= 60 && tags.size() < MAX_TAGS
                && tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
            tags.add(t);
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(e.attr("name")) || name.equalsIgnoreCase(e.attr("property"))) {
                String v = e.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String query, String attr) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr(attr);
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(e.attr("datetime"), e.attr("content"), e.text());
    }

    private static String savedFrom(String html) {
        String head = html.substring(0, Math.min(html.length(), 4096));
        Matcher m = SAVED_FROM.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        Matcher single = SINGLE_FILE.matcher(head);
        return single.find() ? single.group(1) : null;
    }

    private static String locale(String ogLocale) {
        return ogLocale == null ? null : ogLocale.strip().replace('_', '-');
    }

    private static String relAuthor(Document doc) {
        for (Element a : doc.select("[rel=author], [itemprop=author]")) {
            Element name = a.selectFirst("[itemprop=name]");
            if (name != null) {
                a = name;
            }
            String t = a.text().strip();
            if (!t.isEmpty() && t.length() <= MAX_BYLINE) {
                return BY.matcher(t).replaceFirst("");
            }
        }
        return null;
    }

    private static String byline(Document doc) {
        for (Element e : doc.select(".byline__name, .author-name, .byline, .author, .p-author")) {
            String t = e.text().strip();
            if (!t.isEmpty() && t.length() <= MAX_BYLINE && e.select("p").size() <= 1) {
                String name = BY.matcher(t).replaceFirst("");
                // "By Jane Doe · 5 March 2024": the name is what comes before the date.
                name = name.split("\\s+[·|•—–]\\s+|,\\s+(?=\\d|updated|published)", 2)[0].strip();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    private static String headerTime(Document doc) {
        for (Element t : doc.select("time[datetime]")) {
            String v = t.attr("datetime").strip();
            if (!v.isEmpty() && t.closest("article, header, main, .byline, .post-meta, .entry-meta, .meta") != null
                    && t.closest("footer, aside, nav, .comment, .comments") == null) {
                return v;
            }
        }
        Element any = doc.selectFirst("time[datetime][pubdate], time[itemprop=datePublished]");
        return any == null ? null : any.attr("datetime");
    }

    // ---- JSON-LD

    /** The JSON-LD objects of a page, articles first, arrays and graphs flattened; broken scripts are skipped. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > MAX_JSON) {
                continue;
            }
            try {
                JsonNode root = JSON.readTree(data.strip());
                List<JsonNode> queue = new ArrayList<>();
                queue.add(root);
                for (int i = 0; i < queue.size() && i < 500; i++) {
                    JsonNode n = queue.get(i);
                    if (n == null) {
                        continue;
                    }
                    if (n.isArray()) {
                        n.forEach(queue::add);
                    } else if (n.isObject()) {
                        if (n.has("@graph")) {
                            queue.add(n.get("@graph"));
                        }
                        (isArticle(n) ? articles : others).add(n);
                    }
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        articles.addAll(others);
        return articles;
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            String t = textOf(v);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String textOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText().isBlank() ? null : v.asText();
        }
        if (v.isArray() && !v.isEmpty()) {
            return textOf(v.get(0));
        }
        if (v.isObject()) {
            for (String f : new String[] {"name", "@id", "url", "alternateName"}) {
                JsonNode inner = v.get(f);
                if (inner != null && inner.isTextual() && !inner.asText().isBlank()) {
                    return inner.asText();
                }
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            if (!isArticle(n)) {
                continue;
            }
            JsonNode a = n.get("author");
            if (a == null) {
                a = n.get("creator");
            }
            if (a == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (a.isArray()) {
                a.forEach(x -> names.add(name(x)));
            } else {
                names.add(name(a));
            }
            names.removeIf(s -> s == null || s.isBlank());
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String name(JsonNode a) {
        if (a.isTextual()) {
            return a.asText();
        }
        JsonNode name = a.get("name");
        return name != null && name.isTextual() ? name.asText() : null;
    }
}
