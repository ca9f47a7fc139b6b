package org.agora.regrade;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.content.Quiz;
import org.agora.language.Language;
import org.agora.quiz.QuizCatalog;
import org.agora.regrade.RegradeVersions.Version;
import org.agora.regrade.RegradeViews.Report;
import org.agora.regrade.RegradeViews.Request;
import org.agora.web.Conflict;
import org.agora.web.InvalidInput;

/**
 * The instructor's page for one quiz in one class: the versions its attempts are on, what changed
 * from each to the current version, and the regrade form. Its first button runs a dry run and shows
 * the table; the table's button commits exactly that (the same mode, questions and version).
 */
@Path("/classes/{code}/quizzes/{id}/regrade")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.INSTRUCTOR)
public class RegradeResource {

    /** A question of the current version, as a checkbox of the form. */
    public record Choice(String id, String title, boolean checked) {
    }

    /** The page: {@code report} after a dry run or a commit, {@code error} when the form was refused. */
    public record Page(Classroom classroom, Quiz quiz, List<Version> versions, List<Choice> questions, String mode,
            Report report, String error) {

        public boolean isMode(String key) {
            return key.equals(mode);
        }

        public boolean canCommit() {
            return report != null && report.dryRun() && report.changed() > 0;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page);
    }

    private final ClassroomService classes;
    private final QuizCatalog catalog;
    private final RegradeVersions versions;
    private final RegradeService regrades;
    private final CurrentAccount current;
    private final Language language;

    RegradeResource(ClassroomService classes, QuizCatalog catalog, RegradeVersions versions, RegradeService regrades,
            CurrentAccount current, Language language) {
        this.language = language;
        this.classes = classes;
        this.catalog = catalog;
        this.versions = versions;
        this.regrades = regrades;
        this.current = current;
    }

    @GET
    public TemplateInstance page(@PathParam("code") String code, @PathParam("id") String quizId) {
        Classroom c = classes.visibleTo(code, current.get());
        return Templates.page(page(c, catalog.quiz(quizId), RegradeMode.NORMAL.key, Set.of(), null, null));
    }

    /** {@code action=preview} runs a dry run, {@code action=commit} commits; {@code mode}, {@code q} (question ids) and {@code version} as in the API. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("code") String code, @PathParam("id") String quizId, MultivaluedMap<String, String> form) {
        Account me = current.get();
        Classroom c = classes.visibleTo(code, me);
        Quiz quiz = catalog.quiz(quizId);
        String mode = form.getFirst("mode");
        List<String> chosen = form.getOrDefault("q", List.of());
        boolean commit = "commit".equals(form.getFirst("action"));
        Request request = new Request(!commit, mode, chosen.isEmpty() ? null : chosen, form.getFirst("version"));
        try {
            Report report = regrades.regrade(c, quizId, request, me, language.locale());
            return Response.ok(Templates.page(page(c, quiz, mode, Set.copyOf(chosen), report, null))).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.page(page(c, quiz, mode, Set.copyOf(chosen), null,
                    e.all(language.locale())))).build();
        } catch (Conflict e) {
            return Response.status(409).entity(Templates.page(page(c, quiz, mode, Set.copyOf(chosen), null, language.say(e.text()))))
                    .build();
        }
    }

    private Page page(Classroom c, Quiz quiz, String mode, Set<String> chosen, Report report, String error) {
        List<Choice> questions = quiz.questions().stream()
                .map(q -> new Choice(q.id(), q.titleText(), chosen.contains(q.id()))).toList();
        return new Page(c, quiz, versions.of(c, quiz), questions, mode, report, error);
    }
}
