package dev.gloss.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Quitting ends the process: the app runs in a JVM of its own (headless), a term's popover is
 * shown and closed, Ctrl+Q quits, and the JVM must end by itself, with no thread of Gloss's (or of
 * a library's) left running.
 */
class QuitEndsTheProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void theJvmEndsAfterThePopoverWasShownAndTheWindowQuit() throws Exception {
        Path out = dataDir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1400x900-32", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                QuitAfterPopover.class.getName(), dataDir.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("DISPLAY");
        Process child = builder.start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            String threads = threadDump(child.pid());
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the process was still running after the window quit:\n" + log(out) + "\n" + threads);
        }
        String log = log(out);
        assertTrue(log.contains("popover shown"), log);
        assertTrue(log.contains("popover closed"), log);
        assertTrue(log.contains("quit pressed"), log);
        assertTrue(log.contains("launch returned"), log);
        assertEquals(0, child.exitValue(), log);
    }

    private static String log(Path out) throws IOException {
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    /** The threads still alive, named, to tell who forgot to stop one. */
    private static String threadDump(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            return dump.lines().filter(l -> l.startsWith("\"")).reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump)";
        }
    }
}
