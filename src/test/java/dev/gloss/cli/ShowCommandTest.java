package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.model.EveryBlock;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `show`: the keys other tools read, and text with code indented and tables aligned. */
class ShowCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private String gloss(String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), all);
        assertEquals(0, exit);
        return out.toString();
    }

    @Test
    void jsonHasMetaLevelsParentsAndBlocks() throws Exception {
        Path md = Files.writeString(files.resolve("guide.md"), "---\ntitle: A small guide\nauthor: Kim Lee\n"
                + "tags: [setup, build]\n---\n\nIntro words.\n\n## Install\n\nRun it:\n\n```sh\nmake install\n```\n\n"
                + "### On Linux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        gloss("import", md.toString());
        JsonNode show = new ObjectMapper().readTree(gloss("show", "a-small-guide", "--json"));
        JsonNode meta = show.get("meta");
        for (String key : List.of("author", "published", "sourceUrl", "description", "tags", "language")) {
            assertTrue(meta.has(key), key);
        }
        assertEquals("Kim Lee", meta.get("author").asText());
        assertTrue(meta.get("published").isNull());
        assertEquals(List.of("setup", "build"), List.of(meta.get("tags").get(0).asText(), meta.get("tags").get(1).asText()));
        JsonNode sections = show.get("sections");
        assertEquals(1, sections.get(0).get("level").asInt());
        JsonNode install = sections.get(1);
        assertEquals(2, install.get("level").asInt());
        assertTrue(install.get("parentId").isNull());
        JsonNode code = install.get("blocks").get(1);
        assertEquals("code", code.get("kind").asText());
        assertEquals("make install", code.get("text").asText());
        assertEquals("sh", code.get("language").asText());
        JsonNode linux = sections.get(2);
        assertEquals(3, linux.get("level").asInt());
        assertEquals(install.get("id").asText(), linux.get("parentId").asText());
        JsonNode table = linux.get("blocks").get(0);
        assertEquals("table", table.get("kind").asText());
        assertEquals("a", table.get("rows").get(0).get(0).asText());
        assertEquals("2", table.get("rows").get(1).get(1).asText());
    }

    @Test
    void everyBlockHasItsKindsKeys() {
        Map<String, Map<String, Object>> byKind = EveryBlock.article().sections().stream()
                .flatMap(s -> s.blocks().stream()).map(BlockOutput::json)
                .collect(Collectors.toMap(m -> (String) m.get("kind"), m -> m, (a, b) -> a));
        assertEquals(List.of("code", "list", "paragraph", "quote", "callout", "table", "image", "rule", "math",
                "footnotes").stream().sorted().toList(), byKind.keySet().stream().sorted().toList());
        assertEquals("python", byKind.get("code").get("language"));
        assertEquals(false, byKind.get("list").get("ordered"));
        assertEquals(List.of("outer\ninner three\ninner four\nmake", "done task", "open task"),
                byKind.get("list").get("items"));
        assertEquals(List.of(List.of("Name", "Size"), List.of("alpha", "12"), List.of("beta", "")),
                byKind.get("table").get("rows"));
        assertEquals("A chart of sizes", byKind.get("image").get("alt"));
        assertEquals("images/0123456789abcdef.png", byKind.get("image").get("src"));
        assertEquals("Sizes by name", byKind.get("image").get("caption"));
        assertEquals("warning", byKind.get("callout").get("calloutKind"));
        List<?> listItems = (List<?>) byKind.get("list").get("listItems");
        Map<?, ?> outer = (Map<?, ?>) listItems.get(0);
        List<?> inner = (List<?>) outer.get("blocks");
        assertEquals("list", ((Map<?, ?>) inner.get(1)).get("kind"), "a nested list stays inside its item");
        assertEquals(true, ((Map<?, ?>) inner.get(1)).get("ordered"));
        assertEquals(3, ((Map<?, ?>) inner.get(1)).get("start"));
        assertEquals(true, ((Map<?, ?>) listItems.get(1)).get("checked"));
        assertEquals(null, outer.get("checked"));
        assertEquals(List.of("left", "right"), byKind.get("table").get("align"));
        assertEquals(1, byKind.get("table").get("headerRows"));
        Map<?, ?> note = (Map<?, ?>) ((List<?>) byKind.get("footnotes").get("notes")).get(0);
        assertEquals("1", note.get("label"));
        assertEquals("The note's text.", note.get("text"));
        assertEquals("Quoted words.", ((Map<?, ?>) ((List<?>) byKind.get("quote").get("blocks")).get(0)).get("text"));
        assertEquals("e^{i\\pi} + 1 = 0", byKind.get("math").get("text"));
    }

    @Test
    void textPrintsCodeIndentedAndTablesAligned() {
        Section setup = EveryBlock.article().section("tour/setup").orElseThrow();
        List<String> lines = BlockOutput.text(setup.blocks(), "");
        assertEquals(List.of("    [python]", "      indented first line", "    \tthen a tab", "", "    end"),
                lines.subList(0, 5));
        assertTrue(lines.contains("- outer"), lines.toString());
        assertTrue(lines.contains("  3. inner three"), lines.toString());
        assertTrue(lines.contains("- [x] done task"), lines.toString());
        Section details = EveryBlock.article().section("tour/details").orElseThrow();
        List<String> text = BlockOutput.text(details.blocks(), "");
        assertTrue(text.containsAll(List.of("| Name  | Size |", "|-------|------|", "| alpha |   12 |", "| beta  |      |")),
                text.toString());
        assertTrue(text.contains("> WARNING: Mind the gap"), text.toString());
        assertTrue(text.contains("> Quoted words."), text.toString());
    }
}
