package dev.gloss.core.glossary;

import java.util.List;

/** The mentions of one term in one section, in text order. */
public record SectionMentions(String articleId, String sectionId, List<Mention> mentions) {

    public SectionMentions {
        mentions = List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }
}
