package org.agora.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.web.Flash;

/**
 * The class page's schedule forms (the section itself is on the class page): a quiz's opening and
 * closing time, typed as local times in the class's time zone, and the class's time zone and late
 * work. Post/Redirect/Get back to the class page's schedule section.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class ScheduleResource {

    private final ClassroomService classes;
    private final ScheduleService schedules;
    private final CurrentAccount current;
    private final Flash flash;

    ScheduleResource(ClassroomService classes, ScheduleService schedules, CurrentAccount current, Flash flash) {
        this.flash = flash;
        this.classes = classes;
        this.schedules = schedules;
        this.current = current;
    }

    /** Blank fields leave that end open; {@code action=clear} removes the quiz's schedule. */
    @POST
    @Path("classes/{code}/quizzes/{id}/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("code") String code, @PathParam("id") String quizId,
            @FormParam("opensAt") String opensAt, @FormParam("closesAt") String closesAt, @FormParam("action") String action) {
        Account me = current.get();
        Classroom c = classes.visibleTo(code, me);
        schedules.get(c, quizId); // 404 for an unknown quiz
        if ("clear".equals(action)) {
            schedules.delete(c, quizId);
        } else {
            Instant[] window = ScheduleService.parseBoth(opensAt, closesAt,
                    (field, value) -> ScheduleService.parseLocal(field, value, c.zone()));
            schedules.put(c, quizId, window[0], window[1], me);
        }
        return back(c, "clear".equals(action) ? flash.msg().flash_schedule_removed() : flash.msg().flash_schedule_saved());
    }

    @POST
    @Path("classes/{code}/schedule-settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settings(@PathParam("code") String code, @FormParam("timeZone") String timeZone,
            @FormParam("lateWork") String lateWork) {
        Classroom c = classes.visibleTo(code, current.get());
        schedules.settings(c, timeZone == null ? "" : timeZone, lateWork);
        return back(c, flash.msg().flash_schedule_settings_saved());
    }

    private Response back(Classroom c, String message) {
        return flash.seeOther("/instructor/classes/" + c.code + "#schedule", message);
    }
}
