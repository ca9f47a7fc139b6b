package org.agora.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.account.CurrentAccount;
import org.agora.account.NewAccount;
import org.agora.account.SessionStart;
import org.agora.content.Lesson;
import org.agora.language.Language;
import org.agora.lesson.LessonService;
import org.agora.web.Conflict;
import org.agora.web.Flash;
import org.agora.web.InvalidInput;
import org.agora.web.NotFound;

/** Student sign-up with a join code, and joining more classes. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignupResource {

    /** What the sign-up form shows again after an error (never the password). */
    public record SignupForm(String classCode, String username, String displayName, Map<String, String> errors, String message) {
        static SignupForm empty(String code) {
            return new SignupForm(code == null ? "" : code, "", "", Map.of(), null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(SignupForm form);

        static native TemplateInstance classes(List<Classroom> classes, String error);
    }

    private final ClassroomService classes;
    private final AccountService accounts;
    private final CurrentAccount current;
    private final SessionStart sessions;
    private final LessonService lessons;
    private final Flash flash;
    private final RoutingContext http;
    private final Language language;

    SignupResource(ClassroomService classes, AccountService accounts, CurrentAccount current, SessionStart sessions,
            LessonService lessons, Flash flash, RoutingContext http, Language language) {
        this.classes = classes;
        this.accounts = accounts;
        this.current = current;
        this.sessions = sessions;
        this.lessons = lessons;
        this.flash = flash;
        this.http = http;
        this.language = language;
    }

    @GET
    @Path("signup")
    public TemplateInstance form(@QueryParam("code") String code) {
        return Templates.signup(SignupForm.empty(code));
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@FormParam("classCode") String code, @FormParam("username") String username,
            @FormParam("password") String password, @FormParam("displayName") String displayName) {
        try {
            Account student = classes.signUp(code, new NewAccount(username, password, displayName));
            // Signed in at once, and on to the first lesson (the class's list when there is none).
            sessions.signIn(student, http);
            Classroom c = classes.byCode(code);
            List<Lesson> all = lessons.lessons();
            if (all.isEmpty()) {
                return flash.seeOther("/classes", flash.msg().flash_signup_welcome(student.displayName, c.name));
            }
            return flash.seeOther("/lessons/" + all.get(0).id(), flash.msg().flash_signup_welcome_first_lesson(student.displayName, c.name));
        } catch (InvalidInput e) {
            return again(code, username, displayName, e.errors(language.locale()), null);
        } catch (NotFound e) {
            return again(code, username, displayName, Map.of("classCode", language.pages().signup_no_such_code()), null);
        } catch (Conflict e) {
            return again(code, username, displayName, Map.of("username", language.say(e.text())), null);
        }
    }

    private Response again(String code, String username, String displayName, Map<String, String> errors, String message) {
        return Response.status(400)
                .entity(Templates.signup(new SignupForm(nz(code), nz(username), nz(displayName), errors, message))).build();
    }

    @GET
    @Path("classes")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public TemplateInstance myClasses() {
        return Templates.classes(Classroom.ofMember(current.get().id), null);
    }

    @POST
    @Path("classes")
    @RolesAllowed(Account.STUDENT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@FormParam("classCode") String code) {
        Account me = current.get();
        try {
            Classroom c = classes.join(code, me);
            return flash.seeOther("/classes", flash.msg().flash_classes_joined(c.name, c.code));
        } catch (NotFound e) {
            return Response.status(404).entity(Templates.classes(Classroom.ofMember(me.id),
                    language.api().classroom_no_such_code(nz(code)))).build();
        }
    }

    @POST
    @Path("classes/nickname")
    @RolesAllowed(Account.STUDENT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nickname(@FormParam("nickname") String nickname) {
        Account me = current.get();
        try {
            accounts.updateNickname(me, nickname);
            return flash.seeOther("/classes", flash.msg().flash_classes_nickname_saved());
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.classes(Classroom.ofMember(me.id), language.say(e.text()))).build();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
