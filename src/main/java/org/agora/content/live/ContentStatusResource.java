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
import org.agora.content.ContentSet;
import org.agora.content.Problem;

/** The instructor's view of the content folders: what is served, what is withdrawn and why. */
@Path("/instructor/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("instructor")
public class ContentStatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ContentSet content, Map<String, List<Problem>> broken);
    }

    private final ContentRegistry registry;

    ContentStatusResource(ContentRegistry registry) {
        this.registry = registry;
    }

    @GET
    public TemplateInstance status() {
        ContentSet content = registry.content();
        Map<String, List<Problem>> broken = content.problems().stream()
                .collect(Collectors.groupingBy(Problem::path, TreeMap::new, Collectors.toList()));
        return Templates.status(content, broken);
    }
}
