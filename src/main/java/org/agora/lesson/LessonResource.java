package org.agora.lesson;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.lesson.LessonService.LessonCard;
import org.agora.lesson.LessonService.LessonPage;

/** The module's home page and the lesson pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LessonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<LessonCard> cards);

        static native TemplateInstance lesson(LessonPage page);
    }

    private final LessonService lessons;

    LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(lessons.cards());
    }

    @GET
    @Path("lessons/{id}")
    public TemplateInstance lesson(@PathParam("id") String id) {
        return Templates.lesson(lessons.page(id));
    }
}
