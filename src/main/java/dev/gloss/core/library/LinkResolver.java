package dev.gloss.core.library;

import dev.gloss.core.model.Article;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the article of the library a link points to: a relative link ({@code other.md},
 * {@code ../guide/setup.md#install}) resolved against the file the current article was read from,
 * or an address, absolute or resolved against the current article's source address, that another
 * article was saved from. Never fetches anything.
 */
public final class LinkResolver {

    /** Where a link leads in the library: an article, and a section of it when the link names one that exists. */
    public record Target(String articleId, Optional<String> sectionId) {
    }

    private LinkResolver() {
    }

    /** Whether a link leaves Gloss for the web or mail. */
    public static boolean isExternal(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:");
    }

    public static Optional<Target> resolve(List<Article> articles, Article current, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        String link = href.strip();
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? null : link.substring(hash + 1);
        String path = hash < 0 ? link : link.substring(0, hash);
        if (path.isEmpty()) {
            return current == null ? Optional.empty() : Optional.of(target(current, fragment));
        }
        Optional<Article> found = byAddress(articles, current, path);
        if (found.isEmpty() && !hasScheme(path)) {
            found = byFile(articles, current, path);
        }
        return found.map(a -> target(a, fragment));
    }

    private static Target target(Article article, String fragment) {
        if (fragment == null || fragment.isEmpty()) {
            return new Target(article.id(), Optional.empty());
        }
        String wanted = article.id() + "/" + fragment.toLowerCase(Locale.ROOT);
        Optional<String> section = article.sections().stream().map(s -> s.id())
                .filter(id -> id.equalsIgnoreCase(wanted)).findFirst();
        return new Target(article.id(), section);
    }

    private static boolean hasScheme(String path) {
        return path.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    /** An article saved from the address the link names (absolute, or relative to the current article's address). */
    private static Optional<Article> byAddress(List<Article> articles, Article current, String path) {
        String address;
        try {
            URI uri = new URI(path.replace(" ", "%20"));
            if (!uri.isAbsolute()) {
                String base = current == null ? null : current.meta().sourceUrl();
                if (base == null) {
                    return Optional.empty();
                }
                uri = new URI(base.replace(" ", "%20")).resolve(uri);
            }
            address = normalAddress(uri.toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Article a : articles) {
            if (a != current && a.meta().sourceUrl() != null && normalAddress(a.meta().sourceUrl()).equals(address)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static String normalAddress(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("(?i)^https?://", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        return host.toLowerCase(Locale.ROOT) + (slash < 0 ? "" : u.substring(slash));
    }

    /**
     * An article read from the file a relative link names: the same path from the current file's
     * folder first, then, as imported files keep only their names, the one file of that name.
     */
    private static Optional<Article> byFile(List<Article> articles, Article current, String path) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        String base = current == null ? "" : current.origin().fileName().replace('\\', '/');
        int slash = base.lastIndexOf('/');
        String folder = slash < 0 ? "" : base.substring(0, slash + 1);
        String wanted = normalPath(decoded.startsWith("/") ? decoded.substring(1) : folder + decoded);
        for (Article a : articles) {
            if (a != current && normalPath(a.origin().fileName().replace('\\', '/')).equals(wanted)) {
                return Optional.of(a);
            }
        }
        String name = wanted.substring(wanted.lastIndexOf('/') + 1);
        List<Article> sameName = articles.stream().filter(a -> a != current)
                .filter(a -> {
                    String f = a.origin().fileName().replace('\\', '/');
                    return f.substring(f.lastIndexOf('/') + 1).equals(name);
                }).toList();
        return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
    }

    /** A path with its "." and ".." parts worked out; ".." past the start is dropped. */
    private static String normalPath(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
