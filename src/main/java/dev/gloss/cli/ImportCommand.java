package dev.gloss.cli;

import dev.gloss.core.userlibrary.FileResult;
import dev.gloss.core.userlibrary.ImportReport;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.ImportStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports text (.txt, .text), Markdown (.md, .markdown) and web pages saved from a browser "
                + "(.html, .htm, .xhtml, with their _files folder; single-file .mhtml, .mht) into the "
                + "library of the data folder, with the images they refer to; a folder brings in the files of "
                + "those kinds inside it.",
                "The same content again is a duplicate and changes nothing; a changed version of an imported file "
                        + "updates its article. Files over 20 MB are refused.",
                "Exits with 1 when any file failed."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print JSON: [{\"file\",\"status\",\"articleId\",\"reason\",\"warnings\"}], "
            + "status one of imported, updated, duplicate, failed; warnings about how an article was read.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportService service = CliLibrary.imports(spec);
        service.problems().forEach(p -> spec.commandLine().getErr().println("gloss: warning: " + p));
        ImportReport report = service.importPaths(paths);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report.results().stream().map(ImportCommand::toJson).toList()));
        } else {
            report.results().forEach(r -> out.println(line(r)));
            out.println(summary(report));
        }
        out.flush();
        for (FileResult r : report.results()) {
            if (r.status() == ImportStatus.FAILED) {
                spec.commandLine().getErr().println("gloss: " + r.file() + ": " + r.reason().orElse("failed"));
            }
        }
        return report.anyFailed() ? 1 : 0;
    }

    private static Map<String, Object> toJson(FileResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file().toString());
        m.put("status", r.status().label());
        m.put("articleId", r.articleId().orElse(null));
        m.put("reason", r.reason().orElse(null));
        m.put("warnings", r.warnings());
        return m;
    }

    private static String line(FileResult r) {
        StringBuilder sb = new StringBuilder(String.format("%-9s  %s", r.status().label(), r.file()));
        r.articleId().ifPresent(id -> sb.append("  ->  ").append(id));
        r.reason().ifPresent(reason -> sb.append(System.lineSeparator()).append("           ").append(reason));
        r.warnings().forEach(w -> sb.append(System.lineSeparator()).append("           warning: ").append(w));
        return sb.toString();
    }

    private static String summary(ImportReport report) {
        int files = report.results().size();
        return String.format("%d file%s: %d imported, %d updated, %d duplicate, %d failed.", files,
                files == 1 ? "" : "s", report.count(ImportStatus.IMPORTED), report.count(ImportStatus.UPDATED),
                report.count(ImportStatus.DUPLICATE), report.count(ImportStatus.FAILED));
    }
}
