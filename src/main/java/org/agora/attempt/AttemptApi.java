package org.agora.attempt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.attempt.AttemptService.Started;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.attempt.AttemptViews.Result;
import org.agora.web.Conflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1}: attempts for students, and instructors' previews once started ({@link PreviewApi}). */
@Path("/api/v1")
@Tag(name = "Attempts")
@Produces(MediaType.APPLICATION_JSON)
// Instructors reach their previews here (and only those: see AttemptService.owned); only students start attempts.
@RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
public class AttemptApi {

    private final AttemptService attempts;
    private final CurrentAccount current;

    AttemptApi(AttemptService attempts, CurrentAccount current) {
        this.attempts = attempts;
        this.current = current;
    }

    /** 201 with a new attempt; 200 with the open one when there is one (a second start resumes). */
    @Operation(summary = "Start an attempt, or resume the open one")
    @APIResponse(responseCode = "201", description = "A new attempt", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "200", description = "The open attempt, resumed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "409", description = "No attempts left")
    @POST
    @RolesAllowed(Account.STUDENT)
    @Path("quizzes/{id}/attempts")
    public Response start(@PathParam("id") String quizId) {
        Account me = current.get();
        Started started;
        try {
            started = attempts.start(me, quizId);
        } catch (Conflict e) {
            // Two starts raced (a double click): the other request created the attempt; resume it.
            String open = Attempt.findOpen(me.id, quizId, Instant.now()).map(a -> a.id).orElseThrow(() -> e);
            started = new Started(attempts.get(me, open), false);
        }
        return Response.status(started.created() ? 201 : 200)
                .location(URI.create("/api/v1/attempts/" + started.view().attempt()))
                .entity(started.view()).build();
    }

    @Operation(summary = "The attempt as started, with the saved answers")
    @GET
    @Path("attempts/{attempt}")
    public AttemptView get(@PathParam("attempt") String attemptId) {
        return attempts.get(current.get(), attemptId);
    }

    @Operation(summary = "Save one answer, replacing the previous one")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "409", description = "Submitted, or past the deadline")
    @PUT
    @Path("attempts/{attempt}/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("attempt") String attemptId, @PathParam("question") String questionId, AnswerBody body) {
        attempts.save(current.get(), attemptId, questionId, body);
        return Response.noContent().build();
    }

    @Operation(summary = "Score the attempt (once; again returns the same result)")
    @POST
    @Path("attempts/{attempt}/submit")
    public Result submit(@PathParam("attempt") String attemptId) {
        return attempts.submit(current.get(), attemptId);
    }
}
