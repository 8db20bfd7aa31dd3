package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web page saved as one MHTML file (a browser's "Webpage, Single File"): a MIME
 * multipart/related message whose first HTML part is the page and whose other parts are its
 * images, each named by its Content-Location (the address it was loaded from) or Content-ID. The
 * page is read by {@link HtmlImporter}, its images taken from the parts, never from the network.
 *
 * <p>The reader is our own, a small one: it splits the message at its boundary, reads each part's
 * headers, and decodes quoted-printable and base64 bodies. Jakarta Mail would do the same with a
 * provider found through the service loader, which a modular image has to be told about, and it
 * builds a message model for mail that a saved page never uses; a part that cannot be decoded is
 * here a warning, not an exception from deep in a library.
 */
public final class MhtmlImporter {
    /** The most parts read: a saved page has dozens, a few thousand at most. */
    private static final int MAX_PARTS = 5000;
    private static final Pattern PARAM = Pattern.compile(
            ";\\s*([A-Za-z0-9_.\\-*]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]+)");

    private MhtmlImporter() {
    }

    /** One part of the message: its headers (names in lower case) and its decoded body. */
    record Part(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String mediaType() {
            String type = header("content-type");
            int semi = type.indexOf(';');
            return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }
    }

    public static Article read(byte[] bytes, String articleId, Article.Origin origin, ImportContext context)
            throws ImportException {
        List<Part> parts = parts(bytes, context);
        Part page = parts.stream().filter(p -> p.mediaType().equals("text/html")
                || p.mediaType().equals("application/xhtml+xml")).findFirst()
                .orElseThrow(() -> new ImportException("The MHTML file holds no web page (no text/html part)."));
        Map<String, byte[]> byName = new HashMap<>();
        for (Part p : parts) {
            if (p == page) {
                continue;
            }
            String location = p.header("content-location").strip();
            if (!location.isEmpty()) {
                byName.putIfAbsent(location, p.body());
            }
            String id = p.header("content-id").strip();
            if (id.startsWith("<") && id.endsWith(">")) {
                id = id.substring(1, id.length() - 1);
            }
            if (!id.isEmpty()) {
                byName.putIfAbsent("cid:" + id, p.body());
            }
        }
        String base = page.header("content-location").strip();
        Optional<Charset> charset = charset(page.header("content-type"))
                .or(() -> HtmlImporter.declaredCharset(page.body()));
        String html = TextDecoder.decode(page.body(), charset).text();
        HtmlImages.Resolver images = new HtmlImages.Resolver(
                ref -> ref.regionMatches(true, 0, "data:", 0, 5) || find(byName, base, ref) != null,
                ref -> {
                    byte[] data = find(byName, base, ref);
                    return data != null ? context.keepImage(data, ref) : context.image(ref);
                });
        return withMessageHeaders(HtmlImporter.parse(html, articleId, origin, context, images), bytes);
    }

    /**
     * The message's own headers say where and when the page was saved: its address
     * (Snapshot-Content-Location) when the page names none, and its date when the page has none.
     */
    private static Article withMessageHeaders(Article a, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        int end = headerEnd(head, 0);
        if (end < 0) {
            return a;
        }
        Map<String, String> headers = headers(head.substring(0, end));
        Article.Meta m = a.meta();
        String url = m.sourceUrl();
        if (url == null) {
            String location = headers.getOrDefault("snapshot-content-location", "").strip();
            url = location.regionMatches(true, 0, "http", 0, 4) ? location : null;
        }
        String published = m.published() != null ? m.published() : isoDate(headers.getOrDefault("date", ""));
        if (Objects.equals(url, m.sourceUrl()) && Objects.equals(published, m.published())) {
            return a;
        }
        return new Article(a.id(), a.title(), a.sections(), a.origin(),
                new Article.Meta(m.author(), published, url, m.description(), m.tags(), m.language()));
    }

    /** A message's date (RFC 5322) as ISO 8601, or null when it is not one. */
    private static String isoDate(String value) {
        String v = value.strip().replaceFirst("\\s*\\([^)]*\\)$", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The part a page's reference names: as written, resolved against the page's address, or by Content-ID. */
    private static byte[] find(Map<String, byte[]> byName, String base, String ref) {
        String r = ref.strip();
        byte[] direct = byName.get(r);
        if (direct != null || base.isEmpty() || r.regionMatches(true, 0, "cid:", 0, 4)) {
            return direct;
        }
        try {
            return byName.get(URI.create(base).resolve(r.replace(" ", "%20")).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The parts of an MHTML message, or an ImportException saying why it is not one. */
    static List<Part> parts(byte[] bytes, ImportContext context) throws ImportException {
        // ISO-8859-1 maps each byte to one char, so that offsets in the text are offsets in the bytes.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = headerEnd(text, 0);
        if (headerEnd < 0) {
            throw new ImportException("The file is not an MHTML page: it has no MIME headers.");
        }
        Map<String, String> headers = headers(text.substring(0, headerEnd));
        String type = headers.getOrDefault("content-type", "");
        if (!headers.containsKey("content-type")) {
            throw new ImportException("The file is not an MHTML page: it has no Content-Type header.");
        }
        int bodyStart = bodyStart(text, headerEnd);
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // A single part: the page alone.
            return List.of(new Part(headers, decode(bytes, bodyStart, bytes.length, headers, context)));
        }
        String boundary = params(type).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new ImportException("The MHTML file is malformed: its multipart Content-Type names no boundary.");
        }
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int at = delimiterAt(text, delimiter, bodyStart);
        if (at < 0) {
            throw new ImportException("The MHTML file is malformed: its parts' boundary never appears.");
        }
        while (at >= 0 && parts.size() < MAX_PARTS) {
            int lineEnd = text.indexOf('\n', at);
            if (text.startsWith(delimiter + "--", at) || lineEnd < 0) {
                break;
            }
            int partStart = lineEnd + 1;
            int next = delimiterAt(text, delimiter, partStart);
            int partEnd = next < 0 ? text.length() : next;
            // The line break before a delimiter belongs to the delimiter.
            int contentEnd = partEnd;
            if (next >= 0) {
                if (contentEnd > partStart && text.charAt(contentEnd - 1) == '\n') {
                    contentEnd--;
                }
                if (contentEnd > partStart && text.charAt(contentEnd - 1) == '\r') {
                    contentEnd--;
                }
            }
            int partHeaderEnd = headerEnd(text.substring(partStart, contentEnd), 0);
            if (partHeaderEnd >= 0) {
                Map<String, String> partHeaders = headers(text.substring(partStart, partStart + partHeaderEnd));
                int partBody = bodyStart(text, partStart + partHeaderEnd);
                parts.add(new Part(partHeaders, decode(bytes, Math.min(partBody, contentEnd), contentEnd, partHeaders,
                        context)));
            }
            at = next;
        }
        if (parts.isEmpty()) {
            throw new ImportException("The MHTML file is malformed: it has no readable parts.");
        }
        return parts;
    }

    /** Where a delimiter line begins at or after {@code from}: at the start of a line. */
    private static int delimiterAt(String text, String delimiter, int from) {
        int i = from;
        while (true) {
            int found = text.indexOf(delimiter, i);
            if (found < 0) {
                return -1;
            }
            if (found == 0 || text.charAt(found - 1) == '\n') {
                return found;
            }
            i = found + 1;
        }
    }

    /** Where the headers that start at {@code from} end: the blank line after them, or -1. */
    private static int headerEnd(String text, int from) {
        int crlf = text.indexOf("\r\n\r\n", from);
        int lf = text.indexOf("\n\n", from);
        if (crlf < 0 && lf < 0) {
            return -1;
        }
        if (crlf < 0 || lf >= 0 && lf < crlf) {
            return lf + 1;
        }
        return crlf + 2;
    }

    private static int bodyStart(String text, int headerEnd) {
        int i = headerEnd;
        if (text.startsWith("\r\n", i)) {
            return i + 2;
        }
        return text.startsWith("\n", i) ? i + 1 : i;
    }

    /** Headers unfolded (a line that starts with white space continues the one before), names in lower case. */
    static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        for (String line : block.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                out.put(name, out.get(name) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            out.putIfAbsent(name, line.substring(colon + 1).strip());
            if (!out.get(name).equals(line.substring(colon + 1).strip())) {
                // A repeated header: the first one counts; its continuation lines must not join it.
                name = null;
            }
        }
        return out;
    }

    static Map<String, String> params(String headerValue) {
        Map<String, String> out = new HashMap<>();
        Matcher m = PARAM.matcher(headerValue);
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2);
            out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return out;
    }

    private static Optional<Charset> charset(String contentType) {
        String name = params(contentType).get("charset");
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(byte[] bytes, int from, int to, Map<String, String> headers, ImportContext context) {
        String encoding = headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        byte[] raw = java.util.Arrays.copyOfRange(bytes, from, Math.max(from, to));
        return switch (encoding) {
            case "base64" -> {
                try {
                    yield Base64.getMimeDecoder().decode(raw);
                } catch (IllegalArgumentException e) {
                    context.warn("A part of the MHTML file (" + shorten(headers.getOrDefault("content-location", "?"))
                            + ") is not valid base64 and was left out.");
                    yield new byte[0];
                }
            }
            case "quoted-printable" -> quotedPrintable(raw);
            default -> raw;
        };
    }

    /**
     * Decodes quoted-printable: "=XX" is the byte XX, "=" at the end of a line joins it to the next
     * (a soft line break), and an "=" followed by anything else is kept as it is, as readers do.
     */
    static byte[] quotedPrintable(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            // A soft line break, perhaps with spaces before it.
            int j = i + 1;
            while (j < in.length && (in[j] == ' ' || in[j] == '\t')) {
                j++;
            }
            if (j < in.length && in[j] == '\r' && j + 1 < in.length && in[j + 1] == '\n') {
                i = j + 1;
                continue;
            }
            if (j < in.length && in[j] == '\n') {
                i = j;
                continue;
            }
            if (j >= in.length) {
                i = j;
                continue;
            }
            int hi = i + 1 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
            if (hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
