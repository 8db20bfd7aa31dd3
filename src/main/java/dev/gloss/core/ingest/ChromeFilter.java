package dev.gloss.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site chrome that comes along when a blog post is copied as text: category lines at
 * the top; and at the end, post listings ("Recent Posts" with "4 hours ago"), bylines, a lone user
 * name, author boxes (a repeated name and a bio) and comment forms. The rules look at the shape
 * and position of lines, not at particular sites' strings.
 */
public final class ChromeFilter {

    /**
     * The lines kept, {@code from} (inclusive) to {@code to} (exclusive) of the lines given, and
     * the lines taken out as chrome: the kept ones are told by where they are, not copied.
     */
    public record Result(int from, int to, List<String> removed) {
        /** The lines kept, as a view of the lines given. */
        public List<String> kept(List<String> lines) {
            return lines.subList(from, to);
        }
    }

    private static final int HEAD_LINES = 3;

    private static final Pattern TAXONOMY_LINE = Pattern.compile(
            "(?i)^(categor(y|ies)|tags?|tagged|filed under|posted in|topics?)\\s*:.*$");
    private static final Pattern LISTING_HEADING = Pattern.compile(
            "(?i)^((recent|related|popular|latest|more|similar|trending|top)\\s+(posts|articles|stories|reads|news)"
                    + "|you (may|might) also (like|enjoy)|read (more|next)|see also)\\s*:?$");
    private static final Pattern TIME_AGO = Pattern.compile(
            "(?i)^(\\d+|an?|one)\\s+(second|minute|hour|day|week|month|year)s?\\s+ago$");
    private static final Pattern COMMENT_FORM = Pattern.compile(
            "(?i)^(leave a (comment|reply)|post (a )?comment|submit( comment)?|add (a )?comment|cancel reply"
                    + "|\\d+\\s+comments?|comments?(\\s*\\(\\d+\\))?|no comments( yet)?\\.?"
                    + "|(required fields are marked|your email address will not be published).*"
                    + "|save my name, email.*|(name|e-?mail|website|comment)\\s*\\*?)$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(this (article|post|entry|story)\\b.*\\b(category|categories|created by|written by|posted by"
                    + "|filed under|tagged)\\b.*|(written|posted|published|created|authored) by\\s+\\S.*"
                    + "|share( this( (post|article))?)?:?|about the author)$");
    private static final Pattern LONE_USER_NAME = Pattern.compile("^@?[a-z0-9][a-z0-9_.\\-]{2,30}$");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}’'\\-]+(\\s+\\p{Lu}[\\p{L}’'\\-.]*){1,3}$");

    private ChromeFilter() {
    }

    public static Result filter(List<String> lines) {
        List<String> removed = new ArrayList<>();
        int start = dropTaxonomyAtHead(lines, removed);
        int end = cutListing(lines, start, removed);
        end = trimTail(lines, start, end, removed);
        return new Result(start, end, List.copyOf(removed));
    }

    private static int dropTaxonomyAtHead(List<String> lines, List<String> removed) {
        int start = 0;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEAD_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (TAXONOMY_LINE.matcher(line).matches()) {
                removed.add(line);
                start = i + 1;
            } else {
                break;
            }
        }
        return start;
    }

    /** A listing of other posts in the last part of the text is cut from its heading onwards. */
    private static int cutListing(List<String> lines, int start, List<String> removed) {
        int from = start + (lines.size() - start) / 2;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (mayBeListingHeading(line) && LISTING_HEADING.matcher(line).matches() && listingFollows(lines, i + 1)) {
                lines.subList(i, lines.size()).stream().map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(removed::add);
                return i;
            }
        }
        return lines.size();
    }

    /** Every listing heading starts with one of these letters: the pattern reads only the lines that do. */
    private static boolean mayBeListingHeading(String line) {
        return !line.isEmpty() && "rRpPlLmMsStTyY".indexOf(line.charAt(0)) >= 0;
    }

    /** A listing: what follows holds post dates ("4 hours ago") or is short lines only. */
    private static boolean listingFollows(List<String> lines, int from) {
        boolean onlyShort = true;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (TIME_AGO.matcher(line).matches()) {
                return true;
            }
            if (line.length() > 160) {
                onlyShort = false;
            }
        }
        return onlyShort;
    }

    /** Chrome at the end of the text, never reaching the first line: a note of one word is its own title, not a user name. */
    private static int trimTail(List<String> lines, int textStart, int end, List<String> removed) {
        int first = textStart;
        while (first < end && lines.get(first).isBlank()) {
            first++;
        }
        int start = first + 1;
        int e = end;
        while (true) {
            int last = previousNonBlank(lines, e - 1, start);
            if (last < start) {
                return e;
            }
            String line = lines.get(last).strip();
            if (isTailChromeLine(line)) {
                removed.add(line);
                e = last;
                continue;
            }
            int nameAt = authorBoxStart(lines, last, start);
            if (nameAt >= 0) {
                for (int i = nameAt; i <= last; i++) {
                    if (!lines.get(i).isBlank()) {
                        removed.add(lines.get(i).strip());
                    }
                }
                e = nameAt;
                continue;
            }
            return e;
        }
    }

    private static boolean isTailChromeLine(String line) {
        return COMMENT_FORM.matcher(line).matches()
                || BYLINE.matcher(line).matches()
                || TIME_AGO.matcher(line).matches()
                || LONE_USER_NAME.matcher(line).matches()
                || LISTING_HEADING.matcher(line).matches();
    }

    /**
     * An author box ends the text: a person's name repeated (the box's heading and its link), then
     * a short bio. Returns the index of the first name line, or -1.
     */
    private static int authorBoxStart(List<String> lines, int bioAt, int start) {
        String bio = lines.get(bioAt).strip();
        if (PERSON_NAME.matcher(bio).matches() || bio.length() > 600) {
            return -1;
        }
        int nameAt = previousNonBlank(lines, bioAt - 1, start);
        if (nameAt < start || !PERSON_NAME.matcher(lines.get(nameAt).strip()).matches()) {
            return -1;
        }
        String name = lines.get(nameAt).strip().toLowerCase(Locale.ROOT);
        int before = previousNonBlank(lines, nameAt - 1, start);
        if (before >= start && lines.get(before).strip().toLowerCase(Locale.ROOT).equals(name)) {
            return before;
        }
        return -1;
    }

    private static int previousNonBlank(List<String> lines, int from, int start) {
        int i = from;
        while (i >= start && lines.get(i).isBlank()) {
            i--;
        }
        return i;
    }
}
