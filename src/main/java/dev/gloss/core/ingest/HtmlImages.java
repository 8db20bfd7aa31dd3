package dev.gloss.core.ingest;

import dev.gloss.core.model.ImageBlock;
import dev.gloss.core.model.Run;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images of a page that are content, and the file each one is read from: tracking pixels,
 * spacers and icons inside links and buttons are not content; of a picture's or a srcset's sources
 * the largest one found beside the page is taken, since a saved page keeps only some of them.
 */
final class HtmlImages {
    private static final int TINY = 2;
    private static final Pattern DESCRIPTOR = Pattern.compile("\\s+(\\d+(?:\\.\\d+)?[wxh])$", Pattern.CASE_INSENSITIVE);
    private static final List<String> ICON_WORDS = List.of("icon", "emoji", "avatar", "spacer", "pixel", "tracking",
            "badge", "logo", "gravatar", "sprite");

    /**
     * Where an image's bytes come from: whether a reference as the page writes it can be read
     * ({@code has}, quietly), and keeping it under a name ({@code keep}, with a warning when it cannot).
     */
    record Resolver(java.util.function.Predicate<String> has, Function<String, Optional<String>> keep) {
    }

    private HtmlImages() {
    }

    /** Whether an img (or a picture's img) is part of the article rather than a pixel, a spacer or an icon. */
    static boolean isContent(Element img) {
        if (candidates(img).isEmpty()) {
            return false;
        }
        if (isTiny(img.attr("width")) || isTiny(img.attr("height"))) {
            return false;
        }
        String style = img.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.matches(".*(?<![a-z-])(width|height):[0-2](px)?(;.*|$)")) {
            return false;
        }
        String hints = (img.className() + " " + img.id() + " " + img.attr("role")).toLowerCase(Locale.ROOT);
        for (String w : ICON_WORDS) {
            if (hints.contains(w)) {
                return false;
            }
        }
        Element holder = img.closest("a, button");
        if (holder != null) {
            // An icon beside a link's or a button's own words; an image that is all of a link is content.
            String text = holder.text().strip();
            if (!text.isEmpty() && !text.equals(img.attr("alt").strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTiny(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT).replace("px", "");
        if (s.isEmpty()) {
            return false;
        }
        try {
            return Double.parseDouble(s) <= TINY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The image as a block: the first of its sources that can be kept, else none, its alt text standing in. */
    static ImageBlock block(Element img, List<Run> caption, Resolver resolver) {
        List<String> refs = candidates(img);
        String src = null;
        boolean tried = false;
        for (String ref : refs) {
            if (src == null && resolver.has().test(ref)) {
                tried = true;
                src = resolver.keep().apply(ref).orElse(null);
            }
        }
        if (!tried) {
            // None is here: the first local one is asked for, so that the reader is told it is missing.
            refs.stream().filter(r -> !ImportContext.isRemote(r)).findFirst().ifPresent(r -> resolver.keep().apply(r));
        }
        String original = img.attr("src").isBlank() ? refs.isEmpty() ? null : refs.get(0) : img.attr("src").strip();
        if (original != null && original.regionMatches(true, 0, "data:", 0, 5)) {
            original = null;
        }
        String alt = img.attr("alt").isBlank() ? img.attr("title") : img.attr("alt");
        if (alt.isBlank() && caption != null) {
            // The caption describes the picture when it cannot be shown.
            alt = caption.stream().map(Run::text).reduce("", String::concat);
        }
        return new ImageBlock(alt, src, caption, original);
    }

    /**
     * The references an image may be read from, best first: the largest of its picture's and its
     * srcset's sources, then its src and the lazy-loading attributes.
     */
    static List<String> candidates(Element img) {
        record Source(String ref, double size) {
        }
        List<Source> sized = new ArrayList<>();
        Element picture = img.parent() != null && img.parent().normalName().equals("picture") ? img.parent() : null;
        if (picture != null) {
            for (Element source : picture.select("source")) {
                addSrcset(source.attr("srcset"), sized::add, Source::new);
            }
        }
        addSrcset(img.attr("srcset"), sized::add, Source::new);
        addSrcset(img.attr("data-srcset"), sized::add, Source::new);
        sized.sort(Comparator.comparingDouble(Source::size).reversed());
        List<String> out = new ArrayList<>();
        for (Source s : sized) {
            if (!out.contains(s.ref())) {
                out.add(s.ref());
            }
        }
        for (String attr : new String[] {"src", "data-src", "data-original", "data-lazy-src"}) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !out.contains(v) && !v.startsWith("about:")) {
                out.add(v);
            }
        }
        // A lazy-loading placeholder (a blank GIF or SVG) is the last resort.
        List<String> placeholders = out.stream().filter(HtmlImages::isPlaceholder).toList();
        out.removeAll(placeholders);
        out.addAll(placeholders);
        return out;
    }

    private static boolean isPlaceholder(String ref) {
        return ref.regionMatches(true, 0, "data:image/gif", 0, 14) || ref.regionMatches(true, 0, "data:image/svg", 0, 14);
    }

    private interface SourceMaker<S> {
        S make(String ref, double size);
    }

    private static <S> void addSrcset(String srcset, java.util.function.Consumer<S> out, SourceMaker<S> maker) {
        if (srcset.isBlank() || srcset.regionMatches(true, 0, "data:", 0, 5)) {
            if (!srcset.isBlank()) {
                out.accept(maker.make(srcset.strip(), 1));
            }
            return;
        }
        for (String entry : srcset.split(",\\s+|,(?=\\S+\\s+\\d)")) {
            String e = entry.strip();
            // "url 2x" or "url 640w"; the address is all before the descriptor, spaces and all.
            Matcher m = DESCRIPTOR.matcher(e);
            String ref = e;
            double size = 1;
            if (m.find()) {
                ref = e.substring(0, m.start()).strip();
                String d = m.group(1).toLowerCase(Locale.ROOT);
                try {
                    double n = Double.parseDouble(d.substring(0, d.length() - 1));
                    size = d.endsWith("w") ? n / 1000 : d.endsWith("x") ? n : 1;
                } catch (NumberFormatException ex) {
                    size = 1;
                }
            }
            if (ref.isEmpty()) {
                continue;
            }
            out.accept(maker.make(ref, size));
        }
    }
}
