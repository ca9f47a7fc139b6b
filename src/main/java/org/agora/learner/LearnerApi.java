package org.agora.learner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.learner.LearnerViews.AttemptReview;
import org.agora.learner.LearnerViews.LearnerRecord;
import org.agora.learner.LearnerViews.QuizRecord;
import org.agora.web.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/classes/{code}/learners/{username}}: a learner's record, and the instructors' review and actions. */
// At /api/v1 like every API class: a longer class path would hide the other classes/{code} resources.
@Path("/api/v1")
@Tag(name = "Learners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class LearnerApi {

    /** {@code {"quiz": id}}: the quiz to grant one more attempt at. */
    public record Grant(String quiz) {
    }

    /** {@code {"until": ISO-8601 instant}}: the reopened attempt's new closing time. */
    public record Reopen(String until) {
    }

    private final LearnerRecordService records;
    private final CurrentAccount current;

    LearnerApi(LearnerRecordService records, CurrentAccount current) {
        this.records = records;
        this.current = current;
    }

    @Operation(summary = "A learner's record: lessons read, every attempt of every quiz, attempts granted, changes made")
    @APIResponse(responseCode = "200", description = "The record (a student: only their own)")
    @APIResponse(responseCode = "403", description = "A student asking for another learner's record, or a class they are not in")
    @APIResponse(responseCode = "404", description = "No such class, or no such learner in it")
    @GET
    @Path("classes/{code}/learners/{username}")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public LearnerRecord record(@PathParam("code") String code, @PathParam("username") String username) {
        return records.record(code, username, current.get());
    }

    @Operation(summary = "An attempt as the instructor reviews it: every answer, the key, points, feedback, when each answer was saved")
    @APIResponse(responseCode = "404", description = "No such class, learner, or attempt of this learner")
    @GET
    @Path("classes/{code}/learners/{username}/attempts/{attempt}")
    public AttemptReview review(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("attempt") String attempt) {
        return records.review(code, username, attempt, current.get());
    }

    @Operation(summary = "Grant the learner one more attempt at a quiz (recorded)")
    @APIResponse(responseCode = "200", description = "Granted: the quiz in the learner's record, with its attempts allowed")
    @APIResponse(responseCode = "409", description = "The quiz allows unlimited attempts")
    @POST
    @Path("classes/{code}/learners/{username}/extra-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuizRecord grant(@PathParam("code") String code, @PathParam("username") String username, Grant body) {
        if (body == null) {
            throw new InvalidInput("quiz", (t, l) -> t.send_shape("{\"quiz\": id}"));
        }
        return records.grantAttempt(code, username, body.quiz(), current.get());
    }

    @Operation(summary = "Reopen a closed attempt until a new closing time (recorded)")
    @APIResponse(responseCode = "200", description = "Reopened: the attempt, open and unscored, closing at `until`")
    @APIResponse(responseCode = "400", description = "`until` missing, not an ISO-8601 instant, not in the future, or more than 30 days ahead")
    @APIResponse(responseCode = "409", description = "The attempt is open, has essay grades, was regraded, or another attempt of the quiz is open")
    @POST
    @Path("classes/{code}/learners/{username}/attempts/{attempt}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttemptReview reopen(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("attempt") String attempt, Reopen body) {
        if (body == null) {
            throw new InvalidInput("until", (t, l) -> t.send_shape("{\"until\": \"2026-12-02T18:30:00Z\"}"));
        }
        return records.reopen(code, username, attempt, body.until(), current.get());
    }
}
