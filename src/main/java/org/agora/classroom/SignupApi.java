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

/** {@code POST /api/v1/signup} and {@code POST /api/v1/classes}. JSON only, so cross-site forms cannot reach it. */
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupApi {

    public record SignupRequest(String classCode, String username, String password, String displayName) {
    }

    public record Created(String username, String displayName, String role, String classCode) {
    }

    public record NewClass(String name) {
    }

    public record ClassView(String code, String name, String privacy) {
        static ClassView of(Classroom c) {
            return new ClassView(c.code, c.name, c.privacy);
        }
    }

    private final ClassroomService classes;
    private final CurrentAccount current;

    SignupApi(ClassroomService classes, CurrentAccount current) {
        this.classes = classes;
        this.current = current;
    }

    @POST
    @Path("signup")
    public Response signup(@NotNull SignupRequest body) {
        Account a = classes.signUp(body.classCode(), new NewAccount(body.username(), body.password(), body.displayName()));
        Classroom c = classes.byCode(body.classCode());
        return Response.created(URI.create("/api/v1/me/progress"))
                .entity(new Created(a.username, a.displayName, a.role, c.code)).build();
    }

    @POST
    @Path("classes")
    @RolesAllowed(Account.INSTRUCTOR)
    public Response createClass(@NotNull NewClass body) {
        Classroom c = classes.create(body.name(), current.get());
        return Response.created(URI.create("/api/v1/classes/" + c.code)).entity(ClassView.of(c)).build();
    }
}
