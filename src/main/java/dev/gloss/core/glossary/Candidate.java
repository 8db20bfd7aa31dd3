package dev.gloss.core.glossary;

import java.util.List;

/**
 * A word or phrase that looks like a term but has no glossary entry: an abbreviation ("FDA"), a
 * name with digits ("MK-9") or a capitalised phrase ("European Union"), with how often it occurs
 * and in which sections (ids, in reading order).
 */
public record Candidate(String text, Kind kind, int count, List<String> sectionIds) {

    public enum Kind { ABBREVIATION, NAME_WITH_DIGITS, CAPITALISED_PHRASE }

    public Candidate {
        sectionIds = List.copyOf(sectionIds);
    }
}
