package org.agora.lesson;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.content.Lesson;
import org.agora.content.Section;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/lessons}: public content listings. Every API class is rooted at {@code /api/v1}
 * so that JAX-RS matches across classes (a longer class path would hide other classes' methods).
 */
@Path("/api/v1")
@Tag(name = "Content")
@Produces(MediaType.APPLICATION_JSON)
public class LessonApi {

    public record LessonSummary(String id, String title, int order, int minutes, String quiz) {
        static LessonSummary of(Lesson l) {
            return new LessonSummary(l.id(), l.title(), l.order(), l.minutes(), l.quiz());
        }
    }

    public record LessonDetail(String id, String title, String html, List<Section> sections, String quiz) {
        static LessonDetail of(Lesson l) {
            return new LessonDetail(l.id(), l.title(), l.html(), l.sections(), l.quiz());
        }
    }

    private final LessonService lessons;

    LessonApi(LessonService lessons) {
        this.lessons = lessons;
    }

    @Operation(summary = "The lessons, in order")
    @GET
    @Path("lessons")
    public List<LessonSummary> list() {
        return lessons.lessons().stream().map(LessonSummary::of).toList();
    }

    @Operation(summary = "One lesson, rendered")
    @GET
    @Path("lessons/{id}")
    public LessonDetail get(@PathParam("id") String id) {
        return LessonDetail.of(lessons.lesson(id));
    }
}
