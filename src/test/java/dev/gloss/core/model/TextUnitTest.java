package dev.gloss.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A section's plain text is its units joined by one character: what every offset in Gloss counts in. */
class TextUnitTest {

    @Test
    void sectionTextIsEveryUnitJoinedByOneCharacter() {
        for (Section s : EveryBlock.article().sections()) {
            List<TextUnit> units = s.units();
            int expected = units.stream().mapToInt(u -> u.text().length()).sum() + Math.max(0, units.size() - 1);
            assertEquals(expected, s.plainText().length(), s.id());
            int offset = 0;
            for (TextUnit u : units) {
                assertEquals(u.text(), s.plainText().substring(offset, offset + u.text().length()));
                offset += u.text().length() + 1;
            }
        }
    }

    @Test
    void tableCellsOfARowAreJoinedByTabsAndRowsByLineBreaks() {
        Section details = EveryBlock.article().section("tour/details").orElseThrow();
        assertTrue(details.plainText().contains("Name\tSize\nalpha\t12\nbeta\t\n"), details.plainText());
    }

    @Test
    void codeIsKeptVerbatimAndBlankedInTheProseText() {
        Section setup = EveryBlock.article().section("tour/setup").orElseThrow();
        String code = "  indented first line\n\tthen a tab\n\nend";
        assertTrue(setup.plainText().startsWith(code));
        String prose = setup.proseText();
        assertEquals(setup.plainText().length(), prose.length());
        assertFalse(prose.contains("indented"));
        assertTrue(prose.contains("inner three"));
        assertEquals(setup.plainText().indexOf("inner three"), prose.indexOf("inner three"));
    }

    @Test
    void nestedListItemsAndTasksKeepTheirText() {
        Section setup = EveryBlock.article().section("tour/setup").orElseThrow();
        ListBlock list = (ListBlock) setup.blocks().get(1);
        assertEquals("outer\ninner three\ninner four\nmake", list.items().get(0).plainText());
        assertEquals(Boolean.TRUE, list.items().get(1).checked());
        assertEquals("inner three", ((ListBlock) list.items().get(0).blocks().get(1)).items().get(0).plainText());
    }

    @Test
    void anImageReadsAsItsCaptionElseItsAltAndARuleAsNothing() {
        ImageBlock captioned = new ImageBlock("alt", null, List.of(Run.plain("cap")), null);
        assertEquals("cap", captioned.plainText());
        assertEquals("alt", new ImageBlock("alt", null, List.of(), null).plainText());
        assertEquals(List.of(), new Rule().units());
    }

    @Test
    void longCodeIsInUnitsOfWholeLinesThatJoinToItsText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            sb.append("line ").append(i).append(i < 449 ? "\n" : "");
        }
        CodeBlock code = new CodeBlock(sb.toString(), "text");
        List<TextUnit> units = code.units();
        assertEquals(3, units.size());
        assertEquals(CodeBlock.LINES_PER_UNIT, units.get(0).text().split("\n", -1).length);
        assertTrue(units.get(1).text().startsWith("line 200"));
        assertEquals(code.text(), TextUnit.join(units));
        assertEquals(List.of(""), new CodeBlock("", null).units().stream().map(TextUnit::text).toList());
        CodeBlock trailing = new CodeBlock("a\n", null);
        assertEquals(trailing.text(), TextUnit.join(trailing.units()));
    }
}
