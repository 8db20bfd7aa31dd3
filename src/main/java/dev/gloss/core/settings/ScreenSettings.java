package dev.gloss.core.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.LocalFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings that belong to this computer's screen rather than to the reader: the window's size
 * and position and the sidebar's width. They are kept in {@code settings-local.json} in this
 * computer's state folder for the data folder ({@link LocalFolders#state}), apart from
 * settings.json, which follows the reader to every computer the data folder is synced to. A
 * settings.json written before they were kept apart still holds them: they are read from there
 * until the first save moves them.
 */
final class ScreenSettings {
    static final String FILE_NAME = "settings-local.json";
    /** The fields of settings.json that stay on this computer. */
    static final List<String> FIELDS = List.of("window", "sidebarWidth");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScreenSettings() {
    }

    /** This computer's file for the data folder of {@code settingsFile}. */
    static Path fileFor(Path settingsFile) {
        return LocalFolders.state(settingsFile.toAbsolutePath().getParent()).resolve(FILE_NAME);
    }

    /**
     * settings.json's bytes with this computer's fields put in from {@code local} where it has
     * them; the bytes unchanged when either cannot be read (settings.json is then judged by its own reader).
     */
    static byte[] overlay(byte[] shared, Path local) {
        if (shared == null || !Files.isRegularFile(local)) {
            return shared;
        }
        try {
            JsonNode all = JSON.readTree(shared);
            JsonNode mine = JSON.readTree(Files.readAllBytes(local));
            if (all == null || !all.isObject() || mine == null || !mine.isObject()) {
                return shared;
            }
            for (String field : FIELDS) {
                if (mine.has(field)) {
                    ((ObjectNode) all).set(field, mine.get(field));
                }
            }
            return JSON.writeValueAsBytes(all);
        } catch (IOException | RuntimeException e) {
            return shared;
        }
    }

    /**
     * Writes this computer's fields of the settings {@code all} to {@code local} (atomically) and
     * returns the rest, for settings.json.
     */
    static byte[] splitOff(byte[] all, Path local) throws IOException {
        JsonNode tree = JSON.readTree(all);
        if (tree == null || !tree.isObject()) {
            return all;
        }
        ObjectNode shared = (ObjectNode) tree;
        ObjectNode mine = JSON.createObjectNode();
        if (shared.has("version")) {
            mine.set("version", shared.get("version"));
        }
        for (String field : FIELDS) {
            JsonNode value = shared.remove(field);
            if (value != null) {
                mine.set(field, value);
            }
        }
        AtomicFiles.write(local, JSON.writeValueAsBytes(mine));
        return JSON.writeValueAsBytes(shared);
    }
}
