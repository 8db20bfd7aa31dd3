package dev.gloss.core.bookmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * The colour of a bookmark: of its passage's highlight in the text, and of its row in the
 * Bookmarks panel. Five, as e-readers offer, so that a reader can give each a meaning of their own.
 */
public enum HighlightColour {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    /** The colour a bookmark gets when none is chosen. */
    public static final HighlightColour DEFAULT = YELLOW;

    /** The name in bookmarks.json and on the command line: "yellow", "green", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to the reader: "Yellow", "Green", ... */
    public String label() {
        return name().charAt(0) + key().substring(1);
    }

    public static Optional<HighlightColour> fromKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (HighlightColour c : values()) {
            if (c.key().equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every key, for messages: "yellow, green, blue, pink or purple". */
    public static String keys() {
        StringBuilder sb = new StringBuilder();
        HighlightColour[] all = values();
        for (int i = 0; i < all.length; i++) {
            sb.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].key());
        }
        return sb.toString();
    }
}
