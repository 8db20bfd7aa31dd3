package dev.gloss.core.library;

import dev.gloss.core.ingest.Slugs;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link in an article goes: to a section of this library (another imported file, by the
 * relative path between the two files or by the address a page was saved from; or a heading of the
 * same article, by its fragment), else outside it, to be opened in the system's browser only when
 * the reader asks. Nothing is fetched.
 */
public sealed interface LinkTarget {

    /** A place in the library: an article, and the section the link's fragment names, if any. */
    record InLibrary(String articleId, Optional<String> sectionId) implements LinkTarget {
    }

    /** An address outside the library: http, https or mailto. */
    record External(String address) implements LinkTarget {
    }

    /** A link Gloss cannot follow (a file that was not imported, a script, a footnote of another page). */
    record Unresolved(String href) implements LinkTarget {
    }

    List<String> INDEX_NAMES = List.of("index.md", "_index.md", "README.md", "readme.md", "index.html", "index.htm");
    List<String> EXTENSIONS = List.of(".md", ".markdown", ".html", ".htm", ".txt");

    /** Resolves {@code href}, found in {@code from}, against the library. */
    static LinkTarget resolve(String href, Article from, Library library) {
        if (href == null || href.isBlank()) {
            return new Unresolved(String.valueOf(href));
        }
        String h = href.strip();
        String lower = h.toLowerCase(Locale.ROOT);
        int hash = h.indexOf('#');
        String path = hash < 0 ? h : h.substring(0, hash);
        String fragment = hash < 0 ? null : h.substring(hash + 1);
        if (path.isEmpty()) {
            return new InLibrary(from.id(), section(from, fragment));
        }
        if (lower.startsWith("mailto:")) {
            return new External(h);
        }
        Optional<Article> byUrl = byAddress(absolute(from, path), library);
        if (byUrl.isPresent()) {
            return new InLibrary(byUrl.get().id(), section(byUrl.get(), fragment));
        }
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return new External(h);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            // javascript:, file:, data: and the like: never followed.
            return new Unresolved(h);
        }
        Optional<Article> byFile = byRelativePath(from, path, library);
        return byFile.<LinkTarget>map(a -> new InLibrary(a.id(), section(a, fragment)))
                .orElse(new Unresolved(h));
    }

    private static Optional<String> absolute(Article from, String path) {
        try {
            URI uri = new URI(path.replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return Optional.of(uri.toString());
            }
            if (from.meta().sourceUrl() != null) {
                return Optional.of(new URI(from.meta().sourceUrl()).resolve(uri).toString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not an address.
        }
        return Optional.empty();
    }

    private static Optional<Article> byAddress(Optional<String> address, Library library) {
        if (address.isEmpty()) {
            return Optional.empty();
        }
        String wanted = normalAddress(address.get());
        return library.articles().stream()
                .filter(a -> a.meta().sourceUrl() != null && normalAddress(a.meta().sourceUrl()).equals(wanted))
                .findFirst();
    }

    /** An address without its fragment, scheme case, "www." or trailing slash, for comparing. */
    private static String normalAddress(String address) {
        String a = address.strip();
        int hash = a.indexOf('#');
        if (hash >= 0) {
            a = a.substring(0, hash);
        }
        a = a.replaceFirst("(?i)^https?://(www\\.)?", "//");
        while (a.endsWith("/")) {
            a = a.substring(0, a.length() - 1);
        }
        return a.toLowerCase(Locale.ROOT);
    }

    private static Optional<Article> byRelativePath(Article from, String path, Library library) {
        String base = from.origin().sourcePath();
        if (base == null) {
            return Optional.empty();
        }
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            int query = decoded.indexOf('?');
            if (query >= 0) {
                decoded = decoded.substring(0, query);
            }
            Path parent = Path.of(base).getParent();
            if (parent == null) {
                return Optional.empty();
            }
            Path target = parent.resolve(decoded).normalize();
            for (Article a : library.articles()) {
                String p = a.origin().sourcePath();
                if (p != null && a != from && matches(Path.of(p).normalize(), target, decoded.endsWith("/"))) {
                    return Optional.of(a);
                }
            }
        } catch (IllegalArgumentException e) {
            // Not a path on this system.
        }
        return Optional.empty();
    }

    /** A link names a file with or without its extension, or a folder by its index page. */
    private static boolean matches(Path file, Path target, boolean folder) {
        if (!folder && file.equals(target)) {
            return true;
        }
        String name = file.getFileName().toString();
        if (file.getParent() != null && file.getParent().equals(target) && INDEX_NAMES.contains(name)) {
            return true;
        }
        if (!folder && file.getParent() != null && file.getParent().equals(target.getParent())) {
            String wanted = target.getFileName().toString();
            for (String ext : EXTENSIONS) {
                if (name.equalsIgnoreCase(wanted + ext)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The section a fragment names: a section id's slug, or a heading's slug as generators make it. */
    private static Optional<String> section(Article article, String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return Optional.empty();
        }
        String f = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        String slug = Slugs.slug(f);
        for (Section s : article.sections()) {
            String own = s.id().substring(s.id().indexOf('/') + 1);
            if (own.equals(f) || own.equals(slug) || s.hasVisibleTitle() && Slugs.slug(s.title()).equals(slug)) {
                return Optional.of(s.id());
            }
        }
        return Optional.empty();
    }
}
