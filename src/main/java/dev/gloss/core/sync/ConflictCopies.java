package dev.gloss.core.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The conflict copies that file-syncing tools leave beside a file that two computers changed while
 * apart. Syncthing names the losing side {@code NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICEID.EXT};
 * Dropbox {@code NAME (Someone's conflicted copy YYYY-MM-DD).EXT} (later versions add a number or
 * leave the name out); Nextcloud and ownCloud's desktop client {@code NAME (conflicted copy
 * YYYY-MM-DD HHMMSS).EXT}.
 */
public final class ConflictCopies {
    private static final Pattern SYNCTHING_TAIL = Pattern.compile("\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}");
    private static final Pattern COPY_TAIL = Pattern.compile(" \\([^()]*conflicted copy[^()]*\\)", Pattern.CASE_INSENSITIVE);

    private ConflictCopies() {
    }

    /** Whether {@code candidate} is a conflict copy of the file named {@code mainName}, by any of the tools. */
    public static boolean isCopyOf(String candidate, String mainName) {
        int dot = mainName.lastIndexOf('.');
        String stem = dot > 0 ? mainName.substring(0, dot) : mainName;
        String ext = dot > 0 ? mainName.substring(dot) : "";
        if (!candidate.startsWith(stem) || !candidate.endsWith(ext) || candidate.length() <= mainName.length()) {
            return false;
        }
        String middle = candidate.substring(stem.length(), candidate.length() - ext.length());
        return SYNCTHING_TAIL.matcher(middle).matches() || COPY_TAIL.matcher(middle).matches();
    }

    /** The conflict copies of {@code main} in its folder, by name; none when the folder is not there. */
    public static List<Path> of(Path main) throws IOException {
        String name = main.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(main.toAbsolutePath().getParent(),
                p -> p.getFileName().toString().startsWith(stem))) {
            for (Path p : files) {
                if (Files.isRegularFile(p) && isCopyOf(p.getFileName().toString(), name)) {
                    copies.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        copies.sort(null);
        return copies;
    }
}
