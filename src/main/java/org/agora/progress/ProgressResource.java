package org.agora.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.schedule.ScheduleService;
import org.agora.progress.ProgressService.Progress;

/** The learner's progress page, and the "I have read this" button at the end of each lesson. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.STUDENT)
public class ProgressResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(Account learner, Progress progress, List<ScheduleService.Due> due);
    }

    private final ProgressService progress;
    private final CurrentAccount current;
    private final ScheduleService schedules;

    ProgressResource(ProgressService progress, CurrentAccount current, ScheduleService schedules) {
        this.progress = progress;
        this.current = current;
        this.schedules = schedules;
    }

    @GET
    @Path("progress")
    public TemplateInstance page() {
        Account me = current.get();
        return Templates.progress(me, progress.of(me), schedules.upcoming(me));
    }

    @POST
    @Path("lessons/{id}/complete")
    public Response complete(@PathParam("id") String lessonId) {
        progress.complete(current.get(), lessonId);
        return Response.seeOther(URI.create("/lessons/" + lessonId + "#lesson-done")).build();
    }
}
