package dev.gloss.core.model;

import java.util.List;

/** Helpers for sequences of inline runs. */
public final class Runs {
    private Runs() {
    }

    public static String text(List<Run> runs) {
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }
}
