package org.agora.content.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.content.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry takes preloaded content only for the same folders in the same state, and only once. */
class ContentPreloadTest {

    @TempDir
    Path dir;

    private Path lessons;
    private Path quizzes;

    private void folders() throws IOException {
        lessons = Files.createDirectories(dir.resolve("lessons"));
        quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.copy(Path.of("src/test/resources/content/lessons").resolve(firstFile("lessons")), lessons.resolve("one.md"));
    }

    private static String firstFile(String kind) throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/content", kind))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void sameFoldersAndFilesTakeThePreloadOnce() throws IOException {
        folders();
        ContentPreload.start(lessons, quizzes);
        ContentSet set = ContentPreload.take(lessons, quizzes, ContentFingerprint.of(lessons, quizzes));
        assertNotNull(set);
        assertEquals(1, set.lessons().size() + set.problems().size(), "the one lesson file was read");
        assertNull(ContentPreload.take(lessons, quizzes, ContentFingerprint.of(lessons, quizzes)), "only once");
    }

    @Test
    void otherFoldersLoadAsUsual() throws IOException {
        folders();
        ContentPreload.start(lessons, quizzes);
        assertNull(ContentPreload.take(quizzes, lessons, ContentFingerprint.of(quizzes, lessons)));
    }

    @Test
    void aFileChangedSinceThePreloadStartedLoadsAsUsual() throws IOException {
        folders();
        ContentPreload.start(lessons, quizzes);
        Files.writeString(lessons.resolve("two.md"), "---\ntitle: Added later\n---\n");
        assertNull(ContentPreload.take(lessons, quizzes, ContentFingerprint.of(lessons, quizzes)));
    }
}
