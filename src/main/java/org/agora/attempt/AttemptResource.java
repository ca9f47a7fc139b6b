package org.agora.attempt;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.attempt.AttemptPages.ReviewPage;
import org.agora.attempt.AttemptPages.TakePage;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.language.Language;
import org.agora.web.Conflict;
import org.agora.web.InvalidInput;
import org.agora.web.QueryFlags;

/**
 * Taking a quiz in the browser. The page is one form that works without JavaScript (save, submit,
 * move an ordering item, and on a one-per-page quiz go to another question, saving on the way);
 * with JavaScript each answer is saved through the API as it changes.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
// Instructors reach their previews here (and only those: see AttemptService.owned); only students start attempts.
@RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
public class AttemptResource {

    @CheckedTemplate
    static class Templates {
        /** {@code timeZone}: the learner's class's, in which the page writes its times. */
        static native TemplateInstance take(TakePage page, String timeZone);

        static native TemplateInstance review(ReviewPage page, String timeZone);
    }

    private final AttemptService attempts;
    private final CurrentAccount current;
    private final Language language;

    AttemptResource(AttemptService attempts, CurrentAccount current, Language language) {
        this.attempts = attempts;
        this.current = current;
        this.language = language;
    }

    @POST
    @RolesAllowed(Account.STUDENT)
    @Path("quizzes/{id}/start")
    public Response start(@PathParam("id") String quizId) {
        Account me = current.get();
        try {
            return go(attempts.start(me, quizId).view().attempt());
        } catch (Conflict e) {
            // A double click raced with itself: the other request started it; resume that one.
            return Attempt.findOpen(me.id, quizId, Instant.now()).map(a -> go(a.id)).orElseThrow(() -> e);
        }
    }

    @GET
    @Path("attempts/{attempt}")
    public Response take(@PathParam("attempt") String attemptId, @Context UriInfo uri) {
        Account me = current.get();
        AttemptView view = attempts.get(me, attemptId);
        if (!view.submitted() && view.deadline() != null && !Instant.now().isBefore(view.deadline())) {
            attempts.submit(me, attemptId); // time ran out while away: close it now rather than wait for the job
            return Response.seeOther(URI.create("/attempts/" + attemptId + "/review?late=1")).build();
        }
        if (view.submitted()) {
            return Response.seeOther(URI.create("/attempts/" + attemptId + "/review")).build();
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return Response.ok(Templates.take(AttemptPages.take(view, query.getFirst("q"), QueryFlags.has(uri, "saved"),
                query.getFirst("moved"), Instant.now()), attempts.timeZone(me, view.quiz()))).build();
    }

    @POST
    @Path("attempts/{attempt}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("attempt") String attemptId, MultivaluedMap<String, String> form) {
        Account me = current.get();
        AttemptView view = attempts.get(me, attemptId);
        if (view.submitted()) {
            return Response.seeOther(URI.create("/attempts/" + attemptId + "/review")).build();
        }
        int current = AttemptPages.shownIn(view, form);
        Map<String, AnswerBody> answers = AttemptPages.answersFrom(view, form, current);
        try {
            attempts.saveAll(me, attemptId, answers);
        } catch (InvalidInput e) {
            // An answer breaks a limit (an essay too long, say): nothing was saved; show the form as posted.
            return Response.status(400).entity(Templates.take(AttemptPages.refused(view, answers, language.say(e.text()), current,
                    Instant.now()), attempts.timeZone(me, view.quiz()))).build();
        } catch (Conflict late) {
            // Past the deadline: nothing from this form counts; close with what was saved in time.
            attempts.submit(me, attemptId);
            return Response.seeOther(URI.create("/attempts/" + attemptId + "/review?late=1")).build();
        }
        if ("submit".equals(form.getFirst("action"))) {
            attempts.submit(me, attemptId);
            return Response.seeOther(URI.create("/attempts/" + attemptId + "/review")).build();
        }
        return Response.seeOther(URI.create("/attempts/" + attemptId + AttemptPages.after(form, current, view.questions().size())))
                .build();
    }

    @GET
    @Path("attempts/{attempt}/review")
    public Response review(@PathParam("attempt") String attemptId, @Context UriInfo uri) {
        AttemptView view = attempts.get(current.get(), attemptId);
        if (!view.submitted()) {
            return go(attemptId);
        }
        return Response.ok(Templates.review(AttemptPages.review(view, QueryFlags.has(uri, "late")),
                attempts.timeZone(current.get(), view.quiz()))).build();
    }

    private static Response go(String attemptId) {
        return Response.seeOther(URI.create("/attempts/" + attemptId)).build();
    }
}
