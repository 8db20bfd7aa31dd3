package dev.gloss.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A note, tip, important point, warning or caution set apart from the text, as GitHub's alerts and
 * documentation sites' admonitions are. {@code title} is the source's own title, or null.
 */
public record Callout(Kind kind, String title, List<Block> blocks) implements Block {

    /** The kinds of callout, as GitHub names them. */
    public enum Kind {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION;

        /** The lower-case name used in JSON and style classes. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label a reader sees: "Note", "Tip"... */
        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        /** The kind a marker names (GitHub's five, and the usual synonyms of admonition syntaxes). */
        public static Optional<Kind> of(String marker) {
            String m = marker.strip().toLowerCase(Locale.ROOT);
            return Optional.ofNullable(switch (m) {
                case "note", "info", "information", "abstract", "summary", "example", "quote", "seealso", "see also"
                        -> NOTE;
                case "tip", "hint", "success", "check", "done" -> TIP;
                case "important", "attention", "question", "todo" -> IMPORTANT;
                case "warning", "warn", "caution!" -> WARNING;
                case "caution", "danger", "error", "bug", "failure", "fail", "missing" -> CAUTION;
                default -> null;
            });
        }
    }

    public Callout {
        Objects.requireNonNull(kind, "kind");
        title = title == null || title.isBlank() ? null : title.strip();
        blocks = List.copyOf(blocks);
    }

    @Override
    public List<TextUnit> units() {
        return Block.unitsOf(blocks);
    }
}
