package dev.gloss.core.ingest;

import java.util.Optional;

/**
 * The files a source refers to, such as its images: {@code "img/chart.png"} beside a Markdown file,
 * or {@code "Page_files/photo.jpg"} beside a saved page. Remote references ({@code https:},
 * {@code //host/...}) are never fetched: they are not found here.
 */
public interface Resources {

    /** No files: a source read on its own. */
    Resources NONE = reference -> Optional.empty();

    /** The bytes of the file a reference names, as written in the source (percent-escapes and all). */
    Optional<byte[]> read(String reference);
}
