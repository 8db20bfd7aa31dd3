package dev.gloss.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one import of one file may use and gives back: the files the source refers to, and where
 * the importer puts warnings and the images it keeps. An image is kept only when its bytes are one
 * of the formats the window shows (PNG, JPEG, GIF, BMP) and of a sane size; otherwise its alt text
 * stands in and the reader is told why.
 */
public final class ImportContext {
    /** The largest image kept, in bytes. */
    public static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;
    /** The largest image kept, in pixels: larger ones would take hundreds of megabytes to show. */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;

    private final Resources resources;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, byte[]> assets = new LinkedHashMap<>();

    public ImportContext(Resources resources) {
        this.resources = resources == null ? Resources.NONE : resources;
    }

    public static ImportContext standalone() {
        return new ImportContext(Resources.NONE);
    }

    public Resources resources() {
        return resources;
    }

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public Map<String, byte[]> assets() {
        return Map.copyOf(assets);
    }

    /** Whether a reference points off this computer (it is never fetched). */
    public static boolean isRemote(String reference) {
        String r = reference.strip().toLowerCase(Locale.ROOT);
        return r.startsWith("http:") || r.startsWith("https:") || r.startsWith("//") || r.startsWith("ftp:");
    }

    /**
     * Keeps the image a source refers to and gives its name among the article's files, or empty
     * when it is remote, missing, not an image the window can show, or too large (and a warning says
     * which). {@code data:} URIs are decoded here.
     */
    public Optional<String> image(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        if (isRemote(ref)) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = ref.regionMatches(true, 0, "data:", 0, 5) ? dataUri(ref) : resources.read(ref);
        if (bytes.isEmpty()) {
            if (!ref.regionMatches(true, 0, "data:", 0, 5)) {
                warn("An image the article refers to was not found beside it (" + shorten(ref)
                        + "); its description is shown instead.");
            }
            return Optional.empty();
        }
        return keepImage(bytes.get(), ref);
    }

    /** Keeps image bytes under a name made from their hash, so that the same image is kept once. */
    public Optional<String> keepImage(byte[] data, String whatFor) {
        if (data.length > MAX_IMAGE_BYTES) {
            warn("An image over " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB was left out (" + shorten(whatFor) + ").");
            return Optional.empty();
        }
        Optional<ImageInfo> info = ImageInfo.of(data);
        if (info.isEmpty()) {
            warn("An image in a format Gloss cannot show was left out (" + shorten(whatFor)
                    + "); its description is shown instead.");
            return Optional.empty();
        }
        if ((long) info.get().width() * info.get().height() > MAX_IMAGE_PIXELS) {
            warn("An image of " + info.get().width() + " × " + info.get().height()
                    + " pixels is too large to show and was left out (" + shorten(whatFor) + ").");
            return Optional.empty();
        }
        String name = "images/" + sha256(data).substring(0, 16) + "." + info.get().extension();
        assets.putIfAbsent(name, data);
        return Optional.of(name);
    }

    private Optional<byte[]> dataUri(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        // Base64 grows data by a third: anything longer decodes to more than an image may be.
        if (uri.length() - comma > MAX_IMAGE_BYTES / 3L * 4 + 4) {
            warn("An embedded image over " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB was refused.");
            return Optional.empty();
        }
        String head = uri.substring(5, comma).toLowerCase(Locale.ROOT);
        String body = uri.substring(comma + 1);
        try {
            if (head.endsWith(";base64")) {
                return Optional.of(Base64.getMimeDecoder().decode(body));
            }
            return Optional.of(java.net.URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            warn("An embedded image could not be decoded and was left out.");
            return Optional.empty();
        }
    }

    private static String shorten(String ref) {
        String r = ref.regionMatches(true, 0, "data:", 0, 5) ? "an embedded image" : ref;
        return r.length() <= 80 ? r : r.substring(0, 77) + "…";
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
