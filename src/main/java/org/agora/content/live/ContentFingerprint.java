package org.agora.content.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Names, sizes and modification times of the content folders' files: cheap to compute every second. */
final class ContentFingerprint {

    private ContentFingerprint() {
    }

    static String of(Path lessonsDir, Path quizzesDir) {
        return of(lessonsDir) + "|" + of(quizzesDir);
    }

    private static String of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder sb = new StringBuilder();
            files.sorted().forEach(f -> {
                try {
                    sb.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis()).append(';');
                } catch (IOException e) {
                    sb.append(f.getFileName()).append(":gone;");
                }
            });
            return sb.toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
