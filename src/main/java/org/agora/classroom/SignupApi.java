package org.agora.classroom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.account.NewAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/v1/signup} and {@code POST /api/v1/classes}. JSON only, so cross-site forms cannot reach it. */
@Path("/api/v1")
@Tag(name = "Accounts and classes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupApi {

    public record SignupRequest(String classCode, String username, String password, String displayName) {
    }

    public record Created(String username, String displayName, String role, String classCode) {
    }

    public record NewClass(String name) {
    }

    /** {@code privacy}: how classmates are named; {@code studentBoard}: {@code own} or {@code everyone}'s rows for students. */
    public record ClassView(String code, String name, String privacy, String studentBoard) {
        static ClassView of(Classroom c) {
            return new ClassView(c.code, c.name, c.privacy, c.studentBoard);
        }
    }

    private final ClassroomService classes;
    private final CurrentAccount current;

    SignupApi(ClassroomService classes, CurrentAccount current) {
        this.classes = classes;
        this.current = current;
    }

    @Operation(summary = "Sign up as a student of a class")
    @APIResponse(responseCode = "201", description = "The new account", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "404", description = "Unknown class code")
    @APIResponse(responseCode = "409", description = "The username is taken")
    @POST
    @Path("signup")
    public Response signup(@NotNull SignupRequest body) {
        Account a = classes.signUp(body.classCode(), new NewAccount(body.username(), body.password(), body.displayName()));
        Classroom c = classes.byCode(body.classCode());
        return Response.created(URI.create("/api/v1/me/progress"))
                .entity(new Created(a.username, a.displayName, a.role, c.code)).build();
    }

    @Operation(summary = "Create a class (instructors)")
    @APIResponse(responseCode = "201", description = "The class and its join code", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClassView.class)))
    @POST
    @Path("classes")
    @RolesAllowed(Account.INSTRUCTOR)
    public Response createClass(@NotNull NewClass body) {
        Classroom c = classes.create(body.name(), current.get());
        return Response.created(URI.create("/api/v1/classes/" + c.code)).entity(ClassView.of(c)).build();
    }
}
