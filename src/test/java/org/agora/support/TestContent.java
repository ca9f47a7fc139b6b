package org.agora.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives the test app its own copy of the fixture content ({@code src/test/resources/content}) in a
 * temporary folder, so that tests may add, change and remove files while the server watches.
 */
public class TestContent implements QuarkusTestResourceLifecycleManager {

    private static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("agora-test-content");
            copy(Path.of("src/test/resources/content"), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("agora.lessons-dir", lessons().toString(), "agora.quizzes-dir", quizzes().toString(),
                "agora.content-poll-interval", "200ms");
    }

    @Override
    public void stop() {
    }

    public static Path lessons() {
        return root.resolve("lessons");
    }

    public static Path quizzes() {
        return root.resolve("quizzes");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
