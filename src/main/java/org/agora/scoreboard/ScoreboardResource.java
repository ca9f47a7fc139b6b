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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.grading.GradingService;
import org.agora.scoreboard.Scoreboard.Row;
import org.agora.scoreboard.ScoreboardEvents.ProjectorView;
import org.agora.scoreboard.ScoreboardService.Viewer;
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
                List<GradingService.QuizCounts> grading);

        static native TemplateInstance projector(Classroom classroom, ProjectorView view);

        static native TemplateInstance stats(Classroom classroom, ItemStatistics stats, String histogram, boolean essays);
    }

    private final ClassroomService classes;
    private final ScoreboardService boards;
    private final ScoreboardEvents events;
    private final StatisticsService statistics;
    private final CurrentAccount current;
    private final GradingService grading;

    ScoreboardResource(ClassroomService classes, ScoreboardService boards, ScoreboardEvents events,
            StatisticsService statistics, CurrentAccount current, GradingService grading) {
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
        return Templates.scoreboard(board, ScoreboardService.sorted(board.rows(), state.by(), state.descending()), state,
                me.isInstructor(), me.isInstructor() ? grading.summary(c) : List.of());
    }

    @GET
    @Path("classes/{code}/projector")
    public TemplateInstance projector(@PathParam("code") String code) {
        Classroom c = classes.visibleTo(code, current.get());
        return Templates.projector(c, ProjectorView.of(boards.board(c, Viewer.PROJECTOR)));
    }

    /** Server-Sent Events: the projector board now, then on every change (from any instance), until the viewer signs out. */
    @GET
    @Path("classes/{code}/projector/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN) // each event's data is the board as JSON text
    @Blocking
    public Multi<String> projectorEvents(@PathParam("code") String code) {
        Account me = current.get();
        return events.stream(classes.visibleTo(code, me), me);
    }

    @GET
    @Path("classes/{code}/quizzes/{id}/stats")
    @RolesAllowed(Account.INSTRUCTOR)
    public TemplateInstance stats(@PathParam("code") String code, @PathParam("id") String quizId) {
        Classroom c = classes.visibleTo(code, current.get());
        ItemStatistics s = statistics.of(c, quizId);
        return Templates.stats(c, s, Histogram.svg(s.histogram()), grading.hasEssays(quizId));
    }
}
