package org.agora.learner;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.learner.LearnerViews.AttemptReview;
import org.agora.learner.LearnerViews.LearnerRecord;
import org.agora.learner.LearnerViews.QuizRecord;
import org.agora.web.Conflict;
import org.agora.web.InvalidInput;
import org.agora.web.QueryFlags;

/**
 * The instructors' pages of a learner's record and of one attempt reviewed, with the two actions
 * as forms (Post/Redirect/Get; a refused reopening shows the attempt again with why). Everything is
 * {@link LearnerRecordService}'s.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class LearnerResource {

    /** The reopen form's suggestion: an hour from now, in the server's time zone as the pages show times. */
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance learner(LearnerRecord record, String status);

        static native TemplateInstance attempt(AttemptReview review, String status, String error, String until);
    }

    private final LearnerRecordService records;
    private final CurrentAccount current;

    LearnerResource(LearnerRecordService records, CurrentAccount current) {
        this.records = records;
        this.current = current;
    }

    /** The record page's link. */
    public static String link(String code, String username) {
        return "/instructor/classes/" + code + "/learners/" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    @GET
    @Path("classes/{code}/learners/{username}")
    public TemplateInstance learner(@PathParam("code") String code, @PathParam("username") String username,
            @QueryParam("granted") String granted) {
        LearnerRecord record = records.record(code, username, current.get());
        String status = null;
        if (granted != null) {
            status = record.quizzes().stream().filter(q -> q.id().equals(granted)).findFirst()
                    .map(q -> "One more attempt granted at " + q.title() + ": " + q.attemptsAllowed() + " allowed now.")
                    .orElse(null);
        }
        return Templates.learner(record, status);
    }

    @POST
    @Path("classes/{code}/learners/{username}/extra-attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("code") String code, @PathParam("username") String username,
            @FormParam("quiz") String quiz) {
        Account me = current.get();
        QuizRecord granted = records.grantAttempt(code, username, quiz, me);
        LearnerRecord record = records.record(code, username, me);
        return Response.seeOther(URI.create(link(record.classCode(), record.learner().username()) + "?granted="
                + URLEncoder.encode(granted.id(), StandardCharsets.UTF_8) + "#quiz-" + granted.id())).build();
    }

    @GET
    @Path("classes/{code}/learners/{username}/attempts/{attempt}")
    public TemplateInstance attempt(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("attempt") String attempt, @Context UriInfo uri) {
        AttemptReview review = records.review(code, username, attempt, current.get());
        String status = QueryFlags.has(uri, "reopened") && review.open() ? "Reopened: the learner can resume it and answer until its new closing time."
                : null;
        return Templates.attempt(review, status, null, suggestion());
    }

    /**
     * Reopens the attempt until the form's {@code until}: a date and time in the server's time zone
     * (what a {@code datetime-local} field sends), or an ISO-8601 instant. A refusal shows the
     * attempt again with why: 400 for the time, 409 for the attempt.
     */
    @POST
    @Path("classes/{code}/learners/{username}/attempts/{attempt}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("attempt") String attempt, @FormParam("until") String until) {
        Account me = current.get();
        try {
            AttemptReview r = records.reopen(code, username, attempt, instant(until), me);
            return Response.seeOther(URI.create(link(r.classCode(), r.learner().username()) + "/attempts/" + r.attempt() + "?reopened"))
                    .build();
        } catch (InvalidInput e) {
            return refused(400, code, username, attempt, String.join(" ", e.errors().values()), until, me);
        } catch (Conflict e) {
            return refused(409, code, username, attempt, e.getMessage(), until, me);
        }
    }

    private Response refused(int status, String code, String username, String attempt, String why, String until, Account me) {
        AttemptReview review = records.review(code, username, attempt, me);
        return Response.status(status).entity(Templates.attempt(review, null, why, until == null ? suggestion() : until)).build();
    }

    /** The form's local date and time as an instant; anything else goes on as typed, for the service to refuse. */
    static String instant(String until) {
        if (until == null || until.isBlank()) {
            return until;
        }
        try {
            return LocalDateTime.parse(until.strip()).atZone(ZoneId.systemDefault()).toInstant().toString();
        } catch (DateTimeParseException notLocal) {
            return until;
        }
    }

    private static String suggestion() {
        return LOCAL_MINUTE.format(Instant.now().plus(1, ChronoUnit.HOURS).atZone(ZoneId.systemDefault()));
    }
}
