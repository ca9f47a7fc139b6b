package org.agora.attempt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.attempt.AttemptService.Started;
import org.agora.attempt.AttemptViews.AttemptView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1}: instructors' previews. A started preview is answered, submitted and read through
 * the attempt endpoints ({@link AttemptApi}); its result shows the full review whatever the quiz's rule.
 */
@Path("/api/v1")
@Tag(name = "Previews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class PreviewApi {

    private final PreviewService previews;
    private final CurrentAccount current;

    PreviewApi(PreviewService previews, CurrentAccount current) {
        this.previews = previews;
        this.current = current;
    }

    @Operation(summary = "Preview a quiz: start a preview, or resume the open one")
    @APIResponse(responseCode = "201", description = "A new preview", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttemptView.class)))
    @APIResponse(responseCode = "200", description = "The open preview of the current version, resumed")
    @POST
    @Path("quizzes/{id}/previews")
    public Response start(@PathParam("id") String quizId) {
        return started(previews.start(current.get(), quizId));
    }

    @Operation(summary = "Discard the preview and start a fresh one")
    @APIResponse(responseCode = "201", description = "The fresh preview")
    @POST
    @Path("previews/{attempt}/restart")
    public Response restart(@PathParam("attempt") String attemptId) {
        return started(previews.restart(current.get(), attemptId));
    }

    @Operation(summary = "Delete the preview")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("previews/{attempt}")
    public Response delete(@PathParam("attempt") String attemptId) {
        previews.delete(current.get(), attemptId);
        return Response.noContent().build();
    }

    private static Response started(Started s) {
        return Response.status(s.created() ? 201 : 200).location(URI.create("/api/v1/attempts/" + s.view().attempt()))
                .entity(s.view()).build();
    }
}
