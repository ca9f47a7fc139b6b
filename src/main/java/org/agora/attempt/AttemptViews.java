package org.agora.attempt;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /**
     * A question as shown while answering. An essay has {@code words} (the range the learner aims
     * for, either end may be null) and {@code rubric} (what earns points; empty without one); its
     * marking notes are not here: they are the explanation, shown once graded as review allows.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String id, String type, String title, String html, BigDecimal points, List<Item> options,
            List<Item> left, List<Item> right, String hint, Words words, List<Criterion> rubric) {
    }

    /** An essay's word range: guidance (the server refuses only more than twice {@code max}). */
    public record Words(Integer min, Integer max) {
    }

    /** One rubric criterion: its points and what earns them (plain text and HTML). */
    public record Criterion(BigDecimal points, String text, String html) {
    }

    /** A rubric criterion as graded: the points given of the criterion's maximum. */
    public record CriterionGrade(String html, BigDecimal earned, BigDecimal points) {
    }

    /**
     * An attempt as started, with the saved answers: enough to resume on any device. {@code deadline}
     * is always sent (null without a time limit). {@code layout}: {@link #ONE_PER_PAGE} or
     * {@link #ALL_ON_ONE_PAGE}, as the quiz version the attempt started with says. {@code preview}:
     * true for an instructor's preview, absent (null) for a learner's attempt, whose JSON is unchanged.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(String attempt, String quiz, String quizTitle, int number,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant deadline, boolean submitted,
            List<QuestionView> questions, Map<String, AnswerBody> answers, Result result, String layout, Boolean preview) {

        public boolean isPreview() {
            return Boolean.TRUE.equals(preview);
        }

        public boolean onePerPage() {
            return ONE_PER_PAGE.equals(layout);
        }
    }

    public static final String ONE_PER_PAGE = "one-per-page";
    public static final String ALL_ON_ONE_PAGE = "all-on-one-page";

    /**
     * One row of a matching or ordering question's review: the left item (matching) or the place
     * (ordering, "1", "2"...), the learner's answer there (null: none) and the correct one, as HTML.
     */
    public record ReviewRow(String item, String yours, String correct, boolean right) {
    }

    /**
     * One question's outcome; feedback, explanation, answers and see only when the review rule
     * allows. An essay has {@code status} ({@code awaiting-grading}: {@code earned} is null; or
     * {@code graded}) and, once its grade is released, the points per {@code criteria} and the
     * grader's {@code comment} (HTML), whatever the review rule: they are the learner's grade.
     * {@code rows}: a matching or ordering question item by item, under the same rule as the answers.
     * {@code credit}: the percent of the points that the chosen option or the matched {@code =} line
     * earned when it carries partial credit ({@code {credit=N%}}, more than 0 and less than 100), under
     * the same rule as the answers, since it tells how near the answer was.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, BigDecimal earned, BigDecimal points, boolean correct, String feedback,
            String explanation, String correctAnswer, String yourAnswer, String see, String status,
            List<CriterionGrade> criteria, String comment, List<ReviewRow> rows, BigDecimal credit) {

        /** False when the learner gave no answer: the page then says so in its own language. */
        @JsonIgnore
        public boolean answered() {
            return yourAnswer != null && !Reviews.NO_ANSWER.equals(yourAnswer);
        }
    }

    /**
     * A submitted attempt's result. {@code status} is {@code scored}, or {@code awaiting-grading}
     * while essay answers wait for their grades: then {@code score} is what is graded so far,
     * {@code pending} the points still to grade, and {@code passed} is null (neither passed nor failed).
     * {@code regrade}: the last regrade that changed the attempt (null when none did).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String attempt, String status, BigDecimal score, BigDecimal maxScore, BigDecimal pending,
            BigDecimal percent, @JsonInclude(JsonInclude.Include.ALWAYS) Boolean passed, boolean reviewShown,
            List<QuestionResult> questions, org.agora.regrade.RegradeNote regrade) {

        public boolean awaitingGrading() {
            return AWAITING_GRADING.equals(status);
        }
    }

    public static final String SCORED = "scored";
    public static final String AWAITING_GRADING = "awaiting-grading";
    public static final String GRADED = "graded";

    /** A past or open attempt in a list. */
    public record AttemptSummary(String id, int number, Instant startedAt, Instant submittedAt, BigDecimal score,
            BigDecimal maxScore, BigDecimal percent, Boolean passed, boolean open, boolean awaitingGrading) {
    }
}
