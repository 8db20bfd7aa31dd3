package dev.gloss.core.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String CAFE = "Café crème, naïve façade – “quoted” €5";

    @Test
    void readsUtf8() throws ImportException {
        TextDecoder.Decoded d = TextDecoder.decode(CAFE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CAFE, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void readsUtf8WithByteOrderMarkAndDropsTheMark() throws ImportException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CAFE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CAFE, TextDecoder.decode(bytes).text());
    }

    @Test
    void readsUtf16LittleAndBigEndianWithByteOrderMark() throws ImportException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CAFE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CAFE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(CAFE, TextDecoder.decode(le).text());
        assertEquals(StandardCharsets.UTF_16LE, TextDecoder.decode(le).charset());
        assertEquals(CAFE, TextDecoder.decode(be).text());
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws ImportException {
        TextDecoder.Decoded d = TextDecoder.decode(CAFE.getBytes(TextDecoder.WINDOWS_1252));
        assertEquals(CAFE, d.text(), "“Café” reads as “Café”, not “CafÃ©”");
        assertEquals(TextDecoder.WINDOWS_1252, d.charset());
    }

    @Test
    void readsIso88591Text() throws ImportException {
        String latin1 = "Smörgåsbord für Ærø, ½ × ¾ ±";
        assertEquals(latin1, TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)).text());
    }

    @Test
    void keepsTextWithAStrayByteUndefinedInWindows1252() throws ImportException {
        // 0x81 is undefined in Windows-1252: ISO-8859-1 reads it as a control character, which is dropped.
        byte[] bytes = concat("Caf\u00e9 ".repeat(40).getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0x81});
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals("Café ".repeat(40), d.text());
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
    }

    @Test
    void honoursADeclaredCharset() throws ImportException {
        String russian = "Витамин K2 и кости";
        byte[] bytes = russian.getBytes(Charset.forName("windows-1251"));
        assertEquals(russian, TextDecoder.decode(bytes, Optional.of(Charset.forName("windows-1251"))).text());
    }

    @Test
    void readsAPageLabelledIso88591AsWindows1252LikeBrowsers() throws ImportException {
        byte[] bytes = "“quoted” – €".getBytes(TextDecoder.WINDOWS_1252);
        assertEquals("“quoted” – €", TextDecoder.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1)).text());
    }

    @Test
    void ignoresADeclarationTheBytesContradict() throws ImportException {
        byte[] bytes = CAFE.getBytes(TextDecoder.WINDOWS_1252);
        assertEquals(CAFE, TextDecoder.decode(bytes, Optional.of(StandardCharsets.UTF_8)).text());
    }

    @Test
    void refusesAnEmptyFile() {
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals("The file is empty.", e.getMessage());
    }

    @Test
    void refusesBinaryWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(png));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1;
            }
        }
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(noise));
        assertTrue(e.getMessage().startsWith("The file is not text in any encoding"), e.getMessage());
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] bytes = "a\u0001b\u0002c\u0003d\u001be".repeat(50).getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes));
        assertEquals("The file holds binary data (many control characters), not text.", e.getMessage());
    }

    @Test
    void refusesUtf8ByteOrderMarkFollowedByInvalidUtf8() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void refusesUtf16ByteOrderMarkFollowedByInvalidUtf16() {
        byte[] oddLength = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};
        byte[] loneSurrogate = {(byte) 0xFE, (byte) 0xFF, 0, 'a', (byte) 0xD8, 0, 0, 'b'};
        for (byte[] bytes : new byte[][] {oddLength, loneSurrogate}) {
            ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes));
            assertTrue(e.getMessage().contains("not valid UTF-16"), e.getMessage());
        }
    }

    @Test
    void refusesBytesValidInNoSupportedEncoding() {
        // Not UTF-8 (lone continuation bytes), not Windows-1252 (undefined bytes), and ISO-8859-1 makes
        // them control characters: text in none of the encodings.
        byte[] bytes = new byte[600];
        byte[] undefined = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'a'};
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = undefined[i % undefined.length];
        }
        ImportException e = assertThrows(ImportException.class, () -> TextDecoder.decode(bytes));
        assertEquals("The file is not text in any encoding Gloss reads (UTF-8, UTF-16 with a byte-order mark, "
                + "Windows-1252 or ISO-8859-1).", e.getMessage());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
