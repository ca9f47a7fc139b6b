package org.agora.content.live;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.agora.AgoraConfig;
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
                Map<String, List<Problem>> warned);
    }

    private final ContentRegistry registry;
    private final AgoraConfig config;

    ContentStatusResource(ContentRegistry registry, AgoraConfig config) {
        this.registry = registry;
        this.config = config;
    }

    @GET
    public TemplateInstance status() {
        ContentSet content = registry.content();
        // Warnings are worked out from the served quizzes on each visit: a page for the few who author.
        List<Problem> warnings = ItemWriting.warnings(content.quizzes(), config.quizzesDir().toString());
        return Templates.status(content, byFile(content.problems()), byFile(warnings));
    }

    private static Map<String, List<Problem>> byFile(List<Problem> problems) {
        return problems.stream().collect(Collectors.groupingBy(Problem::path, TreeMap::new, Collectors.toList()));
    }
}
