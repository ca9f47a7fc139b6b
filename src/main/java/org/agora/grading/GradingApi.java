package org.agora.grading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.grading.GradingService.GradeInput;
import org.agora.grading.GradingViews.Answer;
import org.agora.grading.GradingViews.Queue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/classes/{code}/...}: grading essay answers (instructors). */
// At /api/v1 like every API class: a longer class path would hide the other classes/{code} resources.
@Path("/api/v1")
@Tag(name = "Grading")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class GradingApi {

    public record Settings(Boolean blindMarking, String release) {
    }

    public record Released(int released) {
    }

    private final ClassroomService classes;
    private final GradingService grading;
    private final CurrentAccount current;

    GradingApi(ClassroomService classes, GradingService grading, CurrentAccount current) {
        this.classes = classes;
        this.grading = grading;
        this.current = current;
    }

    @Operation(summary = "The quizzes of the class with essay answers, and how many wait for a grade")
    @GET
    @Path("classes/{code}/grading")
    public List<GradingService.QuizCounts> summary(@PathParam("code") String code) {
        return grading.summary(classes.visibleTo(code, current.get()));
    }

    @Operation(summary = "The class's grading settings: blind marking, and grades released as graded or per quiz")
    @PUT
    @Path("classes/{code}/grading-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Settings settings(@PathParam("code") String code, Settings body) {
        classes.visibleTo(code, current.get());
        Classroom c = classes.setGrading(code, body == null ? null : body.blindMarking(), body == null ? null : body.release());
        return new Settings(c.blindMarking, c.gradeRelease);
    }

    @Operation(summary = "The grading queue of a quiz: its essay answers, oldest first, with counts")
    @GET
    @Path("classes/{code}/quizzes/{id}/grading")
    public Queue queue(@PathParam("code") String code, @PathParam("id") String quizId) {
        return grading.queue(classes.visibleTo(code, current.get()), quizId);
    }

    @Operation(summary = "One answer to grade: the question, rubric, answer, grade and its history")
    @GET
    @Path("classes/{code}/quizzes/{id}/grading/{attempt}/{question}")
    public Answer answer(@PathParam("code") String code, @PathParam("id") String quizId, @PathParam("attempt") String attempt,
            @PathParam("question") String question) {
        return grading.answer(classes.visibleTo(code, current.get()), quizId, attempt, question);
    }

    @Operation(summary = "Save a grade, made on the grade's current version")
    @APIResponse(responseCode = "200", description = "Saved: the answer with its new grade")
    @APIResponse(responseCode = "409", description = "The grade changed since that version was read")
    @PUT
    @Path("classes/{code}/quizzes/{id}/grading/{attempt}/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Answer save(@PathParam("code") String code, @PathParam("id") String quizId, @PathParam("attempt") String attempt,
            @PathParam("question") String question, GradeInput body) {
        Account me = current.get();
        if (body == null) {
            throw new org.agora.web.InvalidInput("body", (t, l) -> t.send_shape("{\"version\", \"points\" or \"criteria\", \"comment\"}"));
        }
        return grading.save(classes.visibleTo(code, me), quizId, attempt, question, body, me);
    }

    @Operation(summary = "Release the quiz's grades saved so far to their learners")
    @POST
    @Path("classes/{code}/quizzes/{id}/grading/release")
    public Released release(@PathParam("code") String code, @PathParam("id") String quizId) {
        return new Released(grading.release(classes.visibleTo(code, current.get()), quizId));
    }
}
