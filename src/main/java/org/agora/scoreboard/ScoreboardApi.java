package org.agora.scoreboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.account.CurrentAccount;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.ScoreboardService.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/classes/{code}/...}: the scoreboard (members and instructors), the gradebook and item statistics (instructors). */
@Path("/api/v1")
@Tag(name = "Scoreboards")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreboardApi {

    public record ClassJson(String code, String name, String privacy, String studentBoard) {
    }

    public record RowJson(int rank, String name, BigDecimal total, BigDecimal maxTotal, int quizzesPassed,
            int lessonsCompleted, boolean me, Map<String, Cell> quizzes) {
    }

    public record BoardJson(@JsonProperty("class") ClassJson klass, List<RowJson> rows) {
    }

    private final ClassroomService classes;
    private final ScoreboardService boards;
    private final StatisticsService statistics;
    private final CurrentAccount current;
    private final ObjectMapper json;

    ScoreboardApi(ClassroomService classes, ScoreboardService boards, StatisticsService statistics, CurrentAccount current,
            ObjectMapper json) {
        this.classes = classes;
        this.boards = boards;
        this.statistics = statistics;
        this.current = current;
        this.json = json;
    }

    @Operation(summary = "The class's scoreboard")
    @APIResponse(responseCode = "200", description = "The board; names follow the class's privacy setting, and a student of a class that shares no rows gets their own row only", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardJson.class)))
    @GET
    @Path("classes/{code}/scoreboard")
    @RolesAllowed({ Account.STUDENT, Account.INSTRUCTOR })
    public Response scoreboard(@PathParam("code") String code) {
        Account me = current.get();
        Classroom c = classes.visibleTo(code, me);
        // Serialised here, not by the framework, so that an instructor's board (the same for every
        // instructor) is serialised once per change: for 1,000 rows that is most of the request's work.
        byte[] body = boards.derived(c, Viewer.of(me), "json", b -> write(new BoardJson(new ClassJson(c.code, c.name, c.privacy, c.studentBoard),
                b.rows().stream().map(r -> new RowJson(r.rank(), r.name(), r.total(), r.maxTotal(), r.quizzesPassed(),
                        r.lessonsCompleted(), r.me(), r.quizzes())).toList())));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] write(BoardJson board) {
        try {
            return json.writeValueAsBytes(board);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Operation(summary = "The gradebook as CSV (instructors)")
    @APIResponse(responseCode = "200", description = "One row per learner", content = @Content(mediaType = "text/csv"))
    @GET
    @Path("classes/{code}/scoreboard.csv")
    @Produces("text/csv")
    @RolesAllowed(Account.INSTRUCTOR)
    public Response gradebook(@PathParam("code") String code) {
        Classroom c = classes.visibleTo(code, current.get());
        String csv = Gradebook.csv(boards.board(c, Viewer.of(current.get())));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"gradebook-" + c.code + ".csv\"").build();
    }

    @Operation(summary = "Item statistics of a quiz in the class (instructors)")
    @GET
    @Path("classes/{code}/quizzes/{id}/stats")
    @RolesAllowed(Account.INSTRUCTOR)
    public ItemStatistics stats(@PathParam("code") String code, @PathParam("id") String quizId) {
        return statistics.of(classes.visibleTo(code, current.get()), quizId);
    }
}
