package dev.gloss.app.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text blocks of one section's body, in order, and where each starts in the section's plain
 * text: maps offsets of {@code Section.plainText()} to blocks and back.
 */
final class SectionText {
    private final String sectionId;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int length;

    SectionText(String sectionId) {
        this.sectionId = sectionId;
    }

    void add(TextBlock block) {
        if (!blocks.isEmpty()) {
            length++;
        }
        starts.add(length);
        blocks.add(block);
        length += block.text().length();
    }

    String sectionId() {
        return sectionId;
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    /** Splits marks on the section's text into marks on each block's text, block by block. */
    List<List<SectionMark>> perBlock(List<SectionMark> ranges) {
        List<List<SectionMark>> out = new ArrayList<>();
        blocks.forEach(b -> out.add(new ArrayList<>()));
        for (SectionMark r : ranges) {
            for (int i = 0; i < blocks.size(); i++) {
                int from = starts.get(i);
                int to = from + blocks.get(i).text().length();
                int s = Math.max(r.start(), from);
                int e = Math.min(r.end(), to);
                if (e > s) {
                    out.get(i).add(new SectionMark(s - from, e - from, r.key()));
                }
            }
        }
        return out;
    }

    /** The section offset of a block offset. */
    Optional<Integer> sectionOffset(TextBlock block, int offset) {
        int i = blocks.indexOf(block);
        return i < 0 ? Optional.empty() : Optional.of(starts.get(i) + offset);
    }
}
