package dev.gloss.core.desktop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenRequestsTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondGlossHandsItsFilesToTheOpenWindow() throws Exception {
        Path state = tmp.resolve("state");
        LinkedBlockingQueue<OpenRequests.Request> received = new LinkedBlockingQueue<>();
        Path notes = Files.writeString(tmp.resolve("release notes.md"), "# Notes\n");
        assertFalse(OpenRequests.windowOpenIn(state));
        assertFalse(OpenRequests.sendTo(state, List.of(notes)), "no window: the caller opens one");
        try (OpenRequests.Listener window = OpenRequests.listenIn(state, received::add).orElseThrow()) {
            assertTrue(OpenRequests.windowOpenIn(state));
            assertEquals(Optional.empty(), OpenRequests.listenIn(state, f -> { }), "one window listens per data folder");
            assertTrue(OpenRequests.sendTo(state, List.of(notes)));
            assertEquals(List.of(notes.toAbsolutePath()), received.poll(10, TimeUnit.SECONDS).files());
            assertTrue(OpenRequests.sendTo(state, new OpenRequests.Request(List.of(), List.of("rust-book/ownership"))));
            assertEquals(List.of("rust-book/ownership"), received.poll(10, TimeUnit.SECONDS).sections());
        }
        assertFalse(OpenRequests.windowOpenIn(state), "closing the window lets go of the claim");
        assertFalse(Files.exists(state.resolve(OpenRequests.PORT)));
        assertFalse(OpenRequests.sendTo(state, List.of(notes)));
    }

    @Test
    void aRequestWithoutTheSecretIsDropped() throws Exception {
        Path state = tmp.resolve("state");
        LinkedBlockingQueue<OpenRequests.Request> received = new LinkedBlockingQueue<>();
        try (OpenRequests.Listener window = OpenRequests.listenIn(state, received::add).orElseThrow()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), window.port())) {
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write("guess\0/etc/passwd\n");
                out.flush();
                assertEquals(-1, s.getInputStream().read(), "no answer");
            }
            Path file = Files.writeString(tmp.resolve("a.txt"), "x");
            assertTrue(OpenRequests.sendTo(state, List.of(file)), "the listener goes on after a bad request");
            assertEquals(List.of(file.toAbsolutePath()), received.poll(10, TimeUnit.SECONDS).files());
            assertTrue(received.isEmpty());
        }
    }

    @Test
    void parsesOnlyTheSecretsOwnRequests() {
        assertNull(OpenRequests.parse("nope\0/a", "secret"));
        assertNull(OpenRequests.parse(null, "secret"));
        assertEquals(new OpenRequests.Request(List.of(Path.of("/a b"), Path.of("/c\td")), List.of("x/y")),
                OpenRequests.parse("secret\0/a b\0/c\td\0section:x/y", "secret"));
    }

    @Test
    void pathsWhereACommandWouldBeAreFilesToOpen() throws Exception {
        Path page = Files.writeString(tmp.resolve("page.html"), "<p>x</p>");
        Set<String> commands = Set.of("show", "import", "export");
        assertEquals(List.of(page), OpenArguments.parse(new String[] {page.toString()}, commands).orElseThrow().files());
        OpenArguments withDir = OpenArguments.parse(new String[] {"--data-dir", "/d", page.toUri().toString()}, commands).orElseThrow();
        assertEquals(Optional.of("/d"), withDir.dataDir());
        assertEquals(List.of(page), withDir.files());
        assertTrue(OpenArguments.parse(new String[] {"show", "x"}, commands).isEmpty());
        assertEquals(List.of("kettle/why-it-works"), OpenArguments.parse(new String[] {"gloss://section/kettle/why-it-works"},
                commands).orElseThrow().sections(), "the link back from an exported highlight");
        assertTrue(OpenArguments.parse(new String[] {tmp.resolve("missing.md").toString()}, commands).isEmpty());
        assertTrue(OpenArguments.parse(new String[] {"--help"}, commands).isEmpty());
        assertTrue(OpenArguments.parse(new String[] {}, commands).isEmpty());
        assertTrue(OpenArguments.parse(new String[] {tmp.toString()}, commands).isEmpty(), "a folder is for `gloss import`");
    }
}
