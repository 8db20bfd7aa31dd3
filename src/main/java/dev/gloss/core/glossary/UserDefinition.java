package dev.gloss.core.glossary;

import java.util.List;

/**
 * A definition the reader writes for a term the glossary lacks. {@code related} holds term ids;
 * {@code explanation} and {@code category} may be empty.
 */
public record UserDefinition(String term, List<String> aliases, String definition, String explanation,
                             List<String> related, String category) {

    public UserDefinition {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** Just a term and its definition. */
    public static UserDefinition of(String term, String definition) {
        return new UserDefinition(term, List.of(), definition, "", List.of(), "");
    }
}
