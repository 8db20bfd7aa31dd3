package dev.gloss.core.userlibrary;

import java.nio.file.Path;
import java.time.Instant;

/** An imported article moved to the library's trash, which {@link ImportService#restore} brings back. */
public record Removal(String articleId, String title, Instant removedAt, Path trashFolder) {
}
