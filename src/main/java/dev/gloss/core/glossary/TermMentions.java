package dev.gloss.core.glossary;

import java.util.List;

/** Every mention of one term across the library, grouped by section in reading order. */
public record TermMentions(String termId, List<SectionMentions> sections) {

    public TermMentions {
        sections = List.copyOf(sections);
    }

    public static TermMentions none(String termId) {
        return new TermMentions(termId, List.of());
    }

    public int total() {
        return sections.stream().mapToInt(SectionMentions::count).sum();
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
