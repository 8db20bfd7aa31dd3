package dev.gloss.core.ingest;

import java.util.Optional;

/**
 * The format and size of an image, read from its header alone: PNG, JPEG, GIF and BMP, the formats
 * the window can show. Anything else, or a header that does not add up, is no image here.
 */
record ImageInfo(String extension, int width, int height) {

    static Optional<ImageInfo> of(byte[] d) {
        try {
            if (d.length >= 24 && u8(d, 0) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
                return sized("png", be32(d, 16), be32(d, 20));
            }
            if (d.length >= 10 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F') {
                return sized("gif", le16(d, 6), le16(d, 8));
            }
            if (d.length >= 26 && d[0] == 'B' && d[1] == 'M') {
                return sized("bmp", Math.abs(le32(d, 18)), Math.abs(le32(d, 22)));
            }
            if (d.length >= 4 && u8(d, 0) == 0xFF && u8(d, 1) == 0xD8) {
                return jpeg(d);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // A header cut short: not an image Gloss can show.
        }
        return Optional.empty();
    }

    private static Optional<ImageInfo> jpeg(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if (u8(d, i) != 0xFF) {
                i++;
                continue;
            }
            int marker = u8(d, i + 1);
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7 || marker == 0xFF) {
                i += marker == 0xFF ? 1 : 2;
                continue;
            }
            int length = be16(d, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return sized("jpg", be16(d, i + 7), be16(d, i + 5));
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<ImageInfo> sized(String ext, int w, int h) {
        return w > 0 && h > 0 ? Optional.of(new ImageInfo(ext, w, h)) : Optional.empty();
    }

    private static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    private static int be16(byte[] d, int i) {
        return u8(d, i) << 8 | u8(d, i + 1);
    }

    private static int be32(byte[] d, int i) {
        return u8(d, i) << 24 | u8(d, i + 1) << 16 | u8(d, i + 2) << 8 | u8(d, i + 3);
    }

    private static int le16(byte[] d, int i) {
        return u8(d, i) | u8(d, i + 1) << 8;
    }

    private static int le32(byte[] d, int i) {
        return u8(d, i) | u8(d, i + 1) << 8 | u8(d, i + 2) << 16 | u8(d, i + 3) << 24;
    }
}
