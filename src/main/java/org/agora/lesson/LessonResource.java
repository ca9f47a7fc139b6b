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
import org.agora.schedule.ScheduleService;
import org.agora.progress.ProgressService;
import org.agora.lesson.LessonService.LessonCard;
import org.agora.lesson.LessonService.LessonPage;

/** The module's home page and the lesson pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LessonResource {

    @CheckedTemplate
    static class Templates {
        /** {@code home}: a signed-in learner's progress and where to continue; null for everyone else. */
        static native TemplateInstance home(List<LessonCard> cards, List<ScheduleService.Due> due, ProgressService.Home home);

        static native TemplateInstance lesson(LessonPage page, boolean student, boolean completed);
    }

    private final LessonService lessons;
    private final ProgressService progress;
    private final CurrentAccount current;
    private final ScheduleService schedules;

    LessonResource(LessonService lessons, ProgressService progress, CurrentAccount current, ScheduleService schedules) {
        this.lessons = lessons;
        this.progress = progress;
        this.current = current;
        this.schedules = schedules;
    }

    @GET
    public TemplateInstance home() {
        Account me = current.orNull();
        return Templates.home(lessons.cards(), schedules.upcoming(me), me == null || me.isInstructor() ? null : progress.home(me));
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
