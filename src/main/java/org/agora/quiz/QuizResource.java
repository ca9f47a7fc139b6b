package org.agora.quiz;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.quiz.QuizCatalog.QuizOverview;

/** Quiz pages. */
@Path("/quizzes")
@Produces(MediaType.TEXT_HTML)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(QuizOverview overview);
    }

    private final QuizCatalog catalog;

    QuizResource(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("{id}")
    public TemplateInstance overview(@PathParam("id") String id) {
        return Templates.overview(catalog.overview(id));
    }
}
