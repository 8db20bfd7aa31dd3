package dev.gloss.core.model;

import java.util.ArrayList;
import java.util.List;

/** A bulleted or numbered list, whose items may hold nested lists. {@code start} is the first number. */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {

    public ListBlock {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list has at least one item");
        }
    }

    @Override
    public List<TextUnit> units() {
        List<TextUnit> out = new ArrayList<>();
        for (ListItem item : items) {
            out.addAll(item.units());
        }
        return out;
    }
}
