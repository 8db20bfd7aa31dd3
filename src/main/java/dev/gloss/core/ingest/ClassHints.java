package dev.gloss.core.ingest;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What the class names and ids of a page say about an element, in the manner of Firefox's Reader
 * View: "entry-content" promises the article, "related-posts" or "cookie-banner" promise furniture.
 * Words are matched whole, between spaces, hyphens or underscores, so that "ad" does not match "header".
 */
final class ClassHints {
    private static final String EDGE_BEFORE = "(?:^|[\\s_\\-])";
    private static final String EDGE_AFTER = "(?:$|[\\s_\\-])";

    /** Furniture whatever other words come with it: a "comment-content" is still a comment. */
    private static final Pattern FURNITURE = words("comment\\w*", "disqus", "cookie\\w*", "consent", "gdpr",
            "related\\w*", "newsletter\\w*", "subscri\\w*", "signup",
            "advert\\w*", "ads?", "adsense", "adslot", "sponsor\\w*", "promo\\w*", "popup", "modal", "outbrain",
            "taboola", "breadcrumb\\w*", "paywall", "respond", "replies", "reply", "byline", "author-?bio",
            "about-?author", "logo", "brand", "site-?title", "site-?name", "skip-?link", "screen-reader-text",
            "sr-only", "visually-hidden", "recommend\\w*", "trending", "popular", "more-?stories", "most-?read",
            "read-?next", "you-?may-?like");
    /** Furniture unless a content word comes with it: "has-sidebar site-content" wraps the article. */
    private static final Pattern MAYBE_FURNITURE = words("sidebar", "side-?bar", "footer", "header", "masthead",
            "nav", "navbar", "navigation", "menu", "submenu", "banner", "widgets?", "pagination", "pager",
            "toolbar", "extra", "meta", "tags?", "tag-?cloud", "categories", "community", "rss", "supplemental",
            "remark", "combx", "shoutbox", "skyscraper", "rail", "aside", "author", "dateline", "timestamp");
    private static final Pattern CONTENT = words("article", "articles", "body", "column", "content", "main",
            "post", "entry", "hentry", "h-entry", "story", "text", "blog", "prose", "markdown", "rich-?text",
            "page");

    private ClassHints() {
    }

    private static Pattern words(String... words) {
        return Pattern.compile(EDGE_BEFORE + "(" + String.join("|", words) + ")" + EDGE_AFTER, Pattern.CASE_INSENSITIVE);
    }

    private static String hints(Element e) {
        return e.className() + " " + e.id();
    }

    /** Named as furniture whatever else it holds: a comment box, a cookie banner, a share bar, a logo. */
    static boolean isFurniture(Element e) {
        String h = hints(e);
        return !h.isBlank() && (FURNITURE.matcher(h).find() || isShareWidget(h));
    }

    /**
     * Whether a class or id names a share or social widget: a whole token that is one
     * ("share", "sharing", "share-buttons", "social-share", "share-bar-top", "post-share"), not any
     * name with "sharing" in it, so that "screen-sharing-guide" is not taken for a share bar.
     */
    static boolean isShareWidget(String hint) {
        for (String token : hint.toLowerCase(java.util.Locale.ROOT).split("[\\s]+")) {
            String t = token.replace('_', '-');
            if (SHARE_TOKENS.contains(t) || t.startsWith("share-") || t.startsWith("social-")
                    || t.endsWith("-share") || t.endsWith("-share-buttons") || t.endsWith("-social")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SHARE_TOKENS = java.util.Set.of("share", "shares", "sharing",
            "sharebar", "sharethis", "sharedaddy", "addthis", "addtoany", "social", "socials");

    /** Named as furniture that may still hold the article's title: a header, a sidebar, a meta line. */
    static boolean isMaybeFurniture(Element e) {
        String h = hints(e);
        return !h.isBlank() && MAYBE_FURNITURE.matcher(h).find() && !CONTENT.matcher(h).find();
    }

    /** +25 for each of class and id that promises content, -25 for each that promises furniture. */
    static int weight(Element e) {
        return weightOf(e.className()) + weightOf(e.id())
                + ("articleBody".equals(e.attr("itemprop")) ? 25 : 0);
    }

    private static int weightOf(String hint) {
        if (hint.isBlank()) {
            return 0;
        }
        int w = 0;
        if (FURNITURE.matcher(hint).find() || isShareWidget(hint) || MAYBE_FURNITURE.matcher(hint).find()) {
            w -= 25;
        }
        if (CONTENT.matcher(hint).find()) {
            w += 25;
        }
        return w;
    }
}
