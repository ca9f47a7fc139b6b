package org.agora.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.AgoraConfig;
import org.agora.content.ContentSet;
import org.agora.content.live.ContentRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when both content folders can be read: an instance whose lessons folder is missing
 * (an unmounted volume) would serve an empty module, so the load balancer should skip it. Errors
 * inside files do not make it unready: the instructor fixes them while the rest is served, and
 * every instance reading the same folders shows the same errors.
 */
@Readiness
@ApplicationScoped
public class ContentFoldersCheck implements HealthCheck {

    private final AgoraConfig config;
    private final ContentRegistry content;

    ContentFoldersCheck(AgoraConfig config, ContentRegistry content) {
        this.config = config;
        this.content = content;
    }

    @Override
    public HealthCheckResponse call() {
        boolean lessons = readable(config.lessonsDir());
        boolean quizzes = readable(config.quizzesDir());
        HealthCheckResponseBuilder r = HealthCheckResponse.named("Content folders").status(lessons && quizzes)
                .withData("lessons folder", lessons ? "readable" : "missing or unreadable")
                .withData("quizzes folder", quizzes ? "readable" : "missing or unreadable");
        if (lessons && quizzes) {
            ContentSet set = content.content();
            r.withData("lessons", set.lessons().size()).withData("quizzes", set.quizzes().size())
                    .withData("errors", set.problems().size());
        }
        return r.build();
    }

    private static boolean readable(Path folder) {
        return Files.isDirectory(folder) && Files.isReadable(folder) && Files.isExecutable(folder);
    }
}
