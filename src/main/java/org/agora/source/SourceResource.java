package org.agora.source;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The source guide that every {@code [Pn]} citation links to. */
@Path("/source")
@Produces(MediaType.TEXT_HTML)
public class SourceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide(SourceGuide guide);
    }

    private final SourceGuide guide;

    SourceResource(SourceGuide guide) {
        this.guide = guide;
    }

    @GET
    public TemplateInstance guide() {
        return Templates.guide(guide);
    }
}
