package org.agora.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.schedule.ScheduleService.ScheduleView;
import org.agora.schedule.ScheduleService.Settings;
import org.agora.web.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/classes/{code}/...}: a class's due dates (instructors set them; members read their own classes'). */
// At /api/v1 like every API class: a longer class path would hide the other classes/{code} resources.
@Path("/api/v1")
@Tag(name = "Schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleApi {

    /** ISO-8601 instants; absent, null or blank: no limit at that end. */
    public record ScheduleInput(String opensAt, String closesAt) {
    }

    private final ClassroomService classes;
    private final ScheduleService schedules;
    private final CurrentAccount current;

    ScheduleApi(ClassroomService classes, ScheduleService schedules, CurrentAccount current) {
        this.classes = classes;
        this.schedules = schedules;
        this.current = current;
    }

    @Operation(summary = "The quiz's opening and closing time in the class (members of the class and instructors)")
    @APIResponse(responseCode = "200", description = "The schedule; opensAt and closesAt are null where the class sets none")
    @APIResponse(responseCode = "403", description = "A student of another class")
    @APIResponse(responseCode = "404", description = "Unknown class or quiz")
    @GET
    @Path("classes/{code}/quizzes/{id}/schedule")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public ScheduleView get(@PathParam("code") String code, @PathParam("id") String quizId) {
        return schedules.get(classes.visibleTo(code, current.get()), quizId);
    }

    @Operation(summary = "Set the quiz's opening and closing time in the class (either may be null); replaces the previous one")
    @APIResponse(responseCode = "200", description = "The schedule as it now is")
    @APIResponse(responseCode = "400", description = "An instant that does not parse, or a closing time not after the opening")
    @APIResponse(responseCode = "404", description = "Unknown class or quiz")
    @PUT
    @Path("classes/{code}/quizzes/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Account.INSTRUCTOR)
    public ScheduleView put(@PathParam("code") String code, @PathParam("id") String quizId, ScheduleInput body) {
        Account me = current.get();
        Classroom c = classes.visibleTo(code, me);
        schedules.get(c, quizId); // 404 for an unknown quiz before the body is judged
        if (body == null) {
            throw new InvalidInput("body", (t, l) -> t.send_instants("{\"opensAt\", \"closesAt\"}"));
        }
        java.time.Instant[] window = ScheduleService.parseBoth(body.opensAt(), body.closesAt(), ScheduleService::parseInstant);
        return schedules.put(c, quizId, window[0], window[1], me);
    }

    @Operation(summary = "Remove the quiz's schedule in the class: it is then always open there")
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    @APIResponse(responseCode = "404", description = "Unknown class or quiz")
    @DELETE
    @Path("classes/{code}/quizzes/{id}/schedule")
    @RolesAllowed(Account.INSTRUCTOR)
    public Response delete(@PathParam("code") String code, @PathParam("id") String quizId) {
        schedules.delete(classes.visibleTo(code, current.get()), quizId);
        return Response.noContent().build();
    }

    @Operation(summary = "The class's time zone and late work (refuse or accept)")
    @GET
    @Path("classes/{code}/schedule-settings")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public Settings settings(@PathParam("code") String code) {
        return ScheduleService.settingsOf(classes.visibleTo(code, current.get()));
    }

    @Operation(summary = "Set the class's time zone (an IANA name; blank: the server's) and late work (refuse or accept); either may be left out")
    @APIResponse(responseCode = "200", description = "The settings as they now are")
    @APIResponse(responseCode = "400", description = "An unknown time zone or late-work value")
    @PUT
    @Path("classes/{code}/schedule-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Account.INSTRUCTOR)
    public Settings setSettings(@PathParam("code") String code, Settings body) {
        Classroom c = classes.visibleTo(code, current.get());
        return schedules.settings(c, body == null ? null : body.timeZone(), body == null ? null : body.lateWork());
    }
}
