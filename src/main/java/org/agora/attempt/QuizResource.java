package org.agora.attempt;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.attempt.AttemptViews.AttemptSummary;
import org.agora.quiz.QuizCatalog;
import org.agora.quiz.QuizCatalog.QuizOverview;

/** Quiz pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(QuizOverview overview, Account learner, List<AttemptSummary> attempts,
                AttemptSummary open, boolean canStart);
    }

    private final QuizCatalog catalog;
    private final AttemptService attempts;
    private final CurrentAccount current;

    QuizResource(QuizCatalog catalog, AttemptService attempts, CurrentAccount current) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.current = current;
    }

    @GET
    @Path("quizzes/{id}")
    public TemplateInstance overview(@PathParam("id") String id) {
        QuizOverview overview = catalog.overview(id);
        Account me = current.orNull();
        if (me == null || me.isInstructor()) {
            return Templates.overview(overview, me, List.of(), null, false);
        }
        List<AttemptSummary> mine = attempts.attempts(me, overview.quiz().id());
        AttemptSummary open = mine.stream().filter(AttemptSummary::open).findFirst().orElse(null);
        int allowed = attempts.allowed(me.id, overview.quiz());
        return Templates.overview(overview, me, mine, open, open == null && (allowed == 0 || mine.size() < allowed));
    }
}
