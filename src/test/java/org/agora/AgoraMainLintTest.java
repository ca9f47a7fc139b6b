package org.agora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agora.support.StdOut;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code java -jar agora.jar lint [LESSONS QUIZZES]}: the packaged jar's entry point, without starting Quarkus. */
class AgoraMainLintTest {

    @RegisterExtension
    final StdOut stdout = new StdOut();

    @AfterEach
    void clearSettings() {
        System.clearProperty("agora.lessons-dir");
        System.clearProperty("agora.quizzes-dir");
    }

    private String output() {
        return stdout.text();
    }

    @Test
    void shippedContentExitsZero() {
        assertEquals(0, AgoraMain.lint("lint", "lessons", "quizzes"), this::output);
        String[] lines = output().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("lint: \\d+ lessons, \\d+ quizzes(, \\d+ reference pages?)?, 0 errors(, \\d+ warnings?)?"), output());
    }

    @Test
    void fixturesExitOneWithPathLineMessages() {
        int exit = AgoraMain.lint("lint", "src/test/resources/content/lessons", "src/test/resources/content/quizzes");
        assertEquals(1, exit);
        String out = output();
        assertTrue(out.contains("src/test/resources/content/quizzes/broken.md:3: "), out);
        assertTrue(out.contains("src/test/resources/content/quizzes/broken.md:4: "), out);
        assertTrue(out.contains("src/test/resources/content/quizzes/broken.md:7: "), out);
        assertTrue(out.strip().matches("(?s).*lint: 3 errors in 1 file(, \\d+ warnings?)?"), out);
    }

    @Test
    void withoutFoldersItReadsTheServerSettings() {
        System.setProperty("agora.lessons-dir", "src/test/resources/content/lessons");
        System.setProperty("agora.quizzes-dir", "src/test/resources/content/quizzes");
        assertEquals(1, AgoraMain.lint("lint"), this::output);
        assertTrue(output().contains("broken.md:3: "), output());
    }

    @Test
    void withoutFoldersOrSettingsItReadsTheProjectFolders() {
        // Unless the environment names other folders, `lint` alone checks ./lessons and ./quizzes.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AGORA_LESSONS_DIR") == null
                && System.getenv("AGORA_QUIZZES_DIR") == null);
        assertEquals(0, AgoraMain.lint("lint"), this::output);
    }
}
