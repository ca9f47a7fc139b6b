package org.agora.regrade;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.ClassroomService;
import org.agora.language.Language;
import org.agora.regrade.RegradeViews.Report;
import org.agora.regrade.RegradeViews.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/classes/{code}/quizzes/{id}/regrade}: regrading after a key changed (instructors). */
@Path("/api/v1")
@Tag(name = "Regrading")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class RegradeApi {

    private final ClassroomService classes;
    private final RegradeService regrades;
    private final CurrentAccount current;
    private final Language language;

    RegradeApi(ClassroomService classes, RegradeService regrades, CurrentAccount current, Language language) {
        this.language = language;
        this.classes = classes;
        this.regrades = regrades;
        this.current = current;
    }

    @Operation(summary = "Regrade the class's submitted attempts at a quiz against its current version (instructors)",
            description = "mode: normal (scores may go down), raise-only (no question earns less), full-credit (the named "
                    + "questions earn their full points). A dry run writes nothing; a commit writes only what changes, "
                    + "so committing twice changes scores once.")
    @APIResponse(responseCode = "200", description = "Per attempt the old and new score, per question the change", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "A missing or unknown mode or dryRun, or a question the quiz does not have")
    @APIResponse(responseCode = "404", description = "No such class or quiz")
    @APIResponse(responseCode = "409", description = "The quiz changed since the dry run named in version")
    @POST
    @Path("classes/{code}/quizzes/{id}/regrade")
    @Consumes(MediaType.APPLICATION_JSON)
    public Report regrade(@PathParam("code") String code, @PathParam("id") String quizId, Request body) {
        Account me = current.get();
        return regrades.regrade(classes.visibleTo(code, me), quizId, body, me, language.locale());
    }
}
