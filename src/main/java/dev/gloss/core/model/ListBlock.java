package dev.gloss.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** A bulleted or numbered list. {@code start} is the first number of a numbered list. */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {

    public ListBlock {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list has at least one item");
        }
    }

    @Override
    public String plainText() {
        return items.stream().map(ListItem::plainText).collect(Collectors.joining("\n"));
    }
}
