package org.agora.grading;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.grading.GradingPages.AnswerPage;
import org.agora.grading.GradingPages.Form;
import org.agora.grading.GradingViews.Answer;
import org.agora.grading.GradingViews.Queue;
import org.agora.grading.GradingViews.Ref;
import org.agora.language.Language;
import org.agora.web.Conflict;
import org.agora.web.Flash;
import org.agora.web.InvalidInput;
import org.agora.web.QueryFlags;

/**
 * The instructors' grading pages: a quiz's queue in a class, the grading view of one answer with
 * its form (saved with Post/Redirect/Get; refused saves show the form again with what was typed),
 * releasing a quiz's grades, and the class's grading settings. Everything is {@link GradingService}'s.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class GradingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Queue queue, String status);

        static native TemplateInstance answer(AnswerPage page);
    }

    private final ClassroomService classes;
    private final GradingService grading;
    private final CurrentAccount current;
    @Inject
    Language language;
    private final Flash flash;

    GradingResource(ClassroomService classes, GradingService grading, CurrentAccount current, Flash flash) {
        this.flash = flash;
        this.classes = classes;
        this.grading = grading;
        this.current = current;
    }

    @GET
    @Path("classes/{code}/quizzes/{id}/grading")
    public TemplateInstance queue(@PathParam("code") String code, @PathParam("id") String quizId,
            @QueryParam("released") String released, @Context UriInfo uri) {
        Queue queue = grading.queue(classroom(code), quizId);
        String status = null;
        if (released != null && released.matches("\\d{1,6}")) {
            int n = Integer.parseInt(released);
            status = language.staff().queue_status_released(n);
        } else if (QueryFlags.has(uri, "saved")) {
            status = queue.toGrade() == 0 ? language.staff().queue_status_saved_all() : language.staff().queue_status_saved();
        }
        return Templates.queue(queue, status);
    }

    @POST
    @Path("classes/{code}/quizzes/{id}/grading/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("code") String code, @PathParam("id") String quizId) {
        Classroom c = classroom(code);
        int n = grading.release(c, quizId);
        return Response.seeOther(URI.create(GradingPages.queue(c.code, quizId) + "?released=" + n)).build();
    }

    @GET
    @Path("classes/{code}/quizzes/{id}/grading/{attempt}/{question}")
    public TemplateInstance answer(@PathParam("code") String code, @PathParam("id") String quizId,
            @PathParam("attempt") String attempt, @PathParam("question") String question, @Context UriInfo uri) {
        Answer answer = grading.answer(classroom(code), quizId, attempt, question);
        return Templates.answer(AnswerPage.read(answer, QueryFlags.has(uri, "saved")));
    }

    /**
     * Saves the grade, then back to this answer or ({@code then=next}) on to the next one to grade,
     * or the queue when none is left. A save made on an older version is 409, bad fields 400: the
     * form again, with the grader's values.
     */
    @POST
    @Path("classes/{code}/quizzes/{id}/grading/{attempt}/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @PathParam("id") String quizId, @PathParam("attempt") String attempt,
            @PathParam("question") String question, MultivaluedMap<String, String> form) {
        Account me = current.get();
        Classroom c = classroom(code);
        Answer before = grading.answer(c, quizId, attempt, question);
        Form typed = Form.typed(form, before.rubric().size());
        try {
            Answer saved = grading.save(c, quizId, attempt, question, typed.input(), me);
            String to = GradingPages.link(saved.classCode(), saved.quiz(), new Ref(saved.attempt(), saved.question()));
            if ("next".equals(form.getFirst("then"))) {
                to = saved.nextToGrade() == null ? GradingPages.queue(saved.classCode(), saved.quiz())
                        : GradingPages.link(saved.classCode(), saved.quiz(), saved.nextToGrade());
            }
            return Response.seeOther(URI.create(to + "?saved")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.answer(new AnswerPage(before, typed, false, null, e.errors(language.locale())))).build();
        } catch (Conflict e) {
            Answer now = grading.answer(c, quizId, attempt, question);
            return Response.status(409)
                    .entity(Templates.answer(new AnswerPage(now, typed.on(now.grade().version()), false, language.say(e.text()), Map.of())))
                    .build();
        }
    }

    /** The class's grading settings: blind marking (a checkbox: absent is off) and when grades are released. */
    @POST
    @Path("classes/{code}/grading-settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settings(@PathParam("code") String code, @FormParam("blindMarking") String blindMarking,
            @FormParam("release") String release) {
        Classroom c = classes.setGrading(classroom(code).code, blindMarking != null, release);
        return flash.seeOther("/instructor/classes/" + c.code + "#grading", flash.msg().flash_grading_settings_saved());
    }

    private Classroom classroom(String code) {
        return classes.visibleTo(code, current.get());
    }
}
