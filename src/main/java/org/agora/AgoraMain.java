package org.agora;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.agora.content.Linter;

/**
 * Entry point of the packaged app. {@code lint} checks the content folders and exits without
 * starting Quarkus, so it opens no port and no database and can run beside a live server.
 */
@QuarkusMain
public class AgoraMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(lint(args));
        }
        Quarkus.run(args);
    }

    /** {@code lint [LESSONS_DIR QUIZZES_DIR]}; without folders, the same settings as the server. */
    static int lint(String... args) {
        Path lessons = Path.of(args.length > 2 ? args[1] : setting("agora.lessons-dir", "AGORA_LESSONS_DIR", "lessons"));
        Path quizzes = Path.of(args.length > 2 ? args[2] : setting("agora.quizzes-dir", "AGORA_QUIZZES_DIR", "quizzes"));
        return new Linter().run(lessons, quizzes, System.out);
    }

    // Quarkus config is not running here: read the system property, then the environment, as Quarkus would.
    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
