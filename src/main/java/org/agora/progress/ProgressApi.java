package org.agora.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.progress.ProgressService.Progress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/me/progress} and {@code POST /api/v1/lessons/{id}/complete}. */
@Path("/api/v1")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.STUDENT)
public class ProgressApi {

    public record LessonJson(String id, boolean completed) {
    }

    /** {@code status} is awaiting-grading while an attempt waits for essay grades ({@code pending} points), else omitted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuizJson(String id, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal best, BigDecimal maxScore,
            long attemptsUsed, boolean passed, String status, BigDecimal pending) {
    }

    public record ProgressJson(List<LessonJson> lessons, List<QuizJson> quizzes, BigDecimal percentComplete) {
        static ProgressJson of(Progress p) {
            return new ProgressJson(
                    p.lessons().stream().map(l -> new LessonJson(l.id(), l.completed())).toList(),
                    p.quizzes().stream().map(q -> new QuizJson(q.id(), q.best(), q.maxScore(), q.attemptsUsed(), q.passed(),
                            q.awaitingGrading() ? org.agora.attempt.AttemptViews.AWAITING_GRADING : null, q.pending())).toList(),
                    p.percentComplete());
        }
    }

    private final ProgressService progress;
    private final CurrentAccount current;

    ProgressApi(ProgressService progress, CurrentAccount current) {
        this.progress = progress;
        this.current = current;
    }

    @Operation(summary = "The signed-in learner's progress")
    @GET
    @Path("me/progress")
    public ProgressJson mine() {
        return ProgressJson.of(progress.of(current.get()));
    }

    @Operation(summary = "Mark a lesson read")
    @APIResponse(responseCode = "204", description = "Marked")
    @POST
    @Path("lessons/{id}/complete")
    public Response complete(@PathParam("id") String lessonId) {
        progress.complete(current.get(), lessonId);
        return Response.noContent().build();
    }
}
