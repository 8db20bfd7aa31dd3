package dev.gloss.app.glossary;

import dev.gloss.core.glossary.AutoTerm;
import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserDefinition;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reader's own definitions: what Define… and Edit… start from, and saving one in the reader's
 * overlay of the glossary, which the bundled glossary never changes.
 */
public final class DefinitionsViewModel {
    /** What the Define a Term form is filled in with. */
    public record Draft(String term, String aliases, String definition, String explanation) {
        static Draft of(String term) {
            return new Draft(term, "", "", "");
        }
    }

    private final GlossaryViewModel glossary;

    DefinitionsViewModel(GlossaryViewModel glossary) {
        this.glossary = glossary;
    }

    /** Define… starts from the suggestion picked, else from the filter's text when no term matches it. */
    public Draft draft(Optional<Candidate> picked) {
        return Draft.of(picked.map(Candidate::text).orElseGet(() -> glossary.list().termToDefine()));
    }

    /** Edit… of a term found in the articles starts the reader's own definition from its quote. */
    public Draft draftFrom(Term auto) {
        Optional<AutoTerm.Quote> quote = glossary.quoteOf(auto);
        String quotedFrom = glossary.service().flatMap(s -> quote.map(s::quotedFrom)).orElse("");
        return new Draft(auto.term(), String.join(", ", auto.aliases()), quote.map(AutoTerm.Quote::text).orElse(""),
                quotedFrom);
    }

    /**
     * Saves the reader's definition of a term in their overlay. On success the term is in the
     * list, chosen and marked in the text; otherwise {@code onError} gets a sentence to show.
     */
    public void define(String term, String aliases, String definition, String explanation, Runnable onSaved,
                       Consumer<String> onError) {
        if (glossary.service().isEmpty()) {
            onError.accept("The glossary is still getting ready; try again in a moment.");
            return;
        }
        var target = glossary.service().get();
        UserDefinition d = new UserDefinition(term, aliases(aliases), definition,
                explanation == null ? "" : explanation.strip(), List.of(), "");
        glossary.background().task(() -> target.define(d))
                .onSuccess(saved -> {
                    glossary.changed();
                    glossary.list().showAll();
                    glossary.choose(saved.id());
                    glossary.reader().status().tell("“" + saved.term() + "” is in your glossary now.");
                    onSaved.run();
                })
                .onError(error -> onError.accept(messageOf(error)))
                .start();
    }

    /** "MK-7, menaquinone 7 ,," as ["MK-7", "menaquinone 7"]. */
    static List<String> aliases(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /** The sentence the reader sees when their definition cannot be saved. */
    static String messageOf(Throwable error) {
        if (error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        if (error instanceof IOException) {
            return "Your definition could not be saved: " + error.getMessage();
        }
        return "Your definition could not be saved (" + error + ").";
    }
}
