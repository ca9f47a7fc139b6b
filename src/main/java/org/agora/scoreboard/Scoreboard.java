package org.agora.scoreboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A class's scoreboard as one viewer may see it. {@code rows} holds only what this viewer may see
 * (a student of a class that shares no rows gets their own); {@code learners} counts the whole class.
 */
public record Scoreboard(String classCode, String className, String privacy, List<Column> quizzes, List<Row> rows,
        BigDecimal maxTotal, int lessonCount, BigDecimal classProgress, boolean acceptsLateWork, int learners,
        boolean ownRowOnly) {

    /** A board of a class that refuses late work, every row shown. */
    public Scoreboard(String classCode, String className, String privacy, List<Column> quizzes, List<Row> rows,
            BigDecimal maxTotal, int lessonCount, BigDecimal classProgress) {
        this(classCode, className, privacy, quizzes, rows, maxTotal, lessonCount, classProgress, false, rows.size(), false);
    }

    /**
     * A quiz column. {@code label} is short ("L3": the lesson's number) for the column heading; the
     * title is its tooltip and accessible name.
     */
    public record Column(String id, String title, BigDecimal maxScore, String label) {
    }

    /**
     * A learner's best graded score on one quiz; null best when no attempt is graded. {@code pending}:
     * an attempt awaits essay grading (shown as pending, neither 0 nor failed). {@code late}: the
     * best score was earned by an attempt submitted after the learner's due date (or, with none
     * graded, every submitted attempt was late).
     */
    public record Cell(BigDecimal best, BigDecimal maxScore, boolean passed, boolean pending, boolean late) {

        public Cell(BigDecimal best, BigDecimal maxScore, boolean passed, boolean pending) {
            this(best, maxScore, passed, pending, false);
        }

        /** The best score in whole percent of the maximum; null when none is graded. */
        public Integer percent() {
            return best == null ? null : Scoreboard.percent(best, maxScore);
        }
    }

    /**
     * One learner. {@code name} already follows the class's privacy for this viewer; {@code me}
     * marks the viewer's own row; {@code username} is set for instructors only.
     */
    public record Row(int rank, String name, String username, BigDecimal total, BigDecimal maxTotal, int quizzesPassed,
            int lessonsCompleted, Map<String, Cell> quizzes, boolean me, long accountId) {

        /** A classmate the class's privacy setting hides: the page names them in its language. */
        @JsonIgnore
        public boolean anonymous() {
            return !me && ScoreboardService.ANONYMOUS.equals(name);
        }

        public Cell cell(String quizId) {
            return quizzes.get(quizId);
        }

        /** The total in percent to one decimal, as the gradebook writes it. */
        public BigDecimal percent() {
            return maxTotal.signum() == 0 ? BigDecimal.ZERO
                    : total.multiply(BigDecimal.valueOf(100)).divide(maxTotal, 1, RoundingMode.HALF_UP);
        }

        /** The total in whole percent, as pages and the projector show it. */
        public int wholePercent() {
            return Scoreboard.percent(total, maxTotal);
        }
    }

    /** {@code part} of {@code whole} in whole percent, rounded half up; 0 of nothing is 0. */
    public static int percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? 0
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}
