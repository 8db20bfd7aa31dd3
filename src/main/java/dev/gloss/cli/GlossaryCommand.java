package dev.gloss.cli;

import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Glossary;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.glossary.Lookup;
import dev.gloss.core.glossary.MentionIndex;
import dev.gloss.core.glossary.SectionMentions;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.TermMentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"Looks up a term in the glossary, or lists every entry.",
                "A term is found by its name, an alias or abbreviation, despite a typo, or by its beginning.",
                "Definitions you added in the window (glossary-user.json in the data folder) are included."})
final class GlossaryCommand implements Runnable {

    @Parameters(paramLabel = "TERM", arity = "0..*",
            description = "The term to look up; several words are one term (gloss glossary matrix gla protein).")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON: [{\"term\",\"aliases\",\"definition\",\"related\","
            + "\"mentions\":[{\"articleId\",\"sectionId\",\"count\"}],\"source\",\"quote\"}], or one such "
            + "entry for a TERM. \"source\" is bundled, user or auto; an auto entry's \"definition\" is null and its "
            + "\"quote\" is {\"sectionId\",\"text\"}, the sentence of an article that defines it, or null.")
    boolean json;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "List only the entries of one source: bundled (the glossary that ships with Gloss), "
                    + "user (your definitions) or auto (terms Gloss found in your articles, strongest first).")
    String source;

    @Option(names = "--candidates", description = "List words and phrases of the library that look like terms "
            + "but have no entry (abbreviations, names with digits, capitalised phrases), most frequent first.")
    boolean candidates;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        GlossaryService service = GlossaryService.open(CliLibrary.load(spec), GlossCommand.dataDir(spec));
        service.warnings().forEach(w -> spec.commandLine().getErr().println("gloss: warning: " + w));
        PrintWriter out = spec.commandLine().getOut();
        if (source != null && !List.of("bundled", "user", "auto").contains(source)) {
            throw new UserError("--source is bundled, user or auto, not '" + source + "'", 2);
        }
        if (candidates) {
            if (!words.isEmpty() || source != null) {
                throw new UserError("--candidates lists all candidates and takes no TERM nor --source", 2);
            }
            printCandidates(out, service.candidates());
        } else if (words.isEmpty()) {
            List<Term> terms = source == null ? service.glossary().terms()
                    : source.equals("auto") ? service.autoTerms()
                    : service.glossary().terms().stream().filter(t -> source.equals(source(t))).toList();
            printAll(out, terms, service);
        } else {
            if (source != null) {
                throw new UserError("--source lists entries and takes no TERM", 2);
            }
            String query = String.join(" ", words);
            Lookup found = service.glossary().find(query)
                    .orElseThrow(() -> new UserError("no glossary entry matches '" + query
                            + "'; `gloss glossary` lists them all", 1));
            printOne(out, found, query, service);
        }
    }

    private void printAll(PrintWriter out, List<Term> terms, GlossaryService service) {
        if (json) {
            out.println(Json.write(terms.stream().map(t -> entry(t, service)).toList()));
            return;
        }
        MentionIndex mentions = service.mentions();
        for (Term t : terms) {
            String definition = t.isAuto()
                    ? service.quote(t.id()).map(q -> "“" + q.text() + "” (from your articles)")
                    .orElse("(found in your articles; no definition found)")
                    : t.definition();
            out.printf("%-28s %4d  %s%n", t.term(), mentions.of(t.id()).total(), definition);
        }
    }

    private void printOne(PrintWriter out, Lookup found, String query, GlossaryService service) {
        Term t = found.term();
        Glossary glossary = service.glossary();
        MentionIndex mentions = service.mentions();
        if (json) {
            out.println(Json.write(entry(t, service)));
            return;
        }
        if (t.isAuto()) {
            printAuto(out, found, query, t, service);
            return;
        }
        if (!found.isExact()) {
            out.println("(closest entry for \"" + query + "\")");
        }
        out.println(t.term());
        if (!t.aliases().isEmpty()) {
            out.println("Also: " + String.join(", ", t.aliases()));
        }
        out.println("Category: " + t.category() + (t.isUserDefined() ? " (your definition)" : ""));
        out.println();
        out.println(t.definition());
        if (!t.explanation().isBlank()) {
            out.println();
            out.println(t.explanation());
        }
        List<Term> related = glossary.related(t);
        if (!related.isEmpty()) {
            out.println();
            out.println("Related: " + String.join(", ", related.stream().map(Term::term).toList()));
        }
        TermMentions tm = mentions.of(t.id());
        out.println();
        if (tm.isEmpty()) {
            out.println("Not mentioned in the library.");
            return;
        }
        out.println("Mentioned in (" + tm.total() + "):");
        for (SectionMentions s : tm.sections()) {
            out.printf("  %2d× %s%n      %s%n", s.count(), s.sectionId(), s.mentions().get(0).sentence());
        }
    }

    private void printCandidates(PrintWriter out, List<Candidate> list) {
        if (json) {
            out.println(Json.write(list.stream().map(GlossaryCommand::candidate).toList()));
            return;
        }
        for (Candidate c : list) {
            out.printf("%4d  %-18s %s%n", c.count(), kind(c), c.text());
        }
    }

    /** An automatic term: what Gloss found, and the sentence quoted from the library, marked as such. */
    private void printAuto(PrintWriter out, Lookup found, String query, Term t, GlossaryService service) {
        if (!found.isExact()) {
            out.println("(closest entry for \"" + query + "\")");
        }
        out.println(t.term());
        if (!t.aliases().isEmpty()) {
            out.println("Also: " + String.join(", ", t.aliases()));
        }
        out.println("Found in your articles by Gloss");
        out.println();
        service.quote(t.id()).ifPresentOrElse(q -> {
            out.println("From your articles (" + q.sectionId() + "):");
            out.println("  “" + q.text() + "”");
        }, () -> out.println("No sentence of your articles defines it."));
        TermMentions tm = service.mentions().of(t.id());
        out.println();
        out.println("Mentioned in (" + tm.total() + "):");
        for (SectionMentions s : tm.sections()) {
            out.printf("  %2d× %s%n      %s%n", s.count(), s.sectionId(), s.mentions().get(0).sentence());
        }
    }

    /** "bundled", "user" or "auto". */
    static String source(Term t) {
        return t.origin().name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> entry(Term t, GlossaryService service) {
        Glossary glossary = service.glossary();
        MentionIndex mentions = service.mentions();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", t.term());
        m.put("aliases", t.aliases());
        m.put("definition", t.isAuto() ? null : t.definition());
        m.put("related", glossary.related(t).stream().map(Term::term).toList());
        m.put("mentions", mentions.of(t.id()).sections().stream().map(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("articleId", s.articleId());
            sm.put("sectionId", s.sectionId());
            sm.put("count", s.count());
            return sm;
        }).toList());
        m.put("source", source(t));
        if (t.isAuto()) {
            m.put("quote", service.quote(t.id()).map(q -> {
                Map<String, Object> qm = new LinkedHashMap<>();
                qm.put("sectionId", q.sectionId());
                qm.put("text", q.text());
                return qm;
            }).orElse(null));
        }
        return m;
    }

    private static Map<String, Object> candidate(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("kind", kind(c));
        m.put("count", c.count());
        m.put("sections", c.sectionIds());
        return m;
    }

    private static String kind(Candidate c) {
        return c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
