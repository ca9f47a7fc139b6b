package org.agora.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.account.CurrentAccount;
import org.agora.account.NewAccount;
import org.agora.grading.GradingService;
import org.agora.language.Language;
import org.agora.schedule.ScheduleService;
import org.agora.web.Conflict;
import org.agora.web.Flash;
import org.agora.web.InvalidInput;

/** The instructor's pages: classes, their members, password resets, and other instructors. */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorResource {

    /** A password shown once, right after it was set. */
    public record Revealed(String username, String password) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Classroom> classes, List<Account> instructors,
                Map<String, String> errors);

        static native TemplateInstance classroom(Classroom classroom, List<Account> members,
                List<GradingService.QuizCounts> grading, ScheduleService.ClassSchedule schedule);

        static native TemplateInstance confirmReset(Classroom classroom, Account student);

        static native TemplateInstance newPassword(Classroom classroom, Account student, Revealed revealed);

        static native TemplateInstance instructorPassword(Account instructor, Revealed revealed);
    }

    private final ClassroomService classes;
    private final AccountService accounts;
    private final CurrentAccount current;
    private final GradingService grading;
    private final ScheduleService schedules;
    private final Flash flash;
    private final RevealedPasswords revealing;
    private final Language language;

    InstructorResource(ClassroomService classes, AccountService accounts, CurrentAccount current, GradingService grading,
            ScheduleService schedules, Flash flash, RevealedPasswords revealing, Language language) {
        this.language = language;
        this.classes = classes;
        this.accounts = accounts;
        this.current = current;
        this.grading = grading;
        this.schedules = schedules;
        this.flash = flash;
        this.revealing = revealing;
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(Classroom.allByName(), accounts.instructors(), Map.of());
    }

    @POST
    @Path("classes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createClass(@FormParam("name") String name) {
        try {
            Classroom c = classes.create(name, current.get());
            return flash.seeOther("/instructor/classes/" + c.code, flash.msg().flash_classroom_created(c.name, c.code));
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.dashboard(Classroom.allByName(), accounts.instructors(), e.errors(language.locale()))).build();
        }
    }

    /** Creates, then redirects to the page that shows the password once, as the reset does: a reload creates nothing. */
    @POST
    @Path("instructors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInstructor(@FormParam("username") String username, @FormParam("displayName") String displayName) {
        String password = org.agora.account.Passwords.generate();
        try {
            Account a = accounts.create(new NewAccount(username, password, displayName), Account.INSTRUCTOR);
            return revealAt(instructorPasswordPage(a), a, password);
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.dashboard(Classroom.allByName(), accounts.instructors(), e.errors(language.locale()))).build();
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.dashboard(Classroom.allByName(), accounts.instructors(),
                    Map.of("username", language.say(e.text())))).build();
        }
    }

    @GET
    @Path("classes/{code}")
    public TemplateInstance classroom(@PathParam("code") String code) {
        Classroom c = classes.byCode(code);
        return Templates.classroom(c, classes.members(c), grading.summary(c), schedules.classSchedule(c, language.locale()));
    }

    /** The question before a reset: it signs the student out and their old password stops working. */
    @GET
    @Path("classes/{code}/members/{id}/reset-password")
    public TemplateInstance confirmReset(@PathParam("code") String code, @PathParam("id") long accountId) {
        Classroom c = classes.byCode(code);
        return Templates.confirmReset(c, classes.memberToReset(c, accountId));
    }

    /** Resets, then redirects to the page that shows the new password once: a reload never resets again. */
    @POST
    @Path("classes/{code}/members/{id}/reset-password")
    public Response resetPassword(@PathParam("code") String code, @PathParam("id") long accountId) {
        Classroom c = classes.byCode(code);
        Account student = classes.memberToReset(c, accountId);
        return revealAt(newPasswordPage(c, student), student, accounts.resetPassword(student.id));
    }

    private Response revealAt(String page, Account owner, String password) {
        revealing.hold(page, owner, password, current.get());
        return Response.seeOther(URI.create(page)).build();
    }

    @GET
    @Path("classes/{code}/members/{id}/new-password")
    public TemplateInstance newPassword(@PathParam("code") String code, @PathParam("id") long accountId) {
        Classroom c = classes.byCode(code);
        Account student = classes.memberToReset(c, accountId);
        String password = revealing.take(newPasswordPage(c, student), student, current.get());
        return Templates.newPassword(c, student, password == null ? null : new Revealed(student.username, password));
    }

    private static String newPasswordPage(Classroom c, Account student) {
        return "/instructor/classes/" + c.code + "/members/" + student.id + "/new-password";
    }

    @GET
    @Path("instructors/{id}/new-password")
    public TemplateInstance instructorPassword(@PathParam("id") long accountId) {
        Account instructor = accounts.instructor(accountId);
        String password = revealing.take(instructorPasswordPage(instructor), instructor, current.get());
        return Templates.instructorPassword(instructor, password == null ? null : new Revealed(instructor.username, password));
    }

    private static String instructorPasswordPage(Account instructor) {
        return "/instructor/instructors/" + instructor.id + "/new-password";
    }

    @POST
    @Path("classes/{code}/privacy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response privacy(@PathParam("code") String code, @FormParam("privacy") String privacy,
            @FormParam("studentBoard") String studentBoard) {
        classes.setPrivacy(code, privacy, studentBoard);
        return flash.seeOther("/instructor/classes/" + classes.byCode(code).code, flash.msg().flash_classroom_privacy_saved());
    }
}
