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

/** {@code /api/v1}: attempts for students. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.STUDENT)
public class AttemptApi {

    private final AttemptService attempts;
    private final CurrentAccount current;

    AttemptApi(AttemptService attempts, CurrentAccount current) {
        this.attempts = attempts;
        this.current = current;
    }

    /** 201 with a new attempt; 200 with the open one when there is one (a second start resumes). */
    @POST
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

    @GET
    @Path("attempts/{attempt}")
    public AttemptView get(@PathParam("attempt") String attemptId) {
        return attempts.get(current.get(), attemptId);
    }

    @PUT
    @Path("attempts/{attempt}/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("attempt") String attemptId, @PathParam("question") String questionId, AnswerBody body) {
        attempts.save(current.get(), attemptId, questionId, body);
        return Response.noContent().build();
    }

    @POST
    @Path("attempts/{attempt}/submit")
    public Result submit(@PathParam("attempt") String attemptId) {
        return attempts.submit(current.get(), attemptId);
    }
}
