package org.agora.grading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.agora.attempt.AttemptViews.CriterionGrade;

/** What the grading pages and the API show. Learner names follow the class's blind marking. */
public final class GradingViews {

    private GradingViews() {
    }

    /** One essay answer in the queue; {@code state} is to-grade, graded (not released) or released. */
    public record Entry(String attempt, String question, String questionTitle, String learner, Instant submittedAt,
            String state, BigDecimal points, BigDecimal maxPoints) {
    }

    /** {@code release}: as-graded or per-quiz. */
    public record Queue(String classCode, String className, String quiz, String quizTitle, boolean blind, String release,
            int toGrade, int graded, int released, List<Entry> answers, @JsonIgnore String timeZone) {

        /** Graded but not yet shown to learners: what "Release grades" would release. */
        public int unreleased() {
            return graded;
        }
    }

    public record RubricCriterion(BigDecimal points, String text, String html) {
    }

    /** The current grade; version 0 and no points when there is none yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grade(int version, BigDecimal points, List<BigDecimal> criteria, String comment, String commentHtml,
            String gradedBy, Instant gradedAt, boolean released) {
    }

    /** One save of the grade, for the audit trail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(int version, BigDecimal points, List<BigDecimal> criteria, String comment, String gradedBy,
            Instant gradedAt) {
    }

    /** An answer of the queue, by its attempt and question. */
    public record Ref(String attempt, String question) {
    }

    /** One answer to grade with everything the grading view shows. {@code notes}: the marking notes, for graders. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(@JsonProperty("class") String classCode, String quiz, String quizTitle, String attempt,
            String question, String questionTitle, String questionHtml, BigDecimal maxPoints, Integer minWords,
            Integer maxWords, @JsonProperty("criteriaGiven") List<CriterionGrade> criteriaGiven,
            List<RubricCriterion> rubric, String notes, String learner, Instant submittedAt, String text, String html,
            int words, Grade grade, List<Change> history, Ref previous, Ref next, Ref nextToGrade, @JsonIgnore String timeZone) {
    }
}
