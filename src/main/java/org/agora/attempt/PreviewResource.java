package org.agora.attempt;

import jakarta.annotation.security.RolesAllowed;
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

/**
 * The preview buttons (the content page, the quiz overview, the preview's own pages). Each leads to
 * the attempt pages, which serve a preview as they serve an attempt: this resource has no views.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class PreviewResource {

    private final PreviewService previews;
    private final CurrentAccount current;

    PreviewResource(PreviewService previews, CurrentAccount current) {
        this.previews = previews;
        this.current = current;
    }

    @POST
    @Path("quizzes/{id}/preview")
    public Response start(@PathParam("id") String quizId) {
        return go(previews.start(current.get(), quizId));
    }

    /** A broken file's last valid version, by its hash. */
    @POST
    @Path("previews/versions/{hash}")
    public Response startVersion(@PathParam("hash") String hash) {
        return go(previews.startVersion(current.get(), hash));
    }

    @POST
    @Path("previews/{attempt}/restart")
    public Response restart(@PathParam("attempt") String attemptId) {
        return go(previews.restart(current.get(), attemptId));
    }

    @POST
    @Path("previews/{attempt}/delete")
    public Response delete(@PathParam("attempt") String attemptId) {
        previews.delete(current.get(), attemptId);
        return Response.seeOther(URI.create("/instructor/content")).build();
    }

    private static Response go(Started started) {
        return Response.seeOther(URI.create("/attempts/" + started.view().attempt())).build();
    }
}
