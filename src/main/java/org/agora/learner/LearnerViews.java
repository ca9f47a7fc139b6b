package org.agora.learner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Reviews;
import org.agora.regrade.RegradeNote;

/** A learner's record and an attempt as the instructor reviews it, for the pages and the API alike. */
public final class LearnerViews {

    private LearnerViews() {
    }

    public static final String OPEN = "open";

    public record Learner(String username, String displayName, String nickname) {
    }

    public record LessonRead(String id, String title, boolean completed, Instant completedAt) {
    }

    /**
     * One attempt in the record. {@code status}: {@code open}, {@code scored} or {@code awaiting-grading};
     * {@code reopenedUntil}: the closing time of the last reopening (null when never reopened).
     */
    public record AttemptRow(String attempt, int number, Instant startedAt, Instant submittedAt, Instant deadline,
            String status, BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed, Instant regradedAt,
            Instant reopenedUntil) {

        public boolean open() {
            return OPEN.equals(status);
        }
    }

    /**
     * A quiz with the learner's attempts; {@code attemptsAllowed} 0 is unlimited, else the quiz's own
     * plus {@code extraAttempts}. {@code quizTimeLimitSeconds}: the quiz's own limit;
     * {@code timeLimitSeconds}: the learner's, with their extra time and overrides (null: none);
     * {@code closesAt}: when it closes for the learner (null: never). {@code override}: this class's
     * overrides for the learner (null: none).
     */
    public record QuizRecord(String id, String title, int attemptsAllowed, int extraAttempts, Long quizTimeLimitSeconds,
            Long timeLimitSeconds, Instant dueAt, Override override, List<AttemptRow> attempts) {

        /** An instructor may grant one more attempt at a quiz whose attempts are limited. */
        public boolean limited() {
            return attemptsAllowed > 0;
        }

        /** The learner's time limit is not the quiz's own (extra time, or an override). */
        public boolean adjusted() {
            return !java.util.Objects.equals(timeLimitSeconds, quizTimeLimitSeconds);
        }
    }

    /**
     * One recorded change: {@code kind} {@code extra-attempt}, {@code reopen}, {@code extra-time} or
     * {@code override}; {@code detail}, what it did in English; {@code facts}, the same as data (null
     * for a change recorded before they were kept); who made it, when.
     */
    public record Change(String kind, String quiz, String attempt, String detail, ChangeFacts facts, String by, Instant at) {
    }

    /**
     * What a change did, each field null where it says nothing of this kind. {@code extra-attempt}:
     * {@code extraAttempts} granted in the class (this one included), {@code quizAttempts} the quiz's
     * own then. {@code reopen}: {@code closesAt} the new closing time; the attempt was submitted
     * ({@code wasSubmittedAt}, {@code wasScore} of {@code wasMaxScore}) or closed at its deadline
     * {@code wasClosesAt}. {@code extra-time}: {@code extraTimePercent}, before {@code wasExtraTimePercent}
     * (0: none). {@code override}: {@code extraAttempts} (0: none), {@code timeLimitSeconds} and
     * {@code closesAt} (null: the quiz's, the class's) after, the {@code was} fields before,
     * {@code quizAttempts} the quiz's own (0: unlimited).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChangeFacts(Integer extraAttempts, Integer wasExtraAttempts, Integer quizAttempts, Long timeLimitSeconds,
            Long wasTimeLimitSeconds, Instant closesAt, Instant wasClosesAt, Integer extraTimePercent,
            Integer wasExtraTimePercent, Instant wasSubmittedAt, BigDecimal wasScore, BigDecimal wasMaxScore) {

        static ChangeFacts extraAttempt(int granted, int quizAttempts) {
            return new ChangeFacts(granted, null, quizAttempts, null, null, null, null, null, null, null, null, null);
        }

        /** A reopening until {@code until} of an attempt submitted at {@code submittedAt} (null: closed at {@code deadline}). */
        static ChangeFacts reopen(Instant until, Instant submittedAt, BigDecimal score, BigDecimal maxScore, Instant deadline) {
            return submittedAt != null
                    ? new ChangeFacts(null, null, null, null, null, until, null, null, null, submittedAt, score, maxScore)
                    : new ChangeFacts(null, null, null, null, null, until, deadline, null, null, null, null, null);
        }

        static ChangeFacts extraTime(int percent, int was) {
            return new ChangeFacts(null, null, null, null, null, null, null, percent, was, null, null, null);
        }

        static ChangeFacts override(int quizAttempts, int extra, Long limit, Instant closes, int wasExtra, Long wasLimit,
                Instant wasCloses) {
            return new ChangeFacts(extra, wasExtra, quizAttempts, limit, wasLimit, closes, wasCloses, null, null, null, null,
                    null);
        }
    }

    /**
     * One quiz's overrides for the learner in this class: the attempts granted beyond the quiz's
     * own, their own time limit (replacing the quiz's and their extra time) and their own closing
     * time (replacing the class's); null where the quiz's or the class's applies.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Override(String quiz, String title, int extraAttempts, Long timeLimitSeconds, Instant closesAt,
            String by, Instant at) {
    }

    /** The learner's extra time in this class on every timed quiz, as a percentage of its limit (0: none). */
    public record ExtraTime(String classCode, String username, int extraTimePercent, String by, Instant at) {
    }

    /**
     * The learner's record in one class. {@code timeZone}: the class's, in which its dates are
     * typed; {@code extraTimePercent}: their accommodation; {@code overrides}: every quiz with one.
     */
    public record LearnerRecord(String classCode, String className, String timeZone, Learner learner, int extraTimePercent,
            List<LessonRead> lessons, List<QuizRecord> quizzes, List<Override> overrides, List<Change> changes) {
    }

    /** An essay's grade as the instructor sees it, released or not. */
    public record Grade(BigDecimal points, String comment, String gradedBy, Instant gradedAt, boolean released) {
    }

    /**
     * One question of the attempt as the instructor reviews it, whatever the quiz's review rule:
     * the learner's answer, the key, points, feedback, explanation, when the answer was last saved.
     * {@code credit}: the percent a {@code {credit=N%}} option or line earned, when partial (as in the learner's review).
     * {@code rows}: a matching or ordering question item by item, for the page's table (the one the
     * learner's review shows); the API keeps its answer and key as text, as before.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewQuestion(String id, String type, String title, String html, BigDecimal points,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal earned, String yourAnswer, String correctAnswer,
            String feedback, String explanation, @JsonInclude(JsonInclude.Include.ALWAYS) Instant savedAt, String status,
            Grade grade, BigDecimal credit, @JsonIgnore List<ReviewRow> rows) {

        /** False when the learner gave no answer: the page then says so in its own language. */
        @JsonIgnore
        public boolean answered() {
            return yourAnswer != null && !Reviews.NO_ANSWER.equals(yourAnswer);
        }
    }

    /** An attempt reviewed by an instructor. {@code timed}: it had a deadline (a time limit or a reopening). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptReview(String classCode, Learner learner, String quiz, String quizTitle, String attempt, int number,
            Instant startedAt, Instant submittedAt, @JsonInclude(JsonInclude.Include.ALWAYS) Instant deadline, boolean timed,
            String status, BigDecimal score, BigDecimal maxScore, BigDecimal pending, BigDecimal percent,
            @JsonInclude(JsonInclude.Include.ALWAYS) Boolean passed, RegradeNote regrade, Instant reopenedUntil,
            List<ReviewQuestion> questions, @JsonIgnore String timeZone) {

        public boolean open() {
            return OPEN.equals(status);
        }
    }
}
