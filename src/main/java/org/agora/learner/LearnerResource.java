package org.agora.learner;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.agora.language.Language;
import org.agora.web.Conflict;
import org.agora.web.Flash;
import org.agora.web.InvalidInput;
import org.agora.schedule.ScheduleService;

/**
 * The instructors' pages of a learner's record and of one attempt reviewed, with the actions as
 * forms (Post/Redirect/Get, the outcome said by the next page's {@link Flash}; a refusal shows
 * the page again with why): granting an attempt,
 * reopening one, extra time and a quiz's overrides. Everything is {@link LearnerRecordService}'s
 * and {@link AccommodationService}'s.
 */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class LearnerResource {

    /** The reopen form's suggestion: an hour from now, in the server's time zone as the pages show times. */
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance learner(LearnerRecord record, String error);

        static native TemplateInstance attempt(AttemptReview review, String error, String until);
    }

    private final LearnerRecordService records;
    private final AccommodationService accommodations;
    private final CurrentAccount current;
    private final Flash flash;
    @Inject
    Language language;

    LearnerResource(LearnerRecordService records, AccommodationService accommodations, CurrentAccount current, Flash flash) {
        this.records = records;
        this.accommodations = accommodations;
        this.current = current;
        this.flash = flash;
    }

    /** The record page's link. */
    public static String link(String code, String username) {
        return "/instructor/classes/" + code + "/learners/" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    @GET
    @Path("classes/{code}/learners/{username}")
    public TemplateInstance learner(@PathParam("code") String code, @PathParam("username") String username) {
        return Templates.learner(records.record(code, username, current.get()), null);
    }

    @POST
    @Path("classes/{code}/learners/{username}/extra-attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("code") String code, @PathParam("username") String username,
            @FormParam("quiz") String quiz) {
        Account me = current.get();
        QuizRecord granted = records.grantAttempt(code, username, quiz, me);
        LearnerRecord record = records.record(code, username, me);
        return flash.seeOther(link(record.classCode(), record.learner().username()) + "#quiz-" + granted.id(),
                language.staff().learner_status_granted(granted.title(), granted.attemptsAllowed()));
    }

    /** The extra-time form: a whole percentage (blank: none). A refusal shows the record again with why. */
    @POST
    @Path("classes/{code}/learners/{username}/extra-time")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extraTime(@PathParam("code") String code, @PathParam("username") String username,
            @FormParam("extraTimePercent") String percent) {
        Account me = current.get();
        try {
            LearnerViews.ExtraTime saved = accommodations.setExtraTime(code, username,
                    whole("extraTimePercent", percent, 0), me);
            return flash.seeOther(link(saved.classCode(), saved.username()) + "#accommodations",
                    saved.extraTimePercent() == 0 ? language.staff().learner_status_extra_removed()
                            : language.staff().learner_status_extra_saved(saved.extraTimePercent()));
        } catch (InvalidInput e) {
            return Response.status(400)
                    .entity(Templates.learner(records.record(code, username, me), e.all(language.locale())))
                    .build();
        }
    }

    /**
     * One quiz's override form: attempts allowed, a time limit in minutes and a closing time in
     * the class's time zone, each blank for the quiz's or the class's; {@code clear} removes them.
     */
    @POST
    @Path("classes/{code}/learners/{username}/quizzes/{quiz}/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("quiz") String quiz, @FormParam("attempts") String attempts, @FormParam("timeLimitMinutes") String minutes,
            @FormParam("closesAt") String closesAt, @FormParam("clear") String clear) {
        Account me = current.get();
        LearnerRecord record = records.record(code, username, me);
        try {
            LearnerViews.Override saved;
            if (clear != null) {
                saved = accommodations.clearOverride(code, username, quiz, me);
            } else {
                Integer limitMinutes = whole("timeLimitMinutes", minutes, null);
                saved = accommodations.setOverride(code, username, quiz, whole("attempts", attempts, null),
                        limitMinutes == null ? null : limitMinutes * 60L,
                        ScheduleService.parseLocal("closesAt", closesAt, ZoneId.of(record.timeZone())), me);
            }
            return flash.seeOther(link(record.classCode(), record.learner().username()) + "#quiz-" + saved.quiz(),
                    language.staff().learner_status_overrides(saved.title()));
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.learner(record, e.all(language.locale()))).build();
        }
    }

    /** A whole number typed in a form; blank is {@code blank}. */
    private static Integer whole(String field, String value, Integer blank) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, (t, l) -> t.learner_whole_number(value));
        }
    }

    @GET
    @Path("classes/{code}/learners/{username}/attempts/{attempt}")
    public TemplateInstance attempt(@PathParam("code") String code, @PathParam("username") String username,
            @PathParam("attempt") String attempt) {
        return Templates.attempt(records.review(code, username, attempt, current.get()), null, suggestion());
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
            return flash.seeOther(link(r.classCode(), r.learner().username()) + "/attempts/" + r.attempt(),
                    language.staff().attempt_status_reopened());
        } catch (InvalidInput e) {
            return refused(400, code, username, attempt, e.all(language.locale()), until, me);
        } catch (Conflict e) {
            return refused(409, code, username, attempt, language.say(e.text()), until, me);
        }
    }

    private Response refused(int status, String code, String username, String attempt, String why, String until, Account me) {
        AttemptReview review = records.review(code, username, attempt, me);
        return Response.status(status).entity(Templates.attempt(review, why, until == null ? suggestion() : until)).build();
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
