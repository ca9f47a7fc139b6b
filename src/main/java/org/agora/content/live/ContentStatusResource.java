package org.agora.content.live;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.agora.AgoraConfig;
import org.agora.attempt.PreviewService;
import org.agora.content.ContentSet;
import org.agora.content.Problem;
import org.agora.content.writing.ItemWriting;

/** The instructor's view of the content folders: what is served, what is withdrawn and why. */
@Path("/instructor/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("instructor")
public class ContentStatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ContentSet content, Map<String, List<Problem>> broken,
                Map<String, List<Problem>> warned, Map<String, String> lastValid, Set<String> brokenQuizzes);
    }

    private final ContentRegistry registry;
    private final AgoraConfig config;

    private final PreviewService previews;

    ContentStatusResource(ContentRegistry registry, AgoraConfig config, PreviewService previews) {
        this.registry = registry;
        this.config = config;
        this.previews = previews;
    }

    @GET
    public TemplateInstance status() {
        ContentSet content = registry.content();
        // Warnings are worked out from the served quizzes on each visit: a page for the few who author.
        List<Problem> warnings = ItemWriting.warnings(content.quizzes(), config.quizzesDir().toString());
        Map<String, List<Problem>> broken = byFile(content.problems());
        // A broken quiz file previews in its last valid version when one was stored; else the page says why not.
        java.nio.file.Path quizzes = config.quizzesDir().toAbsolutePath().normalize();
        Set<String> brokenQuizzes = broken.keySet().stream()
                .filter(p -> java.nio.file.Path.of(p).toAbsolutePath().normalize().startsWith(quizzes)).collect(Collectors.toSet());
        Map<String, String> lastValid = new HashMap<>();
        brokenQuizzes.forEach(p -> previews.lastValid(p).ifPresent(hash -> lastValid.put(p, hash)));
        return Templates.status(content, broken, byFile(warnings), lastValid, brokenQuizzes);
    }

    private static Map<String, List<Problem>> byFile(List<Problem> problems) {
        return problems.stream().collect(Collectors.groupingBy(Problem::path, TreeMap::new, Collectors.toList()));
    }
}
