package dev.gloss.app.article;

import dev.gloss.core.model.TextUnit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One section's text units, in order, where each starts in the section's plain text, and the text
 * block each is shown in: maps offsets of {@code Section.plainText()} to blocks and back. The
 * lengths come from the model, so a unit not shown yet (the later rows of a long table) still
 * counts, and its block is bound to it when it is shown.
 */
final class SectionText {
    private final String sectionId;
    private final List<TextUnit> units;
    private final int[] starts;
    private final TextBlock[] blocks;
    private final Map<TextBlock, Integer> indexOf = new IdentityHashMap<>();

    SectionText(String sectionId, List<TextUnit> units) {
        this.sectionId = sectionId;
        this.units = List.copyOf(units);
        this.starts = new int[units.size()];
        this.blocks = new TextBlock[units.size()];
        int at = 0;
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                at++;
            }
            starts[i] = at;
            at += units.get(i).text().length();
        }
    }

    /** Shows unit {@code index} in {@code block} (replacing a block that showed it before). */
    void bind(int index, TextBlock block) {
        if (blocks[index] != null) {
            indexOf.remove(blocks[index]);
        }
        blocks[index] = block;
        indexOf.put(block, index);
    }

    String sectionId() {
        return sectionId;
    }

    int unitCount() {
        return units.size();
    }

    TextUnit unit(int index) {
        return units.get(index);
    }

    /** The block showing a unit, or null while it is not shown. */
    TextBlock block(int index) {
        return blocks[index];
    }

    /** The blocks shown, in unit order. */
    List<TextBlock> blocks() {
        List<TextBlock> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** The unit a block shows, or -1. */
    int indexOf(TextBlock block) {
        Integer i = indexOf.get(block);
        return i == null ? -1 : i;
    }

    int start(int index) {
        return starts[index];
    }

    int length(int index) {
        return units.get(index).text().length();
    }

    /**
     * Splits marks on the section's text into marks on each unit's text, unit by unit (an entry for
     * every unit, shown or not); with {@code proseOnly}, code and mathematics get none.
     */
    List<List<SectionMark>> perUnit(List<SectionMark> ranges, boolean proseOnly) {
        List<List<SectionMark>> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (SectionMark r : ranges) {
            int first = unitAt(r.start());
            for (int i = Math.max(0, first); i < units.size() && starts[i] < r.end(); i++) {
                if (proseOnly && !units.get(i).isProse()) {
                    continue;
                }
                int from = starts[i];
                int to = from + length(i);
                int s = Math.max(r.start(), from);
                int e = Math.min(r.end(), to);
                if (e > s) {
                    out.get(i).add(new SectionMark(s - from, e - from, r.key()));
                }
            }
        }
        return out;
    }

    /** Marks per shown block, in unit order. */
    Map<TextBlock, List<SectionMark>> perBlock(List<SectionMark> ranges, boolean proseOnly) {
        List<List<SectionMark>> perUnit = perUnit(ranges, proseOnly);
        Map<TextBlock, List<SectionMark>> out = new LinkedHashMap<>();
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i] != null) {
                out.put(blocks[i], perUnit.get(i));
            }
        }
        return out;
    }

    /** The index of the unit holding a section offset (or the one just before the separator there). */
    int unitAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The section offset of a block offset. */
    Optional<Integer> sectionOffset(TextBlock block, int offset) {
        int i = indexOf(block);
        return i < 0 ? Optional.empty() : Optional.of(starts[i] + offset);
    }

    /** The offset of the end of the last unit. */
    int length() {
        return units.isEmpty() ? 0 : starts[units.size() - 1] + length(units.size() - 1);
    }
}
