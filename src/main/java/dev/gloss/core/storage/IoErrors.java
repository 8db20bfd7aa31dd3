package dev.gloss.core.storage;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words: the reason and the file it concerns, never a bare path or a class name alone. */
public final class IoErrors {
    private IoErrors() {
    }

    public static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied" + about(a.getFile());
        }
        if (e instanceof NoSuchFileException n) {
            return "it does not exist" + about(n.getFile());
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            if (reason == null || reason.isBlank()) {
                reason = f instanceof NotDirectoryException ? "not a folder"
                        : f instanceof DirectoryNotEmptyException ? "the folder is not empty"
                        : f instanceof FileAlreadyExistsException ? "it already exists"
                        : "the file system refused";
            }
            return reason.strip() + about(f.getFile());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String about(String file) {
        return file == null ? "" : " (" + file + ")";
    }
}
