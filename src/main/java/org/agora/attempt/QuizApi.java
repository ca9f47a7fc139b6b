package org.agora.attempt;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.agora.content.Quiz;
import org.agora.quiz.QuizCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/quizzes}: the public quiz listing. */
@Path("/api/v1")
@Tag(name = "Content")
@Produces(MediaType.APPLICATION_JSON)
public class QuizApi {

    public record QuizSummary(String id, String title, String lesson, int questions, BigDecimal maxScore, int pass,
            int attempts, Long timeLimitSeconds) {
        static QuizSummary of(Quiz q) {
            return new QuizSummary(q.id(), q.title(), q.lesson(), q.questionsPerAttempt(), q.maxScore(), q.pass(),
                    q.attempts(), q.timeLimit() == null ? null : q.timeLimit().toSeconds());
        }
    }

    private final QuizCatalog catalog;

    QuizApi(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "The quizzes on offer")
    @GET
    @Path("quizzes")
    public List<QuizSummary> list() {
        return catalog.quizzes().stream().map(QuizSummary::of).toList();
    }
}
