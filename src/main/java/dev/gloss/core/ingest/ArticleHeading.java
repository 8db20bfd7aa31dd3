package dev.gloss.core.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.Optional;

/**
 * The h1 that titles the article. Inside the article, the first h1 that matches the page's
 * metadata title, else its only h1; outside it (articles often sit below a header that holds
 * their title), the nearest h1 above the article that matches the metadata title, so that a site
 * logo marked up as h1 is not taken for the title.
 */
final class ArticleHeading {
    /** How far above the article its title is looked for: headers sit beside it or a little above. */
    private static final int ANCESTOR_LEVELS = 6;

    private ArticleHeading() {
    }

    static Optional<Element> find(List<Element> parts, String metaTitle) {
        Elements inside = new Elements();
        for (Element part : parts) {
            inside.addAll(part.select("h1"));
        }
        inside.removeIf(h -> HtmlInline.plain(h).isEmpty());
        for (Element h : inside) {
            if (metaTitle.isEmpty() || Titles.resemble(HtmlInline.plain(h), metaTitle)) {
                return Optional.of(h);
            }
        }
        if (inside.size() == 1) {
            return Optional.of(inside.get(0));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Element ancestor = parts.get(0).parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
            for (Element h : ancestor.select("h1")) {
                String text = HtmlInline.plain(h);
                boolean matches = metaTitle.isEmpty() ? ancestor.normalName().equals("article")
                        || ancestor.select("h1").size() == 1 : Titles.resemble(text, metaTitle);
                if (!text.isEmpty() && matches) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }
}
