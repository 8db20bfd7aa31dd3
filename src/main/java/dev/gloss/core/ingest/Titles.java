package dev.gloss.core.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Article titles taken from a first line or a page's metadata. */
final class Titles {
    /** A first line longer than this is a sentence, not a title: it is shortened and left in the text. */
    static final int MAX_LENGTH = 120;
    /** How page titles set the site's name apart: "How K2 Works | Health Site", "Site — How K2 Works". */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»/:]{1,2}\\s+");

    private Titles() {
    }

    /** {@code text} cut at a word boundary to at most {@link #MAX_LENGTH} characters, with an ellipsis. */
    static String shorten(String text) {
        String t = text.strip();
        if (t.length() <= MAX_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_LENGTH - 1);
        return t.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }

    /**
     * A page title without the site's name: the part that is the site's name (og:site_name) goes
     * when it is known; otherwise the longest part stays, since the site's name is the short one.
     */
    static String withoutSiteName(String pageTitle, String siteName) {
        String[] parts = SITE_SEPARATOR.split(pageTitle.strip());
        if (parts.length < 2) {
            return pageTitle.strip();
        }
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        if (!site.isEmpty()) {
            for (String part : parts) {
                if (!part.strip().toLowerCase(Locale.ROOT).equals(site)) {
                    kept.append(kept.length() == 0 ? "" : " – ").append(part.strip());
                }
            }
            if (kept.length() > 0 && kept.length() < pageTitle.strip().length()) {
                return kept.toString();
            }
        }
        String longest = "";
        for (String part : parts) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest;
    }

    /** Two titles name the same thing when one holds the other, ignoring case and spacing. */
    static boolean resemble(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
