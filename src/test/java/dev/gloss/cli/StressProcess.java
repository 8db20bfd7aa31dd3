package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A child JVM of {@link ConcurrentProcessesTest}: {@code DATA FILES KEY SEED OPS} runs OPS random
 * commands on the data folder (import one of its own files, remove or restore an article, bookmark
 * a section with a note of its own), each as the command line runs it, and prints a line for each
 * that reported success: {@code imported ID STATUS FILE_KEY}, {@code note TEXT}.
 */
public final class StressProcess {
    static final List<String> SECTIONS = List.of("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin",
            "vitamin-k2-and-osteoporosis/conclusion");

    private StressProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path files = Files.createDirectories(Path.of(args[1]));
        String key = args[2];
        Random random = new Random(Long.parseLong(args[3]));
        int ops = Integer.parseInt(args[4]);
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ops; i++) {
            int op = random.nextInt(10);
            if (op < 4) {
                // Every process's files have the same title: their ids are decided in a race.
                Path file = files.resolve(key + "-" + i + ".md");
                Files.writeString(file, "# Shared Title\n\n## Part\n\nText of " + key + " number " + i + ".\n");
                String[] r = run(data, "import", "--json", file.toString());
                if (r[0].equals("0")) {
                    JsonNode result = json.readTree(r[1]).get(0);
                    String id = result.get("articleId").asText();
                    ids.add(id);
                    System.out.println("imported " + id + " " + result.get("status").asText() + " " + key + "-" + i);
                }
            } else if (op < 6 && !ids.isEmpty()) {
                run(data, "remove", ids.get(random.nextInt(ids.size())));
            } else if (op < 8 && !ids.isEmpty()) {
                run(data, "restore", ids.get(random.nextInt(ids.size())));
            } else {
                String note = "note of " + key + " number " + i;
                String[] r = run(data, "bookmarks", "add", SECTIONS.get(random.nextInt(SECTIONS.size())), "--note", note);
                if (r[0].equals("0")) {
                    System.out.println("note " + note);
                }
            }
            System.out.flush();
        }
    }

    private static String[] run(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
