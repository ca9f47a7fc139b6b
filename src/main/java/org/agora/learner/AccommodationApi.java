package org.agora.learner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.learner.LearnerViews.ExtraTime;
import org.agora.learner.LearnerViews.Override;
import org.agora.schedule.ScheduleService;
import org.agora.web.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/classes/{code}/learners/{username}/extra-time} and {@code .../quizzes/{quiz}/override}:
 * a learner's accommodations and overrides. Reading: instructors, and the learner their own;
 * changing: instructors.
 */
// At /api/v1 like every API class: a longer class path would hide the other classes/{code} resources.
@Path("/api/v1")
@Tag(name = "Learners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class AccommodationApi {

    /** {@code {"extraTimePercent": 0..400}}. */
    public record ExtraTimeInput(Integer extraTimePercent) {
    }

    /** Each null or absent: the quiz's (attempts, time limit) or the class's (closing time) applies. */
    public record OverrideInput(Integer attempts, Long timeLimitSeconds, String closesAt) {
    }

    private final AccommodationService accommodations;
    private final CurrentAccount current;

    AccommodationApi(AccommodationService accommodations, CurrentAccount current) {
        this.accommodations = accommodations;
        this.current = current;
    }

    @Operation(summary = "The learner's extra time in the class, a percentage of every timed quiz's limit (0: none)")
    @APIResponse(responseCode = "403", description = "A student asking for another learner's")
    @APIResponse(responseCode = "404", description = "No such class, or no such learner in it")
    @GET
    @Path("classes/{code}/learners/{username}/extra-time")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public ExtraTime extraTime(@PathParam("code") String code, @PathParam("username") String username) {
        return accommodations.extraTime(code, username, current.get());
    }

    @Operation(summary = "Set the learner's extra time in the class (recorded); their running attempts take the new deadline at once")
    @APIResponse(responseCode = "200", description = "The extra time as it now is")
    @APIResponse(responseCode = "400", description = "Not a whole percentage from 0 to 400")
    @PUT
    @Path("classes/{code}/learners/{username}/extra-time")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExtraTime setExtraTime(@PathParam("code") String code, @PathParam("username") String username,
            ExtraTimeInput body) {
        return accommodations.setExtraTime(code, username, body == null ? null : body.extraTimePercent(), current.get());
    }

    @Operation(summary = "Remove the learner's extra time in the class (recorded)")
    @DELETE
    @Path("classes/{code}/learners/{username}/extra-time")
    public ExtraTime clearExtraTime(@PathParam("code") String code, @PathParam("username") String username) {
        return accommodations.setExtraTime(code, username, 0, current.get());
    }

    @Operation(summary = "The learner's overrides at a quiz in the class: attempts granted, time limit, closing time")
    @APIResponse(responseCode = "403", description = "A student asking for another learner's")
    @APIResponse(responseCode = "404", description = "No such class, learner in it, or quiz")
    @GET
    @Path("classes/{code}/learners/{username}/quizzes/{quiz}/override")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public Override override(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("quiz") String quiz) {
        return accommodations.override(code, username, quiz, current.get());
    }

    @Operation(summary = "Replace the learner's overrides at a quiz in the class (recorded); a running attempt takes the new deadline at once")
    @APIResponse(responseCode = "200", description = "The overrides as they now are")
    @APIResponse(responseCode = "400", description = "Attempts below the quiz's own (or on a quiz with unlimited attempts), "
            + "a time limit outside 1 minute to 24 hours, or a closing time that does not parse or is not after the opening")
    @PUT
    @Path("classes/{code}/learners/{username}/quizzes/{quiz}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    public Override setOverride(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("quiz") String quiz, OverrideInput body) {
        Account me = current.get();
        accommodations.override(code, username, quiz, me); // 404 before the body is judged
        if (body == null) {
            throw new InvalidInput("body", (t, l) -> t.send_each_may_be_null("{\"attempts\", \"timeLimitSeconds\", \"closesAt\"}"));
        }
        return accommodations.setOverride(code, username, quiz, body.attempts(), body.timeLimitSeconds(),
                ScheduleService.parseInstant("closesAt", body.closesAt()), me);
    }

    @Operation(summary = "Remove the learner's overrides at a quiz in the class, granted attempts included (recorded)")
    @DELETE
    @Path("classes/{code}/learners/{username}/quizzes/{quiz}/override")
    public Override clearOverride(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("quiz") String quiz) {
        return accommodations.clearOverride(code, username, quiz, current.get());
    }
}
