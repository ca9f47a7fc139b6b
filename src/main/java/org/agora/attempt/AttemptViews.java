package org.agora.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What pages and the API show of attempts; no field here carries an answer before review allows it. */
public final class AttemptViews {

    private AttemptViews() {
    }

    public record Item(String id, String html) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String id, String type, String title, String html, BigDecimal points, List<Item> options,
            List<Item> left, List<Item> right, String hint) {
    }

    /** An attempt as started, with the saved answers: enough to resume on any device. {@code deadline} is always sent (null without a time limit). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(String attempt, String quiz, String quizTitle, int number,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant deadline, boolean submitted,
            List<QuestionView> questions, Map<String, AnswerBody> answers, Result result) {
    }

    /** One question's outcome; feedback, explanation, answers and see only when the review rule allows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, BigDecimal earned, BigDecimal points, boolean correct, String feedback,
            String explanation, String correctAnswer, String yourAnswer, String see) {
    }

    /** {@code regrade}: the last regrade that changed the attempt (null when none did). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String attempt, BigDecimal score, BigDecimal maxScore, BigDecimal percent, boolean passed,
            boolean reviewShown, List<QuestionResult> questions, org.agora.regrade.RegradeNote regrade) {
    }

    /** A past or open attempt in a list. */
    public record AttemptSummary(String id, int number, Instant startedAt, Instant submittedAt, BigDecimal score,
            BigDecimal maxScore, BigDecimal percent, Boolean passed, boolean open) {
    }
}
