package dev.gloss.core.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The files beside a test fixture, as a saved page's Resources: relative references, percent-escapes decoded. */
final class FixtureResources implements Resources {
    private final Path folder;

    private FixtureResources(Path folder) {
        this.folder = folder;
    }

    /** The folder of the fixture {@code name} under src/test/resources/dev/gloss/core/ingest/. */
    static FixtureResources beside(String name) {
        try {
            Path file = Path.of(FixtureResources.class.getResource(name).toURI());
            return new FixtureResources(file.getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(Path.of(FixtureResources.class.getResource(name).toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<byte[]> read(String reference) {
        String ref = reference.strip();
        int cut = ref.indexOf('?');
        if (cut >= 0) {
            ref = ref.substring(0, cut);
        }
        ref = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path path = folder.resolve(ref).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
