package org.agora.scoreboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.grading.GradingService;
import org.agora.language.Board;
import org.agora.language.Language;
import org.agora.scoreboard.Scoreboard.Row;
import org.agora.scoreboard.ScoreboardService.Viewer;
import org.agora.web.NotFound;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The scoreboard page (sortable), the live projector view and its event stream, and the statistics page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
public class ScoreboardResource {

    /** A sortable column header: its key, label, and the sort state the page is in. */
    public record SortState(String by, boolean descending) {
        public String aria(String column) {
            return !column.equals(by) ? "none" : descending ? "descending" : "ascending";
        }

        public String link(String column) {
            boolean desc = column.equals(by) ? !descending : !column.equals("name") && !column.equals("rank");
            return "?sort=" + column + "&dir=" + (desc ? "desc" : "asc");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scoreboard(Scoreboard board, List<Row> rows, SortState sort, boolean instructor,
                List<GradingService.QuizCounts> grading, List<QuizSummary> distributions, boolean projector, Board texts);

        static native TemplateInstance projector(Classroom classroom, ProjectorView view, JoinPanel join);

        static native TemplateInstance stats(Classroom classroom, ItemStatistics stats, String histogram, boolean essays,
                Board texts);
    }

    private final ClassroomService classes;
    private final ScoreboardService boards;
    private final ScoreboardEvents events;
    private final StatisticsService statistics;
    private final CurrentAccount current;
    private final GradingService grading;
    private final Language language;

    ScoreboardResource(ClassroomService classes, ScoreboardService boards, ScoreboardEvents events,
            StatisticsService statistics, CurrentAccount current, GradingService grading, Language language) {
        this.language = language;
        this.classes = classes;
        this.boards = boards;
        this.events = events;
        this.statistics = statistics;
        this.current = current;
        this.grading = grading;
    }

    @GET
    @Path("classes/{code}/scoreboard")
    public TemplateInstance scoreboard(@PathParam("code") String code, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir) {
        Account me = current.get();
        Classroom c = classes.visibleTo(code, me);
        Scoreboard board = boards.board(c, Viewer.of(me));
        SortState state = new SortState(sort == null ? "rank" : sort, "desc".equals(dir));
        boolean projector = me.isInstructor() || c.sharesBoardWithStudents();
        return Templates.scoreboard(board, ScoreboardService.sorted(board.rows(), state.by(), state.descending()), state,
                me.isInstructor(), me.isInstructor() ? grading.summary(c) : List.of(),
                board.ownRowOnly() ? List.of() : QuizSummary.all(board), projector, language.board()); // a lone row's chart would show nothing new
    }

    /**
     * How to join, on the projector: the sign-up address with the class's code filled in, as text
     * and as a QR code. {@code auto}: shown because the class is empty (and hidden by the page's
     * script once someone joins), not because it was asked for. {@code toggle}: this view's address
     * with the panel the other way.
     */
    public record JoinPanel(boolean shown, boolean auto, String address, String qr, String toggle) {
    }

    /**
     * The projector: the class's top rows, or with {@code quiz} one quiz's submissions and score
     * distribution. {@code join=1} shows how to join, {@code join=0} hides it; by default it shows
     * while the class is empty.
     */
    @GET
    @Path("classes/{code}/projector")
    public TemplateInstance projector(@PathParam("code") String code, @QueryParam("quiz") String quiz,
            @QueryParam("join") String join, @Context UriInfo uri) {
        Classroom c = classes.projectorVisibleTo(code, current.get());
        ProjectorView view = view(c, quiz);
        String address = uri.getBaseUriBuilder().path("signup").queryParam("code", c.code).build().toString();
        boolean asked = "1".equals(join);
        boolean shown = asked || (!"0".equals(join) && view.learners() == 0);
        String toggle = "/classes/" + c.code + "/projector?" + (quiz == null ? "" : "quiz=" + view.quiz().id() + "&")
                + "join=" + (shown ? 0 : 1);
        return Templates.projector(c, view, new JoinPanel(shown, shown && !asked, address,
                shown ? QrSvg.of(address, language.board().projector_qr(address)) : "", toggle));
    }

    /** Server-Sent Events: the projector board now, then on every change (from any instance), until the viewer signs out. */
    @GET
    @Path("classes/{code}/projector/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN) // each event's data is the board as JSON text
    @Blocking
    public Multi<String> projectorEvents(@PathParam("code") String code, @QueryParam("quiz") String quiz) {
        Account me = current.get();
        Classroom c = classes.projectorVisibleTo(code, me);
        view(c, quiz); // an unknown quiz is 404 before the stream starts
        return events.stream(c, me, quiz, language.tag());
    }

    /** The projector's view, of one quiz when {@code quiz} is set: 404 when no such quiz is offered. */
    private ProjectorView view(Classroom c, String quiz) {
        ProjectorView view = ProjectorView.of(boards.board(c, Viewer.PROJECTOR), quiz, language.board());
        if (quiz != null && view.quiz() == null) {
            throw new NotFound((t, l) -> t.content_no_quiz(quiz));
        }
        return view;
    }

    @GET
    @Path("classes/{code}/quizzes/{id}/stats")
    @RolesAllowed(Account.INSTRUCTOR)
    public TemplateInstance stats(@PathParam("code") String code, @PathParam("id") String quizId) {
        Classroom c = classes.visibleTo(code, current.get());
        ItemStatistics s = statistics.of(c, quizId);
        Board texts = language.board();
        return Templates.stats(c, s, Histogram.svg(s.histogram(), texts.stats_histogram(), texts), grading.hasEssays(quizId), texts);
    }
}
