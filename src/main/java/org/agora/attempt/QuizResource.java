package org.agora.attempt;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.attempt.AttemptViews.AttemptSummary;
import org.agora.language.Language;
import org.agora.quiz.QuizCatalog;
import org.agora.schedule.ScheduleService;
import org.agora.schedule.Window;
import org.agora.quiz.QuizCatalog.QuizOverview;

/** Quiz pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(QuizOverview overview, Account learner, List<AttemptSummary> attempts,
                AttemptSummary open, boolean canStart, ScheduleService.Shown window, Duration yourTimeLimit,
                Integer yourAttempts);
    }

    private final QuizCatalog catalog;
    private final AttemptService attempts;
    private final CurrentAccount current;
    private final ScheduleService schedules;
    private final Language language;

    QuizResource(QuizCatalog catalog, AttemptService attempts, CurrentAccount current, ScheduleService schedules,
            Language language) {
        this.language = language;
        this.catalog = catalog;
        this.attempts = attempts;
        this.current = current;
        this.schedules = schedules;
    }

    @GET
    @Path("quizzes/{id}")
    public TemplateInstance overview(@PathParam("id") String id) {
        QuizOverview overview = catalog.overview(id);
        Account me = current.orNull();
        if (me == null || me.isInstructor()) {
            return Templates.overview(overview, me, List.of(), null, false, null, null, null);
        }
        List<AttemptSummary> mine = attempts.attempts(me, overview.quiz().id());
        AttemptSummary open = mine.stream().filter(AttemptSummary::open).findFirst().orElse(null);
        int allowed = attempts.allowed(me.id, overview.quiz());
        Window learners = schedules.window(me.id, overview.quiz().id()); // read once: dates, limit and state
        ScheduleService.Shown window = ScheduleService.shown(learners, language.locale());
        boolean inWindow = window == null || !window.notYetOpen() && !window.closed();
        // The learner's own limit and attempts where extra time, an override or a grant changed them.
        Duration quizLimit = overview.quiz().timeLimit();
        Duration limit = learners.timeLimit(quizLimit);
        return Templates.overview(overview, me, mine, open, open == null && inWindow && (allowed == 0 || mine.size() < allowed),
                window, Objects.equals(limit, quizLimit) ? null : limit, allowed == overview.quiz().attempts() ? null : allowed);
    }
}
