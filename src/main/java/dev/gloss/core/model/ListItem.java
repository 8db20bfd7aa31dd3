package dev.gloss.core.model;

import java.util.List;

/** One item of a list: inline runs, where a leading label ("Bone Health:") is its own strong run. */
public record ListItem(List<Run> runs) {

    public ListItem {
        runs = List.copyOf(runs);
    }

    public String plainText() {
        return Runs.text(runs);
    }
}
