package org.agora.lesson;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.progress.ProgressService;
import org.agora.lesson.LessonService.LessonCard;
import org.agora.lesson.LessonService.LessonPage;

/** The module's home page and the lesson pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LessonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<LessonCard> cards);

        static native TemplateInstance lesson(LessonPage page, boolean student, boolean completed);
    }

    private final LessonService lessons;
    private final ProgressService progress;
    private final CurrentAccount current;

    LessonResource(LessonService lessons, ProgressService progress, CurrentAccount current) {
        this.lessons = lessons;
        this.progress = progress;
        this.current = current;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(lessons.cards());
    }

    @GET
    @Path("lessons/{id}")
    public TemplateInstance lesson(@PathParam("id") String id) {
        LessonPage page = lessons.page(id);
        Account me = current.orNull();
        boolean student = me != null && !me.isInstructor();
        return Templates.lesson(page, student, student && progress.completed(me, page.lesson().id()));
    }
}
