package dev.gloss.app.imports;

import dev.gloss.core.userlibrary.ImportReport;
import dev.gloss.core.userlibrary.ImportStatus;

import java.util.ArrayList;
import java.util.List;

/** The sentence the notice says of a finished import. */
final class ImportSummary {

    private ImportSummary() {
    }

    /** "3 files: 1 imported, 1 updated, 1 failed." and the like. */
    static String of(ImportReport report) {
        List<String> parts = new ArrayList<>();
        for (ImportStatus status : ImportStatus.values()) {
            long n = report.count(status);
            if (n > 0) {
                parts.add(n + " " + (status == ImportStatus.DUPLICATE ? "already in the library" : status.label()));
            }
        }
        int n = report.results().size();
        String files = n + (n == 1 ? " file" : " files");
        if (report.cancelled()) {
            return "Import cancelled after " + files + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
                    + "; " + report.notStarted() + " not imported.";
        }
        if (n == 0) {
            return "Nothing was imported.";
        }
        return "Import finished, " + files + ": " + String.join(", ", parts) + ".";
    }
}
