package dev.gloss.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a file into text, or refuses them with a reason a person understands.
 *
 * <p>A byte-order mark decides the encoding (UTF-8, UTF-16 LE or BE). Without one, a charset the
 * document declares (an HTML meta charset) is tried first, then UTF-8, then Windows-1252, whose
 * rare undefined bytes make the last resort ISO-8859-1. Only UTF-8 and Windows-1252 are tried
 * blind because any byte sequence is "valid" in a single-byte charset: the order puts the strict
 * encoding first, so "Café" in UTF-8 never reads as "CafÃ©".
 *
 * <p>Binary content is refused: NUL bytes outside UTF-16, or more than one control character in a
 * hundred. A few stray control characters are dropped, since text pasted from elsewhere carries them.
 */
public final class TextDecoder {

    /** The text, and the charset it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than one in this many characters means binary data. */
    private static final int CONTROL_RATIO = 100;
    private static final String NOT_TEXT = "The file is not text in any encoding Gloss reads "
            + "(UTF-8, UTF-16 with a byte-order mark, Windows-1252 or ISO-8859-1).";

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws ImportException {
        return decode(bytes, Optional.empty());
    }

    /** Decodes {@code bytes}, trying the charset the document declares before guessing. */
    public static Decoded decode(byte[] bytes, Optional<Charset> declared) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("The file is empty.");
        }
        Optional<Decoded> byMark = decodeByByteOrderMark(bytes);
        if (byMark.isPresent()) {
            return checked(byMark.get(), false);
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            throw new ImportException("The file holds binary data (NUL bytes), not text.");
        }
        Optional<Decoded> byDeclaration = declared.map(TextDecoder::webCompatible)
                .flatMap(cs -> strict(bytes, 0, cs));
        if (byDeclaration.isPresent()) {
            return checked(byDeclaration.get(), false);
        }
        Optional<Decoded> guessed = strict(bytes, 0, StandardCharsets.UTF_8)
                .or(() -> strict(bytes, 0, WINDOWS_1252));
        if (guessed.isPresent()) {
            return checked(guessed.get(), false);
        }
        return checked(new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1), true);
    }

    private static Optional<Decoded> decodeByByteOrderMark(byte[] b) throws ImportException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(strict(b, 3, StandardCharsets.UTF_8).orElseThrow(() -> new ImportException(
                    "The file starts with a UTF-8 byte-order mark, but the rest is not valid UTF-8.")));
        }
        Charset utf16 = startsWith(b, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE
                : startsWith(b, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : null;
        if (utf16 == null) {
            return Optional.empty();
        }
        return Optional.of(strict(b, 2, utf16).orElseThrow(() -> new ImportException(
                "The file starts with a UTF-16 byte-order mark, but the rest is not valid UTF-16.")));
    }

    /**
     * Browsers read a page labelled ISO-8859-1 or ASCII as Windows-1252 (the WHATWG encoding
     * standard), and a page that declares UTF-16 without a byte-order mark as UTF-8; so do we,
     * because saved pages are labelled for browsers.
     */
    private static Charset webCompatible(Charset declared) {
        String name = declared.name();
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        if (isAsciiCompatible(charset) && isAscii(bytes, offset)) {
            // What the decoder would give, made without a char array of twice the file's size.
            return Optional.of(new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.US_ASCII),
                    charset));
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The charsets Gloss guesses, in which every byte below 0x80 is the ASCII character. */
    private static boolean isAsciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isAscii(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Refuses binary data and drops the few stray control characters that text may carry. */
    private static Decoded checked(Decoded decoded, boolean lastResort) throws ImportException {
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int controls = 0;
        boolean nul = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStrayControl(c)) {
                controls++;
                nul |= c == 0;
            }
        }
        if (controls == 0) {
            return new Decoded(text, decoded.charset());
        }
        if (lastResort && (long) controls * CONTROL_RATIO > text.length()) {
            throw new ImportException(NOT_TEXT);
        }
        if (nul || (long) controls * CONTROL_RATIO > text.length()) {
            throw new ImportException("The file holds binary data (" + (nul ? "NUL characters" : "many control characters")
                    + "), not text.");
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStrayControl(c)) {
                kept.append(c);
            }
        }
        return new Decoded(kept.toString(), decoded.charset());
    }

    /** A control character that has no place in text: not a tab, line feed, carriage return or form feed. */
    private static boolean isStrayControl(char c) {
        // The controls are U+0000 to U+001F and U+007F to U+009F; every other character is let through at once.
        if (c >= 0x20 && (c < 0x7F || c > 0x9F)) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
